import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from './site';

const site = useSite();
const readDist = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const modelCount = (JSON.parse(readDist('data/models.json')) as { models: unknown[] }).models
	.length;

describe('comparison table', () => {
	test('without JavaScript, holds every model with linked cells', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/zh-cn/compare/`);
		const rows = page.locator('table.compare-table tbody tr');
		await expect(rows.count()).resolves.toBe(modelCount);
		await expect(page.locator('table.compare-table tbody tr:not([hidden])').count()).resolves.toBe(
			modelCount,
		);
		const emuRow = page.locator('tr[data-slug="emu"]');
		await expect(emuRow.locator('a[href="/zh-cn/models/emu/"]').count()).resolves.toBe(1);
		await expect(emuRow.locator('a[href="/zh-cn/tags/eva-clip/"]').count()).resolves.toBe(1);
		await context.close();
	});

	test('sorts by a column, both ways, and keeps the sort in the URL', async () => {
		const page = await site.open('/compare/');
		await page.locator('th[data-column="year"] button').click();
		const years = () => page.locator('tbody tr td[data-column="year"]').allTextContents();
		const ascending = (await years()).map(Number);
		expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
		await page.locator('th[data-column="year"] button').click();
		const descending = (await years()).map(Number);
		expect(descending).toEqual([...descending].sort((a, b) => b - a));
		expect(new URL(page.url()).search).toBe('?sort=year&dir=desc');
		await expect(page.locator('th[data-column="year"]').getAttribute('aria-sort')).resolves.toBe(
			'descending',
		);
	});

	test('filters by component and modality, and the filtered view survives a reload from its URL', async () => {
		const page = await site.open('/compare/');
		await page.locator('select[name="component"]').selectOption('vqgan');
		await page.locator('select[name="modality"]').selectOption('video');
		const visible = () =>
			page
				.locator('tbody tr:not([hidden])')
				.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['slug']));
		const filtered = await visible();
		expect(filtered).toContain('lwm');
		expect(filtered).not.toContain('emu');
		const url = page.url();
		expect(new URL(url).search).toBe('?component=vqgan&modality=video');
		const again = await site.open(new URL(url).pathname + new URL(url).search);
		await expect(again.locator('select[name="component"]').inputValue()).resolves.toBe('vqgan');
		expect(
			await again
				.locator('tbody tr:not([hidden])')
				.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['slug'])),
		).toEqual(filtered);
	});

	test('answers "which models use discrete tokens and came out in 2024"', async () => {
		const page = await site.open('/compare/?sort=year');
		const rows = await page.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				year: tr.querySelector('[data-column="year"]')?.textContent,
				codebook: tr.querySelector('[data-column="codebook"]')?.textContent,
			})),
		);
		const discrete2024 = rows.filter((r) => r.year === '2024' && /\d/.test(r.codebook ?? ''));
		expect(discrete2024.length).toBeGreaterThan(2);
	});

	test('at 1440 px the table uses the full width, and its header row and model column stay in view', async () => {
		const page = await site.open('/compare/', { width: 1440 });
		const box = page.locator('.compare-scroll');
		const width = await box.evaluate((el) => el.getBoundingClientRect().width);
		expect(width).toBeGreaterThanOrEqual(1100);
		// The organisation column was squeezed to eight lines a row; now a typical row needs two.
		const lines = await page.evaluate(() =>
			[...document.querySelectorAll('tbody [data-column="organisation"]')]
				.map((cell) => {
					const range = document.createRange();
					range.selectNodeContents(cell);
					return Math.round(
						range.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight),
					);
				})
				.sort((a, b) => a - b),
		);
		expect(lines[Math.floor(lines.length / 2)]).toBeLessThanOrEqual(2);
		expect(lines.at(-1)).toBeLessThan(8);
		await box.evaluate((el) => el.scrollTo(600, 800));
		const positions = await page.evaluate(() => {
			const scroller = document.querySelector('.compare-scroll')!.getBoundingClientRect();
			const header = document
				.querySelector('thead th[data-column="year"]')!
				.getBoundingClientRect();
			const rowHeaders = [...document.querySelectorAll('tbody [data-column="model"]')].map((el) =>
				el.getBoundingClientRect(),
			);
			const inView = rowHeaders.find(
				(r) => r.top > scroller.top + 60 && r.bottom < scroller.bottom,
			);
			return { scroller, header, modelCell: inView };
		});
		expect(Math.abs(positions.header.top - positions.scroller.top)).toBeLessThan(40);
		expect(positions.modelCell).toBeDefined();
		expect(Math.abs(positions.modelCell!.left - positions.scroller.left)).toBeLessThan(2);
	});

	test('column groups hide and show, presets set filters, columns and sort, and both live in the URL', async () => {
		const page = await site.open('/compare/');
		await page.locator('input[name="cols"][value="audio"]').uncheck();
		await expect(page.locator('thead th[data-column="speech"]').isVisible()).resolves.toBe(false);
		await expect(page.locator('thead th[data-column="backbone"]').isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).searchParams.get('cols')).toBe(
			'architecture,understanding,generation,openness,results',
		);
		await page.locator('a[data-preset="speech"]').click();
		expect(new URL(page.url()).search).toBe(
			'?audio=hears&cols=architecture,audio,openness&sort=year&dir=desc',
		);
		await expect(page.locator('select[name="audio"]').inputValue()).resolves.toBe('hears');
		await expect(page.locator('thead th[data-column="codebook"]').isVisible()).resolves.toBe(false);
		const shown = await page
			.locator('tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['traits'] ?? ''));
		expect(shown.length).toBeGreaterThan(10);
		expect(shown.every((traits) => traits.split(' ').includes('hears'))).toBe(true);
	});

	test('shows chosen models side by side from ?m=, facts aligned with differences marked, diagrams unclipped', async () => {
		const page = await site.open('/compare/?m=emu,emu3,janus-pro', { width: 1280 });
		const table = page.locator('.side-by-side-table');
		await expect
			.poll(() => table.locator('.side-by-side-diagram svg').count(), { timeout: 10_000 })
			.toBe(3);
		await expect(table.locator('thead a').allTextContents()).resolves.toEqual([
			'Emu',
			'Emu3',
			'Janus-Pro',
		]);
		// Same fact in every column: Emu3 and Janus-Pro both publish open weights, all three do.
		const weights = table.locator('tr', { has: page.locator('th', { hasText: /^Weights/ }) });
		await expect(weights.getAttribute('data-differs')).resolves.toBeNull();
		const codebook = table.locator('tr', { has: page.locator('th', { hasText: /^Codebook/ }) });
		await expect(codebook.getAttribute('data-differs')).resolves.toBe('');
		// Nothing is cut off: each diagram fits its box, and no cell overflows.
		const clipped = await page.evaluate(
			() =>
				[...document.querySelectorAll('.side-by-side-diagram')].filter((box) => {
					const svg = box.querySelector('svg')!.getBoundingClientRect();
					const frame = box.getBoundingClientRect();
					return svg.right > frame.right + 1 && box.scrollWidth <= box.clientWidth;
				}).length +
				[...document.querySelectorAll('.side-by-side-table td')].filter(
					(td) => td.scrollWidth > td.clientWidth + 1,
				).length,
		);
		expect(clipped).toBe(0);
		await expect(
			page.locator('tr[data-slug="emu3"] input[type=checkbox]').isChecked(),
		).resolves.toBe(true);
		await page.locator('tr[data-slug="emu2"] input[type=checkbox]').check();
		expect(new URL(page.url()).searchParams.get('m')).toBe('emu,emu3,janus-pro,emu2');
		await expect.poll(() => table.locator('thead a').count()).toBe(4);
		// The diagrams come from data files drawn at build time, not from model pages.
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.locator('tr[data-slug="chameleon"] input[type=checkbox]').check();
		await expect
			.poll(() => requests.some((r) => r.endsWith('/compare/diagrams/chameleon.json')))
			.toBe(true);
		expect(requests.some((r) => r.startsWith('/models/'))).toBe(false);
	});

	test('scrolls inside its own labelled box on a phone', async () => {
		const page = await site.open('/compare/', { width: 375 });
		const { pageWidth, viewport } = await page.evaluate(() => ({
			pageWidth: document.documentElement.scrollWidth,
			viewport: innerWidth,
		}));
		expect(pageWidth).toBeLessThanOrEqual(viewport);
		const box = page.locator('.compare-scroll');
		await expect(box.getAttribute('aria-labelledby')).resolves.toBe('compare-caption');
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	});
});

describe('timeline and lineage', () => {
	test('the timeline places every model once, under its paradigm, up to the present', async () => {
		const page = await site.open('/timeline/');
		const links = await page
			.locator('.timeline-cell a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toHaveLength(modelCount);
		expect(new Set(links).size).toBe(modelCount);
		const periods = await page.locator('.timeline-period h2').allTextContents();
		expect(periods.at(-1)).toContain(String(new Date().getUTCFullYear()));
	});

	test('at 1280 px every model on the timeline is visible without scrolling sideways', async () => {
		const page = await site.open('/timeline/', { width: 1280 });
		const hidden = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('.timeline-cell a')]
				.map((a) => ({ name: a.textContent, box: a.getBoundingClientRect() }))
				.filter(({ box }) => box.width === 0 || box.left < 0 || box.right > width)
				.map(({ name }) => name);
		});
		expect(hidden).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			1280,
		);
	});

	test('on a phone the timeline is a list by half-year that fits the screen', async () => {
		const page = await site.open('/zh-cn/timeline/', { width: 390 });
		const layout = await page.evaluate(() => {
			const periods = [...document.querySelectorAll('.timeline-period')].map((p) =>
				p.getBoundingClientRect(),
			);
			return {
				pageWidth: document.documentElement.scrollWidth,
				stacked: periods.every((box, i) => i === 0 || box.top >= periods[i - 1]!.bottom - 1),
				laneNamed:
					getComputedStyle(document.querySelector('.timeline-lane')!).position !== 'absolute',
			};
		});
		expect(layout.pageWidth).toBeLessThanOrEqual(390);
		expect(layout.stacked).toBe(true);
		expect(layout.laneNamed).toBe(true);
	});

	test('the lineage graph answers "what built on Chameleon", and its nodes link to model pages', async () => {
		const page = await site.open('/zh-cn/lineage/');
		const edges = await page.locator('.lineage-graph .pipeline-text li').allTextContents();
		expect(edges.filter((edge) => edge.startsWith('Chameleon'))).toEqual(
			expect.arrayContaining([
				expect.stringContaining('ANOLE'),
				expect.stringContaining('Lumina-mGPT'),
			]),
		);
		await expect(
			page.locator('.lineage-graph a.pipeline-link[href="/zh-cn/models/anole/"]').count(),
		).resolves.toBe(1);
		await expect(page.locator('script[src*="mermaid"]').count()).resolves.toBe(0);
	});

	test('a model page shows "builds on" and "built upon by" from the same data', async () => {
		const page = await site.open('/models/chameleon/');
		const lineage = page.locator('dl.lineage');
		await expect(lineage.locator('a[href="/models/cm3leon/"]').count()).resolves.toBe(1);
		await expect(lineage.locator('a[href="/models/anole/"]').count()).resolves.toBe(1);
	});
});

describe('open data', () => {
	test('models.json is valid against its published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(JSON.parse(readDist('data/models.schema.json')));
		const data = JSON.parse(readDist('data/models.json'));
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(data.version).toBe(2);
		expect(data.models.find((m: { slug: string }) => m.slug === 'emu').pages['zh-CN'].url).toMatch(
			/\/zh-cn\/models\/emu\/$/,
		);
	});

	test('references.bib holds one entry per model', () => {
		const entries = readDist('data/references.bib').match(/^@\w+\{/gm) ?? [];
		expect(entries).toHaveLength(modelCount);
	});

	for (const [feed, lang] of [
		['rss.xml', 'en'],
		['zh-cn/rss.xml', 'zh-CN'],
	] as const) {
		test(`${feed} is well-formed RSS in ${lang}, linked from that language's pages`, async () => {
			const { document } = new JSDOM(readDist(feed), { contentType: 'application/xml' }).window;
			expect(document.querySelector('parsererror')).toBeNull();
			expect(document.querySelector('channel > language')?.textContent).toBe(lang);
			expect(document.querySelectorAll('item')).toHaveLength(modelCount);
			const page = await site.open(lang === 'en' ? '/models/emu/' : '/zh-cn/models/emu/');
			await expect(
				page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'),
			).resolves.toBe(`/${feed}`);
		});
	}
});

describe('results', () => {
	interface ResultsExport {
		benchmarks: { slug: string; name: string; range: [number, number] }[];
		results: {
			model: string;
			benchmark: string;
			value: string;
			setting: Record<string, unknown>;
			source: { url: string };
		}[];
	}
	const data = JSON.parse(readDist('data/results.json')) as ResultsExport;

	test('results.json is valid against its published JSON Schema, and models.json links to it', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(JSON.parse(readDist('data/results.schema.json')));
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(data.results.length).toBeGreaterThanOrEqual(300);
		expect(JSON.parse(readDist('data/models.json')).results).toMatch(/\/data\/results\.json$/);
	});

	test('a model page lists its scores from the data, each linked to where it was printed', async () => {
		const page = await site.open('/zh-cn/models/bagel/');
		const rows = page.locator('section.results tbody tr');
		const own = data.results.filter((r) => r.model === 'bagel');
		await expect(rows.count()).resolves.toBe(own.length);
		const hrefs = await page
			.locator('section.results .result-value a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(new Set(hrefs)).toEqual(new Set(own.map((r) => r.source.url)));
		await expect(
			page.locator('section.results a[href="/zh-cn/benchmarks/geneval/"]').count(),
		).resolves.toBeGreaterThan(0);
	});

	test('a benchmark page ranks each setting apart, with a chart drawn without script', async () => {
		const page = await site.open('/benchmarks/geneval/');
		const captions = await page.locator('.results-table caption').allTextContents();
		expect(captions.some((c) => c.includes('rewritten prompts'))).toBe(true);
		expect(captions.some((c) => c.includes('standard'))).toBe(true);
		// Every rewritten-prompt score sits in a table of its own.
		const rewritten = data.results.filter(
			(r) => r.benchmark === 'geneval' && r.setting['promptRewriting'] === true,
		).length;
		const standardRows = await page
			.locator('.results-table', { has: page.locator('caption', { hasText: /standard$/ }) })
			.locator('tbody tr')
			.count();
		const standard = data.results.filter(
			(r) => r.benchmark === 'geneval' && Object.keys(r.setting).length === 0,
		).length;
		expect(standardRows).toBe(standard);
		expect(rewritten).toBeGreaterThan(0);
		const values = (
			await page.locator('.results-table').first().locator('tbody .result-value').allTextContents()
		).map(Number);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		await expect(page.locator('svg.results-chart circle').count()).resolves.toBeGreaterThan(5);
		await expect(
			page.locator('svg.results-chart path.chart-frontier').count(),
		).resolves.toBeGreaterThan(0);
		await expect(
			page
				.locator('script:not([type="application/json"])')
				.evaluateAll((s) => s.filter((el) => /chart/.test(el.textContent ?? '')).length),
		).resolves.toBe(0);
	});

	test('the compare table sorts by a benchmark, best first', async () => {
		const page = await site.open('/compare/?cols=results&sort=result-geneval');
		const cells = await page.locator('tbody tr td[data-column="result-geneval"]').allTextContents();
		const values = cells.filter((c) => /\d/.test(c)).map(Number);
		expect(values.length).toBeGreaterThan(10);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		await expect(
			page.locator('thead th[data-column="result-geneval"]').getAttribute('aria-sort'),
		).resolves.toBe('ascending');
		await expect(page.locator('thead th[data-column="backbone"]').isVisible()).resolves.toBe(false);
	});
});
