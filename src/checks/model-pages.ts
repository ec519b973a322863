import type { ContentProblem } from './content-problems';

/** A page's source, as the completeness checks read it. */
export interface ModelSource {
	filePath: string;
	body: string;
}

/** The page parts every model page needs, besides the facts the data entry already requires. */
const requiredParts = [
	{
		pattern: /<Pipeline\s*\/>/,
		message: 'does not draw its pipeline: add <Pipeline /> under the pipeline heading',
	},
	{
		pattern: /<Sources\s*\/>/,
		message: 'does not show its sources: add <Sources /> under the references heading',
	},
	{ pattern: /<Cite\s*\/>/, message: 'has no BibTeX cite block: add <Cite />' },
	{
		pattern: /<Lineage\s*\/>/,
		message: 'does not show its lineage: add <Lineage /> under the relations heading',
	},
];

/**
 * Finds model pages that lack the pipeline diagram or the sources, cite and lineage blocks.
 *
 * @example
 * findIncompleteModelPages([{ filePath: 'content/docs/models/emu.mdx', body: '## TL;DR\n…' }])
 * // => [{ file: 'content/docs/models/emu.mdx', field: '(body)', message: 'does not draw its pipeline: …' }, …]
 */
export function findIncompleteModelPages(pages: readonly ModelSource[]): ContentProblem[] {
	return pages.flatMap((page) =>
		requiredParts
			.filter(({ pattern }) => !pattern.test(page.body))
			.map(({ message }) => ({ file: page.filePath, field: '(body)', message })),
	);
}

/**
 * Finds diagrams written by hand as ```mermaid fences: every diagram is data, drawn in the
 * site's one visual grammar and identical in every language.
 *
 * @example
 * findHandWrittenDiagrams([{ filePath: 'content/docs/overview.mdx', body: '```mermaid\nflowchart TD\n```' }])
 * // => [{ file: 'content/docs/overview.mdx', field: '(body)', message: 'has a hand-written ```mermaid diagram: …' }]
 */
export function findHandWrittenDiagrams(pages: readonly ModelSource[]): ContentProblem[] {
	return pages
		.filter((page) => /^\s*```mermaid\b/m.test(page.body))
		.map((page) => ({
			file: page.filePath,
			field: '(body)',
			message:
				'has a hand-written ```mermaid diagram: write it as data (a model’s `pipeline`, or content/diagrams/<id>.yaml drawn with <Diagram id="…" />)',
		}));
}
