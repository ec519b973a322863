import { describe, expect, test } from 'vitest';
import { useSite } from './site';

const site = useSite();

describe('component tag pages', () => {
	test('/tags/eva-clip/ lists Emu with its role', async () => {
		const page = await site.open('/tags/eva-clip/');
		const row = page.locator('table.tag-usage tr', { has: page.locator('a[href="/models/emu/"]') });
		await expect(row.count()).resolves.toBe(1);
		await expect(row.textContent()).resolves.toContain('Understanding encoder');
	});

	test('the Chinese tag page lists the Chinese Emu page, in Chinese', async () => {
		const page = await site.open('/zh-cn/tags/eva-clip/');
		const row = page.locator('table.tag-usage tr', {
			has: page.locator('a[href="/zh-cn/models/emu/"]'),
		});
		await expect(row.textContent()).resolves.toContain('理解编码器');
		await expect(page.locator('table.tag-usage a[href^="/models/"]').count()).resolves.toBe(0);
	});

	test('a chip on the Emu page leads to its tag page, and the tag page leads back', async () => {
		const page = await site.open('/models/emu/');
		await page.locator('.component-chips a.chip[href="/tags/eva-clip/"]').click();
		await page.waitForURL('**/tags/eva-clip/');
		await page.locator('table.tag-usage a[href="/models/emu/"]').click();
		await page.waitForURL('**/models/emu/');
	});

	test('the language picker keeps the reader on the same tag', async () => {
		const page = await site.open('/tags/eva-clip/');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
		await page.waitForURL('**/zh-cn/tags/eva-clip/');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
	});

	test('the tag index groups components by kind with counts, and every tag page lists at least one model', async () => {
		const page = await site.open('/tags/');
		const kinds = await page.locator('.sl-markdown-content h2').allTextContents();
		expect(kinds).toEqual(expect.arrayContaining(['Encoders', 'Backbones', 'Decoders']));
		const links = await page
			.locator('ul.tag-index a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(5);
		const counts = await page.locator('ul.tag-index .tag-count').allTextContents();
		expect(counts.every((text) => /^[1-9]\d* models?$/.test(text))).toBe(true);
	});
});
