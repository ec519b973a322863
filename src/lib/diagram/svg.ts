import { renderMermaidSVG } from 'beautiful-mermaid';
import { diagramColors, diagramScale } from './theme';

export interface RenderedDiagram {
	svg: string;
	/** Edges in drawing order, with node labels, for the text version of the diagram. */
	edges: { from: string; to: string; label: string | undefined }[];
}

export interface DiagramOptions {
	/** Prefix for ids inside the SVG, unique within the page. */
	idPrefix: string;
	/** Id of the element that names the diagram (its caption). */
	labelledBy: string;
	/** Node id → URL for nodes that are links. */
	links?: ReadonlyMap<string, string>;
	/** Node id → grammar attributes (`data-kind`, `data-state`) that `atlas.css` styles. */
	nodes?: ReadonlyMap<string, { kind: string; state?: string | undefined }>;
}

/**
 * Renders a flowchart to a self-contained, theme-following SVG: no web fonts or other
 * third-party requests, unique ids, linked nodes as real `<a>` elements, each node marked with
 * its kind and training state for the visual grammar, and a size at which every label is at
 * least 12 CSS px.
 *
 * @example
 * renderDiagram('flowchart TD\n  a[Image] --> b[EVA-CLIP]', { idPrefix: 'd1', labelledBy: 'd1-caption', links: new Map([['b', '/tags/eva-clip/']]) })
 * // => { svg: '<svg … role="group" aria-labelledby="d1-caption">…<a href="/tags/eva-clip/">…', edges: [{ from: 'Image', to: 'EVA-CLIP', label: undefined }] }
 */
export function renderDiagram(source: string, options: DiagramOptions): RenderedDiagram {
	const raw = renderMermaidSVG(source, diagramColors);
	const labels = nodeLabels(raw);
	const edges = [...raw.matchAll(/<polyline class="edge"([^>]*)>/g)].map(([, attributes = '']) => {
		const read = (name: string) => new RegExp(` data-${name}="([^"]*)"`).exec(attributes)?.[1];
		const from = read('from') ?? '';
		const to = read('to') ?? '';
		const label = read('label');
		return {
			from: labels.get(from) ?? from,
			to: labels.get(to) ?? to,
			label: label === undefined ? undefined : decodeEntities(label),
		};
	});
	let svg = raw
		.replace(/@import url\([^)]*\);?/g, '')
		.replace(/font-family:[^;}]*/g, 'font-family: var(--sl-font)')
		.replace(/(\s)id="([^"]+)"/g, `$1id="${options.idPrefix}-$2"`)
		.replace(/url\(#([^)]+)\)/g, `url(#${options.idPrefix}-$1)`)
		.replace(
			/^<svg ([^>]*?)width="([\d.]+)" height="([\d.]+)"/,
			(_, before: string, width: string, height: string) =>
				`<svg ${before}width="${scaled(width)}" height="${scaled(height)}" class="pipeline-svg" role="group" aria-labelledby="${options.labelledBy}"`,
		);
	for (const [node, { kind, state }] of options.nodes ?? []) {
		svg = svg.replace(
			new RegExp(`<g class="node" data-id="${escapeRegExp(node)}"`),
			(start) => `${start} data-kind="${kind}"${state ? ` data-state="${state}"` : ''}`,
		);
	}
	for (const [node, href] of options.links ?? []) {
		const pattern = new RegExp(
			`(<g class="node" data-id="${escapeRegExp(node)}"[^>]*>[\\s\\S]*?</g>)`,
		);
		if (!pattern.test(svg)) throw new Error(`click target "${node}" is not a node of this diagram`);
		svg = svg.replace(
			pattern,
			(group: string) => `<a href="${escapeAttribute(href)}" class="pipeline-link">${group}</a>`,
		);
	}
	return { svg, edges };
}

function nodeLabels(svg: string): Map<string, string> {
	return new Map(
		[...svg.matchAll(/<g class="node" data-id="([^"]*)" data-label="([^"]*)"/g)].map(
			([, id = '', label = '']) => [id, decodeEntities(label).replace(/\s*\n\s*/g, ' ')],
		),
	);
}

function scaled(value: string): string {
	return (Number(value) * diagramScale).toFixed(1);
}

function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
