/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface ContentProblem {
	/** Path of the offending file, relative to the project root. */
	file: string;
	/** Dotted path of the front-matter field (or `(file)` for the file as a whole). */
	field: string;
	message: string;
}

/**
 * Renders problems as one readable block, one line per problem, sorted by file.
 *
 * @example
 * formatProblems([{ file: 'content/docs/models/emu.mdx', field: 'model.arxiv', message: 'bad id' }])
 * // => 'content/docs/models/emu.mdx → model.arxiv: bad id'
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
	return [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
		.map(({ file, field, message }) => `${file} → ${field}: ${message}`)
		.join('\n');
}
