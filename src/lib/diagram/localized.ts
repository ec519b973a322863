import type { LocaleKey } from '../../config/locales';
import type { Diagram } from '../../schemas/diagram';
import { langOf, localizedPath } from '../locale';
import { renderDiagram } from './svg';
import { diagramToMermaid, type MermaidDiagram } from './to-mermaid';

/**
 * A diagram in one locale: its Mermaid source, and the SVG drawn from it with boxes linking to
 * component and model pages of that locale. Pages and the side-by-side data both use it, so a
 * diagram looks the same wherever it appears.
 *
 * @example
 * localizedDiagram(emu.facts.pipeline, { id: 'pipeline', locale: 'zh-cn', source: 'content/models/emu.yaml' }).svg
 * // => '<svg … aria-labelledby="pipeline-caption">…<a href="/zh-cn/tags/eva-clip/">…</svg>'
 */
export function localizedDiagram(
	diagram: Diagram,
	{ id, locale, source }: { id: string; locale: LocaleKey; source: string },
): { mermaid: MermaidDiagram; svg: string } {
	const lang = langOf(locale);
	const mermaid = diagramToMermaid(diagram, lang, (node) =>
		node.component
			? localizedPath(`tags/${node.component}`, locale)
			: node.page
				? localizedPath(node.page, locale)
				: undefined,
	);
	try {
		const { svg } = renderDiagram(mermaid.source, {
			idPrefix: id,
			labelledBy: `${id}-caption`,
			links: mermaid.links,
			nodes: mermaid.nodes,
		});
		return { mermaid, svg };
	} catch (error) {
		throw new Error(`${source}: cannot draw the ${lang} diagram: ${(error as Error).message}`);
	}
}
