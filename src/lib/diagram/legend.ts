import type { Diagram } from '../../schemas/diagram';
import {
	nodeKinds,
	trainingStates,
	type NodeKind,
	type TrainingState,
} from '../../schemas/vocabulary';

/** Outline of each kind's shape in a 28×18 swatch, matching what the renderer draws. */
const swatchShapes: Record<NodeKind, string> = {
	input: '<rect x="1" y="1" width="26" height="16" rx="8"/>',
	encoder: '<polygon points="1,1 27,1 23,17 5,17"/>',
	tokenizer:
		'<rect x="1" y="1" width="26" height="16"/><line x1="5" y1="1" x2="5" y2="17"/><line x1="23" y1="1" x2="23" y2="17"/>',
	connector: '<rect x="1" y="1" width="26" height="16" rx="4"/>',
	backbone: '<rect x="1" y="1" width="26" height="16"/>',
	head: '<polygon points="6,1 22,1 27,9 22,17 6,17 1,9"/>',
	decoder: '<polygon points="5,1 23,1 27,17 1,17"/>',
	representation: '<path d="M1 4 a13 3 0 0 0 26 0 v10 a13 3 0 0 1 -26 0 z M1 4 a13 3 0 0 1 26 0"/>',
	output: '<polygon points="1,1 27,1 27,17 1,17 7,9"/>',
	model: '<rect x="1" y="1" width="26" height="16" rx="4"/>',
};

/**
 * A small SVG of a node kind's shape for the legend, filled as in the diagrams (`atlas.css`
 * styles `[data-kind]`), optionally with a training state's border.
 *
 * @example
 * kindSwatch('encoder') // => '<svg class="legend-swatch" … data-kind="encoder"><polygon …/></svg>'
 */
export function kindSwatch(kind: NodeKind, state?: TrainingState): string {
	const stateAttribute = state ? ` data-state="${state}"` : '';
	return `<svg class="legend-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" data-kind="${kind}"${stateAttribute}>${swatchShapes[kind]}</svg>`;
}

/**
 * A small SVG of an arrow for the legend: thick for a loss, dotted for an optional path.
 *
 * @example
 * arrowSwatch('loss') // => '<svg class="legend-swatch legend-arrow" …><line … stroke-width="2.5"/>…</svg>'
 */
export function arrowSwatch(style: 'loss' | 'optional'): string {
	const line =
		style === 'loss'
			? '<line x1="1" y1="9" x2="21" y2="9" stroke-width="2.5"/>'
			: '<line x1="1" y1="9" x2="21" y2="9" stroke-width="1.2" stroke-dasharray="3 3"/>';
	return `<svg class="legend-swatch legend-arrow" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">${line}<polygon points="20,5 27,9 20,13"/></svg>`;
}

/** What a diagram's legend needs to explain: only what the diagram uses. */
export interface LegendContent {
	kinds: NodeKind[];
	states: TrainingState[];
	loss: boolean;
	optional: boolean;
	links: boolean;
}

/**
 * Lists what a diagram uses, in the vocabulary's order, so its legend explains exactly that.
 *
 * @example
 * legendContent({ nodes: [{ id: 'a', kind: 'input', label: 'x' }, { id: 'b', kind: 'backbone', label: 'y', state: 'frozen' }], edges: [{ from: 'a', to: 'b', loss: 'ce' }], … })
 * // => { kinds: ['input', 'backbone'], states: ['frozen'], loss: true, optional: false, links: false }
 */
export function legendContent(diagram: Pick<Diagram, 'nodes' | 'edges'>): LegendContent {
	const kinds = new Set(diagram.nodes.map((node) => node.kind));
	const states = new Set(diagram.nodes.flatMap((node) => node.state ?? []));
	return {
		kinds: nodeKinds.filter((kind) => kinds.has(kind)),
		states: trainingStates.filter((state) => states.has(state)),
		loss: diagram.edges.some((edge) => edge.loss),
		optional: diagram.edges.some((edge) => edge.optional),
		links: diagram.nodes.some((node) => node.component || node.page),
	};
}
