import { describe, expect, test } from 'vitest';
import { useSite } from './site';

const site = useSite();

/** Relative luminance contrast between two CSS colours, as WCAG defines it. */
function contrast(a: number[], b: number[]): number {
	const lum = ([r = 0, g = 0, bl = 0]: number[]) => {
		const [R, G, B] = [r, g, bl].map((v) => {
			const c = v / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('pipeline diagrams', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`are visible and legible in the ${theme} theme`, async () => {
			const page = await site.open('/models/emu/', { theme });
			const svg = page.locator('figure.pipeline svg').first();
			await expect(svg.isVisible()).resolves.toBe(true);
			const box = await svg.boundingBox();
			expect(box?.height ?? 0).toBeGreaterThan(200);
			const colours = await page.evaluate(() => {
				const parse = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
				const text = document.querySelector('figure.pipeline g.node text')!;
				const line = document.querySelector('figure.pipeline polyline.edge')!;
				const background = getComputedStyle(
					document.querySelector('.pipeline-scroll')!,
				).backgroundColor;
				return {
					text: parse(getComputedStyle(text).fill),
					line: parse(getComputedStyle(line).stroke),
					background: parse(background),
					theme: document.documentElement.dataset['theme'],
				};
			});
			expect(colours.theme).toBe(theme);
			expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(colours.line, colours.background)).toBeGreaterThanOrEqual(3);
		});
	}

	test('load no mermaid script and make no request beyond localhost', async () => {
		const context = await site.browser.newContext();
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		const page = await context.newPage();
		await page.goto(`${site.url}/zh-cn/models/emu/`, { waitUntil: 'networkidle' });
		await context.close();
		expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'))).toEqual(
			[],
		);
		expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
	});

	test('text is at least 12 CSS px at desktop width', async () => {
		const page = await site.open('/models/emu/');
		const smallest = await page.evaluate(() =>
			Math.min(
				...[...document.querySelectorAll('figure.pipeline svg text')].map(
					(t) => t.getBoundingClientRect().height,
				),
			),
		);
		// A glyph box is taller than the font size; 12 px text gives boxes of about 14 px.
		expect(smallest).toBeGreaterThanOrEqual(12);
	});

	test('on a 375 px phone the diagram scrolls inside its box and the page does not overflow', async () => {
		const page = await site.open('/zh-cn/models/emu/', { width: 375 });
		const { pageWidth, viewport, boxWidth } = await page.evaluate(() => ({
			pageWidth: document.documentElement.scrollWidth,
			viewport: window.innerWidth,
			boxWidth: document.querySelector('.pipeline-scroll')!.getBoundingClientRect().width,
		}));
		expect(pageWidth).toBeLessThanOrEqual(viewport);
		expect(boxWidth).toBeLessThanOrEqual(viewport);
	});

	test('nodes link to component pages, reachable by keyboard, in the page language', async () => {
		const page = await site.open('/zh-cn/models/emu/');
		const link = page.locator('figure.pipeline a.pipeline-link[href="/zh-cn/tags/eva-clip/"]');
		await expect(link.count()).resolves.toBe(1);
		await link.focus();
		await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
			'/zh-cn/tags/eva-clip/',
		);
		await page.keyboard.press('Enter');
		await page.waitForURL('**/zh-cn/tags/eva-clip/');
	});

	test('follow one grammar: every box has a kind, frozen parts a dashed border, and a legend explains them', async () => {
		const page = await site.open('/models/emu/');
		const nodes = await page.evaluate(() =>
			[...document.querySelectorAll('figure.pipeline g.node')].map((node) => ({
				kind: node.getAttribute('data-kind'),
				state: node.getAttribute('data-state'),
				dash: getComputedStyle(node.firstElementChild!).strokeDasharray,
				fill: getComputedStyle(node.firstElementChild!).fill,
			})),
		);
		expect(nodes.length).toBeGreaterThan(4);
		expect(nodes.every((node) => node.kind)).toBe(true);
		const fills = new Map(nodes.map((node) => [node.kind, node.fill]));
		expect(fills.get('encoder')).not.toBe(fills.get('backbone'));
		for (const node of nodes) {
			expect(node.dash === 'none' || node.dash === '').toBe(
				node.state !== 'frozen' && node.state !== 'partial',
			);
		}
		const legend = page.locator('figure.pipeline .pipeline-legend');
		await legend.locator('summary').click();
		const items = await legend.locator('li').allTextContents();
		expect(items).toEqual(expect.arrayContaining(['Input', 'Encoder', 'Backbone', 'Decoder']));
		expect(items.some((item) => /loss/.test(item))).toBe(true);
	});

	test('offer their Mermaid source to copy, the same graph in both languages', async () => {
		const sources: string[] = [];
		for (const path of ['/models/emu/', '/zh-cn/models/emu/']) {
			const page = await site.open(path);
			await page.locator('figure.pipeline .pipeline-source summary').click();
			const code = await page.locator('figure.pipeline .pipeline-source pre').innerText();
			expect(code).toMatch(/^flowchart TD/);
			await expect(
				page
					.locator(
						'figure.pipeline .pipeline-source button.copy, figure.pipeline .pipeline-source .copy button',
					)
					.count(),
			).resolves.toBeGreaterThan(0);
			sources.push(code ?? '');
		}
		const shape = (source: string) =>
			source
				.split('\n')
				.filter((line) => /-->|==>|-\.->/.test(line))
				.map((line) => line.replace(/\|[^|]*\|/, ''));
		expect(shape(sources[1]!)).toEqual(shape(sources[0]!));
		expect(sources[1]).toMatch(/[\u4e00-\u9fff]/);
	});

	test('have an accessible name and a text version in the page language', async () => {
		const page = await site.open('/zh-cn/models/emu/');
		const svg = page.locator('figure.pipeline svg').first();
		const captionId = await svg.getAttribute('aria-labelledby');
		const caption = await page.locator(`[id="${captionId}"]`).textContent();
		expect(caption).toMatch(/[\u4e00-\u9fff]/);
		await expect(
			page.locator('figure.pipeline .pipeline-text summary').first().textContent(),
		).resolves.toBe('图示的文字版');
	});
});
