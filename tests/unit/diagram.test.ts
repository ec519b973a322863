import { describe, expect, test } from 'vitest';
import { extractClickLinks, localizeHref } from '../../src/lib/diagram/click-links';
import { parseFenceMeta } from '../../src/lib/diagram/fence-meta';
import { renderDiagram } from '../../src/lib/diagram/svg';
import { mermaidSyntaxError } from '../../src/lib/diagram/validate';

const emu = `flowchart TD
  img[Image] --> enc[EVA-CLIP]
  enc --> llm[LLaMA]
  llm -->|ℓ2 regression| dec[Stable Diffusion]
  click enc "/tags/eva-clip/"`;

describe('click links', () => {
	test('are taken out of the source so they are not drawn as nodes', () => {
		const { source, links } = extractClickLinks(emu);
		expect(source).not.toContain('click');
		expect(links.get('enc')).toBe('/tags/eva-clip/');
	});
	test('get the Chinese prefix on Chinese pages, once', () => {
		expect(localizeHref('/tags/vqgan/', 'zh-cn')).toBe('/zh-cn/tags/vqgan/');
		expect(localizeHref('/zh-cn/tags/vqgan/', 'zh-cn')).toBe('/zh-cn/tags/vqgan/');
		expect(localizeHref('/tags/vqgan/', undefined)).toBe('/tags/vqgan/');
		expect(localizeHref('https://arxiv.org/abs/1', 'zh-cn')).toBe('https://arxiv.org/abs/1');
	});
});

test('fence meta reads quoted captions with spaces and arrows', () => {
	expect(parseFenceMeta('caption="图像 → EVA-CLIP → LLaMA" title=x')).toEqual({
		caption: '图像 → EVA-CLIP → LLaMA',
		title: 'x',
	});
	expect(parseFenceMeta(undefined)).toEqual({});
});

describe('rendered SVG', () => {
	const { source, links } = extractClickLinks(emu);
	const { svg, edges } = renderDiagram(source, { idPrefix: 'd1', labelledBy: 'd1-caption', links });

	test('loads no web fonts and uses the site font', () => {
		expect(svg).not.toMatch(
			/@import|googleapis|https?:\/\//.source.replace('https?:\\/\\/', 'fonts\\.'),
		);
		expect(svg).not.toContain('googleapis');
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
	test('wraps linked nodes in real anchors', () => {
		expect(svg).toMatch(
			/<a href="\/tags\/eva-clip\/" class="pipeline-link"><g class="node" data-id="enc"/,
		);
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
	test('describes its edges with node labels for the text version', () => {
		expect(edges).toContainEqual({ from: 'LLaMA', to: 'Stable Diffusion', label: 'ℓ2 regression' });
		expect(edges).toContainEqual({ from: 'Image', to: 'EVA-CLIP', label: undefined });
	});
	test('refuses a click on a node that does not exist', () => {
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
	test('accepts a valid flowchart with click lines and Chinese labels', async () => {
		expect(await mermaidSyntaxError(`${emu}\n  a[图像] --> b[视觉分词器]`)).toBeUndefined();
	});
	test('reports the line of a syntax error', async () => {
		expect(await mermaidSyntaxError('flowchart TD\n  a[x --> ]]] -->')).toMatch(
			/Parse error on line 2/,
		);
	});
});
