import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from './site';

const site = useSite();

/** Every page URL in the sitemap. */
function sitemapPaths(): string[] {
	const index = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
}

describe('two languages, one slug tree', () => {
	test('every English page has a Chinese counterpart at the same path, and back', async () => {
		const paths = new Set(sitemapPaths());
		expect(paths.size).toBeGreaterThan(4);
		const orphans = [...paths].filter((p) => {
			const other = p.startsWith('/zh-cn/') ? p.slice('/zh-cn'.length) : `/zh-cn${p}`;
			return !paths.has(other);
		});
		expect(orphans).toEqual([]);
	});

	test('the language picker on a model page lands on the same model in Chinese and back', async () => {
		const page = await site.open('/models/emu/');
		await expect(page.locator('h1').textContent()).resolves.toContain('Emu');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
		await page.waitForURL('**/zh-cn/models/emu/');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL((url) => url.pathname === '/models/emu/');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
	});

	test('Chinese text renders with a CJK font, not missing-glyph boxes', async () => {
		const page = await site.open('/zh-cn/');
		const client = await page.context().newCDPSession(page);
		await client.send('DOM.enable');
		await client.send('CSS.enable');
		const { root } = await client.send('DOM.getDocument');
		const { nodeId } = await client.send('DOM.querySelector', {
			nodeId: root.nodeId,
			selector: '.sl-markdown-content > p:not([class])',
		});
		const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
		const cjk = fonts.filter((font) =>
			/CJK|Hei|Song|Noto Sans SC|WenQuanYi|Droid Sans Fallback/i.test(font.familyName),
		);
		expect(cjk.map((f) => f.glyphCount).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
	});

	test('the English and Chinese home pages each list Emu in their language', async () => {
		const english = await site.open('/');
		await expect(
			english.locator('table.model-list a[href="/models/emu/"]').textContent(),
		).resolves.toBe('Emu');
		const chinese = await site.open('/zh-cn/');
		await expect(
			chinese.locator('table.model-list a[href="/zh-cn/models/emu/"]').count(),
		).resolves.toBe(1);
		await expect(chinese.locator('h1').textContent()).resolves.toBe('全模态模型图谱');
	});

	test('UI chrome is translated on Chinese pages', async () => {
		const page = await site.open('/zh-cn/models/emu/');
		await expect(page.locator('.site-title').first().textContent()).resolves.toContain(
			'全模态模型图谱',
		);
		await expect(page.locator('#model-facts-heading').textContent()).resolves.toBe('基本信息');
		await expect(page.getByText('统一模型', { exact: true }).first().isVisible()).resolves.toBe(
			true,
		);
	});
});
