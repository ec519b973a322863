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
		const years = () => page.locator('tbody tr td:nth-child(3)').allTextContents();
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
				year: tr.querySelector('time')?.textContent,
				codebook: tr.children[8]?.textContent,
			})),
		);
		const discrete2024 = rows.filter((r) => r.year === '2024' && /\d/.test(r.codebook ?? ''));
		expect(discrete2024.length).toBeGreaterThan(2);
	});

	test('shows two chosen models side by side from ?m=, facts and diagrams aligned', async () => {
		const page = await site.open('/compare/?m=emu,emu3');
		const columns = page.locator('.side-by-side-column');
		await expect
			.poll(() => columns.locator('figure.pipeline svg.pipeline-svg').count(), { timeout: 10_000 })
			.toBe(2);
		await expect(columns.locator('h3').allTextContents()).resolves.toEqual(['Emu', 'Emu3']);
		await expect(columns.locator('.facts-grid').count()).resolves.toBe(2);
		await expect(
			page.locator('tr[data-slug="emu3"] input[type=checkbox]').isChecked(),
		).resolves.toBe(true);
		await page.locator('tr[data-slug="emu2"] input[type=checkbox]').check();
		expect(new URL(page.url()).searchParams.get('m')).toBe('emu,emu3,emu2');
	});

	test('scrolls inside its own box on a phone', async () => {
		const page = await site.open('/compare/', { width: 375 });
		const { pageWidth, viewport } = await page.evaluate(() => ({
			pageWidth: document.documentElement.scrollWidth,
			viewport: innerWidth,
		}));
		expect(pageWidth).toBeLessThanOrEqual(viewport);
	});
});

describe('timeline and lineage', () => {
	test('the timeline places every model once, under its paradigm', async () => {
		const page = await site.open('/timeline/');
		const links = await page
			.locator('table.timeline td a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toHaveLength(modelCount);
		expect(new Set(links).size).toBe(modelCount);
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
