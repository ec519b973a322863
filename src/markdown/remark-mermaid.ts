import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dictionaries } from '../config/ui-strings';
import { extractClickLinks, localizeHref } from '../lib/diagram/click-links';
import { parseFenceMeta } from '../lib/diagram/fence-meta';
import { renderDiagram } from '../lib/diagram/svg';
import { mermaidSyntaxError } from '../lib/diagram/validate';
import { interpolate } from '../lib/format';
import { langOf, splitLocale } from '../lib/locale';

/**
 * Turns every ```mermaid fence into an inline SVG figure at build time: a caption that names and
 * describes it, the diagram, and a text version. Pages ship no diagram JavaScript. An invalid
 * diagram or a missing caption fails the build, naming the file and the Mermaid error.
 */
export function remarkMermaid() {
	return async (tree: Root, file: VFile) => {
		const fences: Code[] = [];
		visit(tree, 'code', (node: Code) => {
			if (node.lang === 'mermaid') fences.push(node);
		});
		if (fences.length === 0) return;
		const relativePath = projectRelative(file.path);
		const locale = splitLocale(relativePath.replace(/^content\/docs\//, '')).locale;
		const strings = dictionaries[langOf(locale)] ?? {};
		for (const [index, fence] of fences.entries()) {
			const where = `${relativePath}:${fence.position?.start.line ?? '?'}`;
			const { caption } = parseFenceMeta(fence.meta);
			if (!caption) {
				throw new Error(
					`${where}: mermaid diagram has no caption. Write \`\`\`mermaid caption="…" with a one-sentence description in the page's language.`,
				);
			}
			const { source, links } = extractClickLinks(fence.value);
			const syntaxError = await mermaidSyntaxError(fence.value);
			if (syntaxError) throw new Error(`${where}: invalid Mermaid diagram.\n${syntaxError}`);
			const idPrefix = `diagram-${index + 1}`;
			const localized = new Map(
				[...links].map(([node, href]) => [
					node,
					localizeHref(href, locale === 'root' ? undefined : locale),
				]),
			);
			let rendered;
			try {
				rendered = renderDiagram(source, {
					idPrefix,
					labelledBy: `${idPrefix}-caption`,
					links: localized,
				});
			} catch (error) {
				throw new Error(
					`${where}: cannot render Mermaid diagram: ${error instanceof Error ? error.message : String(error)}`,
				);
			}
			const svg = fromHtml(rendered.svg, { fragment: true, space: 'svg' })
				.children as ElementContent[];
			const edgeTemplate = (label: string | undefined) =>
				strings[label ? 'diagram.edgeLabelled' : 'diagram.edge'] ?? '{{from}} → {{to}}';
			const edgeItems: Element[] = rendered.edges.map((edge) => ({
				type: 'element',
				tagName: 'li',
				properties: {},
				children: [
					{
						type: 'text',
						value: interpolate(edgeTemplate(edge.label), {
							from: edge.from,
							to: edge.to,
							label: edge.label ?? '',
						}),
					},
				],
			}));
			Object.assign(fence, {
				type: 'paragraph',
				children: [],
				data: {
					hName: 'figure',
					hProperties: { className: ['pipeline'], 'data-diagram': '' },
					hChildren: [
						// A labelled <section> is a region landmark, so the scrollable box is reachable
						// and named without an ARIA role.
						element(
							'section',
							{
								className: ['pipeline-scroll'],
								tabIndex: 0,
								ariaLabelledBy: [`${idPrefix}-caption`],
							},
							svg,
						),
						element('details', { className: ['pipeline-text'] }, [
							element('summary', {}, [
								{ type: 'text', value: strings['diagram.textVersion'] ?? 'Diagram as text' },
							]),
							element('ul', {}, edgeItems),
						]),
						// A figure's caption must come first or last.
						element('figcaption', { id: `${idPrefix}-caption` }, [
							{ type: 'text', value: caption },
						]),
					],
				},
			});
		}
	};
}

function element(
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[],
): Element {
	return { type: 'element', tagName, properties, children };
}

function projectRelative(path: string | undefined): string {
	if (!path) return '(unknown file)';
	const index = path.indexOf('/content/');
	return index >= 0 ? path.slice(index + 1) : path;
}
