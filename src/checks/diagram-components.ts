import type { ComponentUse } from '../schemas/model';
import type { DiagramNode } from '../schemas/diagram';
import type { ContentProblem } from './content-problems';

/** A model's components and diagram boxes, as the check sees them. */
export interface ModelDiagramRef {
	filePath: string;
	components: readonly ComponentUse[];
	nodes: readonly DiagramNode[];
}

/**
 * Finds components that the facts list in an architectural role but the diagram does not draw,
 * and diagram boxes whose component the facts do not list. Training techniques are not parts of
 * the pipeline and need no box.
 *
 * @example
 * findDiagramComponentMismatches([{ filePath: 'content/models/emu.yaml', components: [{ tag: 'llama', role: 'backbone' }], nodes: [] }])
 * // => [{ file: 'content/models/emu.yaml', field: 'components[0].tag', message: 'llama (backbone) has no box in the pipeline: …' }]
 */
export function findDiagramComponentMismatches(
	models: readonly ModelDiagramRef[],
): ContentProblem[] {
	return models.flatMap(({ filePath, components, nodes }) => {
		const drawn = new Set(nodes.flatMap((node) => node.component ?? []));
		const listed = new Set(components.map((use) => use.tag));
		const missing = components.flatMap((use, index) =>
			use.role === 'training-technique' || drawn.has(use.tag)
				? []
				: [
						{
							file: filePath,
							field: `components[${index}].tag`,
							message: `${use.tag} (${use.role}) has no box in the pipeline: give a node \`component: ${use.tag}\``,
						},
					],
		);
		const unlisted = nodes.flatMap((node, index) =>
			node.component && !listed.has(node.component)
				? [
						{
							file: filePath,
							field: `pipeline.nodes[${index}].component`,
							message: `"${node.component}" is not among the model's components: list it under \`components\` with its role, or fix the slug`,
						},
					]
				: [],
		);
		return [...missing, ...unlisted];
	});
}
