/**
 * Pagefind weight of a page's title. Headings weigh 7 by default. A model page's title is raised
 * to the maximum so the model's own page wins searches for its name, above component (tag)
 * pages, which are lowered. Search splits names at hyphens, so "Janus-Pro" contains the word
 * "Janus": titles that extend another model's name keep the default weight, and a search for
 * "Janus" finds Janus first. Other pages keep the default (`undefined`).
 *
 * @example
 * titleSearchWeight({ slug: 'models/janus', name: 'Janus', modelNames: ['Janus', 'Janus-Pro'] })     // => 10
 * titleSearchWeight({ slug: 'models/janus-pro', name: 'Janus-Pro', modelNames: ['Janus', 'Janus-Pro'] }) // => 7
 * titleSearchWeight({ slug: 'tags/chameleon' })                                                      // => 2
 * titleSearchWeight({ slug: 'overview' })                                                            // => undefined
 */
export function titleSearchWeight({
	slug,
	name,
	modelNames = [],
}: {
	slug: string;
	/** The model's name, when the page is a model page. */
	name?: string | undefined;
	modelNames?: readonly string[];
}): number | undefined {
	if (name !== undefined) {
		const words = name.toLowerCase().split(/[\s-]+/);
		const extendsAnother = modelNames.some((other) => {
			const otherWords = other.toLowerCase().split(/[\s-]+/);
			return (
				other !== name &&
				otherWords.length < words.length &&
				otherWords.every((word, i) => words[i] === word)
			);
		});
		return extendsAnother ? 7 : 10;
	}
	if (slug === 'tags' || slug.startsWith('tags/')) return 2;
	return undefined;
}
