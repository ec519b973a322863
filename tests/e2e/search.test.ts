import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { searchRanking } from '../../src/config/search';
import { distDir, useSite } from './site';

interface Expectation {
	query: string;
	first?: string;
	top3?: string[];
	top5?: string[];
	none?: boolean;
}
const querySet = JSON.parse(
	readFileSync(path.join(import.meta.dirname, 'search-queries.json'), 'utf8'),
) as Record<'en' | 'zh', Expectation[]>;

const site = useSite();

/**
 * Runs a query through the site's own Pagefind bundle, ranked as the search dialog ranks. The
 * script is passed as text: vitest would rewrite a dynamic `import()` inside a function.
 */
async function search(
	page: Page,
	query: string | null,
	filters?: Record<string, string[]>,
): Promise<string[]> {
	const args = JSON.stringify({ query, ranking: searchRanking, filters: filters ?? {} });
	return page.evaluate(`(async () => {
		const { query, ranking, filters } = ${args};
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking });
		const response = await pagefind.search(query, { filters });
		const data = await Promise.all(response.results.map((result) => result.data()));
		return data.map((d) => d.url);
	})()`);
}

describe('search quality set', () => {
	const pages: Partial<Record<'en' | 'zh', Page>> = {};
	beforeAll(async () => {
		pages.en = await site.open('/');
		pages.zh = await site.open('/zh-cn/');
	});

	test('has at least 30 queries, about half of them Chinese', () => {
		expect(querySet.en.length + querySet.zh.length).toBeGreaterThanOrEqual(30);
		expect(querySet.zh.length).toBeGreaterThanOrEqual(Math.floor(querySet.en.length * 0.9));
	});

	for (const lang of ['en', 'zh'] as const) {
		for (const expectation of querySet[lang]) {
			test(`${lang}: “${expectation.query}”`, async () => {
				const results = await search(pages[lang]!, expectation.query);
				if (expectation.none) expect(results).toEqual([]);
				if (expectation.first) expect(results[0]).toBe(expectation.first);
				for (const url of expectation.top3 ?? []) expect(results.slice(0, 3)).toContain(url);
				for (const url of expectation.top5 ?? []) expect(results.slice(0, 5)).toContain(url);
				// One index per language: no result crosses into the other language.
				for (const url of results) expect(url.startsWith('/zh-cn/')).toBe(lang === 'zh');
			});
		}
	}
});

describe('search index', () => {
	test('segments Chinese words (the extended Pagefind binary is in use)', () => {
		const entry = JSON.parse(
			readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'),
		);
		const languages = Object.keys(entry.languages);
		expect(languages).toEqual(expect.arrayContaining(['en', 'zh-cn']));
	});

	test('filters list every model using VQGAN with no query text, in each language', async () => {
		const english = await search(await site.open('/'), null, { Component: ['VQGAN'] });
		expect(english).toEqual(
			expect.arrayContaining(['/models/chameleon/', '/models/lwm/', '/background/maskgit/']),
		);
		expect(
			english.every((url) => url.startsWith('/models/') || url.startsWith('/background/')),
		).toBe(true);
		const chinese = await search(await site.open('/zh-cn/'), null, { 组件: ['VQGAN'] });
		expect(chinese).toEqual(
			expect.arrayContaining(['/zh-cn/models/chameleon/', '/zh-cn/models/lwm/']),
		);
	});

	test('results deep-link to the heading that matches', async () => {
		const page = await site.open('/');
		const anchors: string[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const response = await pagefind.search('RingAttention');
			const data = await response.results[0].data();
			return data.sub_results.map((sub) => sub.url);
		})()`);
		expect(anchors.some((url) => /#[a-z0-9-]+$/.test(url))).toBe(true);
	});
});

describe('search dialog', () => {
	async function openDialog(pathname: string) {
		const page = await site.open(pathname);
		// Starlight creates the search UI when the browser is idle after load; on a busy CI machine
		// that can take a while, so wait for it (a reader would see a moment's delay) before opening.
		await page
			.locator('#starlight__search input.pagefind-ui__search-input')
			.waitFor({ state: 'attached', timeout: 90_000 });
		await page.locator('button[data-open-modal]').first().click();
		const panel = page.locator('.pagefind-ui__filter-panel');
		// Pagefind loads its index on the input's first focus; click into it as a reader would
		// if the dialog opened before the search UI had finished loading.
		if (
			!(await panel.waitFor({ timeout: 5_000 }).then(
				() => true,
				() => false,
			))
		) {
			await page.locator('input.pagefind-ui__search-input').click();
			await panel.waitFor();
		}
		return page;
	}

	test('speaks Chinese on Chinese pages: placeholder, result count and filter names', async () => {
		const page = await openDialog('/zh-cn/models/emu/');
		await expect(
			page.locator('input.pagefind-ui__search-input').getAttribute('placeholder'),
		).resolves.toBe('搜索');
		const filterNames = await page.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames).toEqual(expect.arrayContaining(['组件', '范式', '年份']));
		await page.locator('input.pagefind-ui__search-input').fill('自回归');
		const message = page.locator('.pagefind-ui__message');
		await expect
			.poll(() => message.textContent(), { timeout: 10_000 })
			.toMatch(/^找到 \d+ 条与 自回归 相关的结果$/);
	});

	test('speaks English on English pages', async () => {
		const page = await openDialog('/models/emu/');
		await page.locator('input.pagefind-ui__search-input').fill('VQGAN');
		await expect
			.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 })
			.toMatch(/results? for VQGAN/);
		const filterNames = await page.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames).toEqual(expect.arrayContaining(['Component', 'Paradigm', 'Year']));
	});

	test('lists every model using VQGAN from a filter alone, with no query text', async () => {
		const page = await openDialog('/zh-cn/');
		await page.locator('summary.pagefind-ui__filter-name', { hasText: '组件' }).click();
		await page.locator('input.pagefind-ui__filter-checkbox[value="VQGAN"]').check();
		const links = page.locator('.atlas-browse li a');
		await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(3);
		const hrefs = await links.evaluateAll((anchors) =>
			anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'/zh-cn/models/chameleon/',
				'/zh-cn/models/lwm/',
				'/zh-cn/background/maskgit/',
			]),
		);
		await expect(page.locator('.atlas-browse-heading').textContent()).resolves.toMatch(
			/^符合所选筛选条件的页面：?:? ?\d+ 个页面$/,
		);
	});
});
