import { describe, expect, test } from 'vitest';
import { parseMermaid } from 'beautiful-mermaid';
import { kindShapes, mermaidNode, shapeName } from '../../src/lib/diagram/grammar';
import { legendContent } from '../../src/lib/diagram/legend';
import { renderDiagram } from '../../src/lib/diagram/svg';
import { diagramToMermaid, mermaidEdge } from '../../src/lib/diagram/to-mermaid';
import { mermaidSyntaxError } from '../../src/lib/diagram/validate';
import { diagramSchema, type Diagram } from '../../src/schemas/diagram';
import { nodeKinds } from '../../src/schemas/vocabulary';

const emu: Diagram = diagramSchema.parse({
	caption: { en: 'Emu', 'zh-CN': 'Emu' },
	nodes: [
		{ id: 'img', kind: 'input', label: { en: 'Image\n224×224', 'zh-CN': '图像\n224×224' } },
		{ id: 'enc', kind: 'encoder', label: 'EVA-CLIP', component: 'eva-clip', state: 'trained' },
		{ id: 'llm', kind: 'backbone', label: 'LLaMA', component: 'llama', state: 'frozen' },
		{ id: 'ne', kind: 'representation', label: { en: 'Next embedding', 'zh-CN': '下一个嵌入' } },
		{ id: 'sd', kind: 'decoder', label: 'Stable Diffusion', component: 'stable-diffusion' },
	],
	edges: [
		{ from: 'img', to: 'enc' },
		{ from: 'enc', to: 'llm', label: { en: 'patch features', 'zh-CN': '图块特征' } },
		{ from: 'llm', to: 'ne', loss: { en: 'ℓ2 regression', 'zh-CN': 'ℓ2 回归' } },
		{ from: 'ne', to: 'sd', optional: true },
	],
	groups: [
		{ id: 'g', label: { en: 'One Transformer', 'zh-CN': '同一个 Transformer' }, nodes: ['llm'] },
	],
});
const hrefOf = (node: Diagram['nodes'][number]) => node.component && `/tags/${node.component}/`;

describe('diagram to Mermaid', () => {
	const en = diagramToMermaid(emu, 'en', hrefOf);
	const zh = diagramToMermaid(emu, 'zh-CN', hrefOf);
	const parsed = { en: parseMermaid(en.source), zh: parseMermaid(zh.source) };

	test('draws the same graph in every language, with each language’s labels', () => {
		const shape = (g: typeof parsed.en) => g.edges.map((e) => `${e.source}>${e.target}:${e.style}`);
		expect(shape(parsed.zh)).toEqual(shape(parsed.en));
		expect([...parsed.zh.nodes.keys()]).toEqual([...parsed.en.nodes.keys()]);
		expect(parsed.en.nodes.get('ne')?.label).toBe('Next embedding');
		expect(parsed.zh.nodes.get('ne')?.label).toBe('下一个嵌入');
	});
	test('gives every node the shape of its kind', () => {
		for (const [id, node] of parsed.en.nodes) {
			const kind = emu.nodes.find((n) => n.id === id)!.kind;
			expect(node.shape).toBe(shapeName[kind]);
		}
	});
	test('draws losses as thick labelled arrows and optional paths dotted', () => {
		const loss = parsed.en.edges.find((e) => e.target === 'ne');
		expect(loss).toMatchObject({ style: 'thick', label: 'ℓ2 regression' });
		expect(parsed.en.edges.find((e) => e.target === 'sd')?.style).toBe('dotted');
		expect(mermaidEdge({ from: 'a', to: 'b', label: 'x', loss: 'ce' }, 'en')).toBe(
			'a ==>|"x · ce"| b',
		);
	});
	test('keeps line breaks and groups', () => {
		expect(parsed.en.nodes.get('img')?.label).toBe('Image\n224×224');
		expect(parsed.zh.subgraphs[0]).toMatchObject({ label: '同一个 Transformer', nodeIds: ['llm'] });
	});
	test('links component boxes and marks kind and state for the grammar', () => {
		expect(en.links.get('enc')).toBe('/tags/eva-clip/');
		expect(en.links.has('img')).toBe(false);
		expect(en.nodes.get('llm')).toEqual({ kind: 'backbone', state: 'frozen' });
	});
	test('parses with the official Mermaid grammar in both languages', async () => {
		expect(await mermaidSyntaxError(en.source)).toBeUndefined();
		expect(await mermaidSyntaxError(zh.source)).toBeUndefined();
	});
	test('every node kind has its own shape', () => {
		expect(
			new Set(nodeKinds.filter((k) => k !== 'model').map((k) => kindShapes[k].join(''))).size,
		).toBe(nodeKinds.length - 1);
		expect(mermaidNode('a', 'input', 'U-Net & VAE')).toBe('a(["U-Net &amp; VAE"])');
	});
});

describe('diagram schema', () => {
	const base = { caption: { en: 'c', 'zh-CN': 'c' } };
	test('names the edge whose endpoint does not exist', () => {
		const result = diagramSchema.safeParse({
			...base,
			nodes: [
				{ id: 'a', kind: 'input', label: 'A' },
				{ id: 'b', kind: 'output', label: 'B' },
			],
			edges: [{ from: 'a', to: 'c' }],
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ path: ['edges', 0, 'to'] });
		expect(result.error?.issues[0]?.message).toContain('no node has the id "c"');
	});
	test('requires every language of a translated label', () => {
		const result = diagramSchema.safeParse({
			...base,
			nodes: [
				{ id: 'a', kind: 'input', label: { en: 'Image' } },
				{ id: 'b', kind: 'output', label: 'B' },
			],
			edges: [{ from: 'a', to: 'b' }],
		});
		expect(result.error?.issues[0]?.path).toEqual(['nodes', 0, 'label', 'zh-CN']);
		expect(result.error?.issues[0]?.message).toContain('missing the "zh-CN" text');
	});
	test('refuses characters Mermaid cannot draw, and an unknown kind', () => {
		const result = diagramSchema.safeParse({
			...base,
			nodes: [
				{ id: 'a', kind: 'input', label: 'say "hi"' },
				{ id: 'b', kind: 'widget', label: 'B' },
			],
			edges: [{ from: 'a', to: 'b' }],
		});
		const paths = result.error?.issues.map((issue) => issue.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['nodes.0.label', 'nodes.1.kind']));
	});
});

describe('legend', () => {
	test('explains exactly what the diagram uses', () => {
		expect(legendContent(emu)).toEqual({
			kinds: ['input', 'encoder', 'backbone', 'decoder', 'representation'],
			states: ['trained', 'frozen'],
			loss: true,
			optional: true,
			links: true,
		});
	});
});

describe('rendered SVG', () => {
	const { source, links, nodes } = diagramToMermaid(emu, 'en', hrefOf);
	const { svg, edges } = renderDiagram(source, {
		idPrefix: 'd1',
		labelledBy: 'd1-caption',
		links,
		nodes,
	});

	test('loads no web fonts and uses the site font', () => {
		expect(svg).not.toContain('googleapis');
		expect(svg).not.toContain('@import');
		expect(svg).toContain('font-family: var(--sl-font)');
	});
	test('takes its colours from Starlight custom properties, so it follows the theme', () => {
		expect(svg).toContain('--bg:var(--sl-color-bg)');
		expect(svg).toContain('--fg:var(--sl-color-white)');
		expect(svg).not.toMatch(/fill="#[0-9a-f]{3,6}"/i);
	});
	test('is named by its caption and keeps its links reachable (no role="img")', () => {
		expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="d1-caption"/);
		expect(svg).not.toContain('role="img"');
	});
	test('wraps linked nodes in real anchors and marks each node’s kind and state', () => {
		expect(svg).toMatch(
			/<a href="\/tags\/eva-clip\/" class="pipeline-link"><g class="node" data-id="enc" data-kind="encoder" data-state="trained"/,
		);
		expect(svg).toMatch(/data-id="llm" data-kind="backbone" data-state="frozen"/);
	});
	test('prefixes ids so two diagrams can share a page', () => {
		expect(svg).toContain('id="d1-arrowhead"');
		expect(svg).toContain('url(#d1-arrowhead)');
		expect(svg).not.toMatch(/\sid="arrowhead"/);
	});
	test('is enlarged so that 11 px edge labels show at 12 px or more', () => {
		const [, viewWidth] = /viewBox="0 0 ([\d.]+)/.exec(svg) ?? [];
		const [, width] = /width="([\d.]+)"/.exec(svg) ?? [];
		expect((Number(width) / Number(viewWidth)) * 11).toBeGreaterThanOrEqual(12);
	});
	test('shows authored markup as text, never as markup', () => {
		const hostile = diagramSchema.parse({
			caption: { en: 'x', 'zh-CN': 'x' },
			nodes: [
				{ id: 'a', kind: 'input', label: '<img src=x onerror=alert(1)>' },
				{ id: 'b', kind: 'output', label: '<script>alert(1)</script>' },
			],
			edges: [{ from: 'a', to: 'b', label: '<b>bold</b>' }],
		});
		const drawn = diagramToMermaid(hostile, 'en', () => undefined);
		const result = renderDiagram(drawn.source, {
			idPrefix: 'h',
			labelledBy: 'h',
			nodes: drawn.nodes,
		});
		expect(result.svg).not.toMatch(/<img|<script|<b>/);
		expect(result.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
	test('describes its edges with node labels', () => {
		expect(edges).toContainEqual({ from: 'LLaMA', to: 'Next embedding', label: 'ℓ2 regression' });
	});
	test('refuses a link on a node that does not exist', () => {
		expect(() =>
			renderDiagram('flowchart TD\n a --> b', {
				idPrefix: 'x',
				labelledBy: 'x',
				links: new Map([['zz', '/']]),
			}),
		).toThrow(/zz/);
	});
});

describe('Mermaid syntax check', () => {
	test('reports the line of a syntax error', async () => {
		expect(await mermaidSyntaxError('flowchart TD\n  a[x --> ]]] -->')).toMatch(
			/Parse error on line 2/,
		);
	});
});
