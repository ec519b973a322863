/**
 * Hosts that republish, summarise or rank papers instead of publishing them: paper digests,
 * reading apps, SEO copies and the defunct Papers with Code. A fact must come from the paper,
 * the official repository or the official model card, so a model's `sources` may not name
 * these; the build says so at the field. Subdomains are included.
 */
export const secondarySourceHosts = [
	'aitopics.org',
	'ai-scholar.tech',
	'alphaxiv.org',
	'besthub.dev',
	'chapterpal.com',
	'chatpaper.com',
	'digimarket.net',
	'emergentmind.com',
	'hackernoon.com',
	'k117.org',
	'kigml.com',
	'liner.com',
	'paperswithcode.com',
	'regularization.tech',
	'rohan-paul.com',
	'thelatestinai.com',
	'wizwand.com',
] as const;

/**
 * Whether a URL's host is a secondary source (or a subdomain of one).
 *
 * @example
 * isSecondarySource('https://www.paperswithcode.com/paper/emu') // => true
 * isSecondarySource('https://arxiv.org/abs/2307.05222')         // => false
 */
export function isSecondarySource(url: string): boolean {
	const host = new URL(url).hostname;
	return secondarySourceHosts.some(
		(secondary) => host === secondary || host.endsWith(`.${secondary}`),
	);
}
