import type { Diagram } from '../schemas/diagram';
import { diagramToMermaid } from '../lib/diagram/to-mermaid';
import { mermaidSyntaxError } from '../lib/diagram/validate';
import type { ContentProblem } from './content-problems';

/** A diagram in the content and the field that holds it. */
export interface DiagramRef {
	file: string;
	/** `pipeline` for a model, `(file)` for a diagram file. */
	field: string;
	diagram: Diagram;
}

/**
 * Checks every diagram, in every language, with the official Mermaid grammar: a label that
 * Mermaid cannot parse fails the build, naming the file, the language and Mermaid's error.
 *
 * @example
 * await findInvalidDiagrams([{ file: 'content/models/emu.yaml', field: 'pipeline', diagram }], ['en', 'zh-CN'])
 * // => [] when every language parses
 */
export async function findInvalidDiagrams(
	diagrams: readonly DiagramRef[],
	languages: readonly string[],
): Promise<ContentProblem[]> {
	const checks = diagrams.flatMap(({ file, field, diagram }) =>
		languages.map(async (lang) => {
			const { source } = diagramToMermaid(diagram, lang, () => undefined);
			const error = await mermaidSyntaxError(source);
			return error
				? [{ file, field, message: `the ${lang} diagram is not valid Mermaid:\n${error}` }]
				: [];
		}),
	);
	return (await Promise.all(checks)).flat();
}
