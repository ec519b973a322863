import type { Diagram, DiagramEdge } from '../../schemas/diagram';
import type { NodeKind, TrainingState } from '../../schemas/vocabulary';
import { localize } from '../translatable';
import { mermaidNode, mermaidText } from './grammar';

/** A diagram written out as Mermaid for one language, with what the SVG needs besides. */
export interface MermaidDiagram {
	/** Mermaid flowchart source, the same a reader can copy. */
	source: string;
	/** Node id → URL, for boxes that link to a page. */
	links: Map<string, string>;
	/** Node id → kind and training state, for the grammar's styling. */
	nodes: Map<string, { kind: NodeKind; state: TrainingState | undefined }>;
}

/**
 * Writes a typed diagram as a Mermaid flowchart in one language: nodes in the grammar's shapes,
 * groups as subgraphs, losses as thick labelled arrows, optional paths dotted.
 *
 * @example
 * diagramToMermaid({ caption, direction: 'TD', groups: [], nodes: [{ id: 'img', kind: 'input', label: 'Image' }, { id: 'enc', kind: 'encoder', label: 'EVA-CLIP', component: 'eva-clip' }], edges: [{ from: 'img', to: 'enc' }] }, 'en', (node) => node.component && `/tags/${node.component}/`)
 * // => { source: 'flowchart TD\n  img(["Image"])\n  enc[/"EVA-CLIP"\\]\n  img --> enc', links: Map { 'enc' => '/tags/eva-clip/' }, nodes: … }
 */
export function diagramToMermaid(
	graph: Diagram,
	lang: string,
	hrefOf: (node: Diagram['nodes'][number]) => string | undefined,
): MermaidDiagram {
	const grouped = new Map(graph.groups.flatMap((group) => group.nodes.map((id) => [id, group.id])));
	const declare = (node: Diagram['nodes'][number], indent: string) =>
		`${indent}${mermaidNode(node.id, node.kind, localize(node.label, lang))}`;
	const lines = [`flowchart ${graph.direction}`];
	for (const group of graph.groups) {
		lines.push(`  subgraph ${group.id} ["${mermaidText(localize(group.label, lang))}"]`);
		for (const node of graph.nodes.filter((n) => grouped.get(n.id) === group.id)) {
			lines.push(declare(node, '    '));
		}
		lines.push('  end');
	}
	for (const node of graph.nodes.filter((n) => !grouped.has(n.id))) lines.push(declare(node, '  '));
	for (const edge of graph.edges) lines.push(`  ${mermaidEdge(edge, lang)}`);
	const links = new Map<string, string>();
	for (const node of graph.nodes) {
		const href = hrefOf(node);
		if (href) links.set(node.id, href);
	}
	return {
		source: lines.join('\n'),
		links,
		nodes: new Map(graph.nodes.map((n) => [n.id, { kind: n.kind, state: n.state }])),
	};
}

/**
 * One arrow: thick when it carries a loss, dotted when optional, with its label and loss text.
 *
 * @example
 * mermaidEdge({ from: 'llm', to: 'nt', loss: 'cross-entropy' }, 'en') // => 'llm ==>|"cross-entropy"| nt'
 */
export function mermaidEdge(edge: DiagramEdge, lang: string): string {
	const text = [edge.label, edge.loss].flatMap((t) => (t ? [localize(t, lang)] : [])).join(' · ');
	const arrow = edge.loss ? '==>' : edge.optional ? '-.->' : '-->';
	return `${edge.from} ${arrow}${text ? `|"${mermaidText(text)}"|` : ''} ${edge.to}`;
}
