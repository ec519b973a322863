import { z } from 'astro/zod';
import { slugSchema } from './ids';
import { translatableSchema, translatedSchema } from './translatable';
import { nodeKinds, trainingStates } from './vocabulary';

/** A node id inside one diagram: a short ASCII name such as `enc` or `llm`. */
const nodeIdSchema = z
	.string()
	.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a short ASCII id such as `enc` or `llm_1`');

/**
 * Text drawn inside the diagram. Mermaid gives `"` and `|` a meaning of their own, so they are
 * refused rather than silently changed; a line break is written `\n`.
 */
const diagramTextSchema = translatableSchema.superRefine((value, context) => {
	for (const text of typeof value === 'string' ? [value] : Object.values(value)) {
		if (/["|`]/.test(text)) {
			context.addIssue({
				code: 'custom',
				message: `"${text}" contains " | or \`, which Mermaid cannot draw; use ' or “ ” instead`,
			});
		}
	}
});

/** One box: an input, a model part or an intermediate result. */
export const diagramNodeSchema = z
	.object({
		/** Unique within the diagram; edges refer to it. */
		id: nodeIdSchema,
		/** What the box is; sets its shape and fill. */
		kind: z.enum(nodeKinds),
		/** What the box says; `\n` breaks the line. */
		label: diagramTextSchema,
		/** Component slug; the box links to that component's page and must be one of the model's components. */
		component: slugSchema.optional(),
		/** Whether the part is trained, frozen or partly trained in this model, where the sources say. */
		state: z.enum(trainingStates).optional(),
		/** For lineage and overview diagrams: a page the box links to, as a shared slug (`models/emu`). */
		page: z
			.string()
			.regex(/^[a-z0-9.\-/]+$/)
			.optional(),
	})
	.strict();

/** One arrow. `loss` marks a training objective and draws the arrow thick. */
export const diagramEdgeSchema = z
	.object({
		from: nodeIdSchema,
		to: nodeIdSchema,
		/** What flows along the arrow. */
		label: diagramTextSchema.optional(),
		/** The training loss computed on this output, e.g. cross-entropy. */
		loss: diagramTextSchema.optional(),
		/** An optional or auxiliary path (drawn dotted). */
		optional: z.boolean().optional(),
	})
	.strict();

/** A box drawn around nodes that share something, e.g. one Transformer. */
export const diagramGroupSchema = z
	.object({
		id: nodeIdSchema,
		label: diagramTextSchema,
		nodes: z.array(nodeIdSchema).min(1),
	})
	.strict();

/**
 * A diagram as a typed graph. The page of every language draws the same graph, so the two
 * languages cannot drift; only labels and the caption are translated.
 */
export const diagramSchema = z
	.object({
		/** One sentence that says what the diagram shows, in every language. */
		caption: translatedSchema,
		/** Top-down reads best at docs width. */
		direction: z.enum(['TD', 'LR']).default('TD'),
		nodes: z.array(diagramNodeSchema).min(2),
		edges: z.array(diagramEdgeSchema).min(1),
		groups: z.array(diagramGroupSchema).default([]),
	})
	.strict()
	.superRefine((graph, context) => {
		const ids = new Set<string>();
		graph.nodes.forEach((node, index) => {
			if (ids.has(node.id)) {
				context.addIssue({
					code: 'custom',
					path: ['nodes', index, 'id'],
					message: `duplicate node id "${node.id}"`,
				});
			}
			ids.add(node.id);
		});
		const known = [...ids].join(', ');
		graph.edges.forEach((edge, index) => {
			for (const end of ['from', 'to'] as const) {
				if (!ids.has(edge[end])) {
					context.addIssue({
						code: 'custom',
						path: ['edges', index, end],
						message: `no node has the id "${edge[end]}" (nodes: ${known})`,
					});
				}
			}
		});
		graph.groups.forEach((group, index) => {
			group.nodes.forEach((id, position) => {
				if (!ids.has(id)) {
					context.addIssue({
						code: 'custom',
						path: ['groups', index, 'nodes', position],
						message: `no node has the id "${id}" (nodes: ${known})`,
					});
				}
			});
		});
	});

export type Diagram = z.output<typeof diagramSchema>;
export type DiagramNode = z.output<typeof diagramNodeSchema>;
export type DiagramEdge = z.output<typeof diagramEdgeSchema>;
