import type { ContentProblem } from './content-problems';

/** A model page's source, as the completeness check reads it. */
export interface ModelSource {
	filePath: string;
	body: string;
}

/** The page parts every model page needs, besides the facts the schema already requires. */
const requiredParts = [
	{ pattern: /^```mermaid\b/m, field: '(body)', message: 'has no ```mermaid pipeline diagram' },
	{
		pattern: /<Sources\s*\/>/,
		field: '(body)',
		message: 'does not show its sources: add <Sources /> under the references heading',
	},
	{ pattern: /<Cite\s*\/>/, field: '(body)', message: 'has no BibTeX cite block: add <Cite />' },
	{
		pattern: /<Lineage\s*\/>/,
		field: '(body)',
		message: 'does not show its lineage: add <Lineage /> under the relations heading',
	},
];

/**
 * Finds model pages that lack a pipeline diagram or the sources, cite and lineage blocks.
 *
 * @example
 * findIncompleteModelPages([{ filePath: 'content/docs/models/emu.mdx', body: '## TL;DR\n…' }])
 * // => [{ file: 'content/docs/models/emu.mdx', field: '(body)', message: 'has no ```mermaid pipeline diagram' }, …]
 */
export function findIncompleteModelPages(pages: readonly ModelSource[]): ContentProblem[] {
	return pages.flatMap((page) =>
		requiredParts
			.filter(({ pattern }) => !pattern.test(page.body))
			.map(({ field, message }) => ({ file: page.filePath, field, message })),
	);
}
