/** A Mermaid `click` directive turned into a link target for one node. */
export type NodeLinks = Map<string, string>;

const clickLine = /^\s*click\s+([A-Za-z0-9_-]+)\s+(?:href\s+)?"([^"]+)"(?:\s+"[^"]*")?\s*$/;

/**
 * Takes Mermaid `click <node> "<url>"` lines out of a flowchart, because the build-time renderer
 * would draw them as nodes, and returns them as a node → URL map.
 *
 * @example
 * extractClickLinks('flowchart TD\n  a --> b\n  click a "/tags/eva-clip/"')
 * // => { source: 'flowchart TD\n  a --> b', links: Map { 'a' => '/tags/eva-clip/' } }
 */
export function extractClickLinks(source: string): { source: string; links: NodeLinks } {
	const links: NodeLinks = new Map();
	const kept = source.split('\n').filter((line) => {
		const match = clickLine.exec(line);
		if (match?.[1] && match[2]) links.set(match[1], match[2]);
		return !match && !/^\s*click\s/.test(line);
	});
	return { source: kept.join('\n'), links };
}

/**
 * Rewrites a site-internal link for the page's locale: authors always write the English path.
 *
 * @example
 * localizeHref('/tags/vqgan/', 'zh-cn') // => '/zh-cn/tags/vqgan/'
 * localizeHref('https://arxiv.org/abs/2307.05222', 'zh-cn') // => unchanged
 */
export function localizeHref(href: string, localePrefix: string | undefined): string {
	if (!localePrefix || !href.startsWith('/') || href.startsWith(`/${localePrefix}/`)) return href;
	return `/${localePrefix}${href}`;
}
