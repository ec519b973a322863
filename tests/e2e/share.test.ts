import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from './site';

const site = useSite();
const readDist = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
interface ExportedModel {
	slug: string;
	name: string;
	arxiv?: string;
	paperTitle: string;
	checked: string;
	pages: Record<string, { url: string }>;
}
const models = (JSON.parse(readDist('data/models.json')) as { models: ExportedModel[] }).models;
const pathOf = (url: string) => new URL(url).pathname;

describe('permalinks by arXiv id', () => {
	test('/arxiv/<id>/ and /zh-cn/arxiv/<id>/ lead every model with a paper to its own page', () => {
		const withArxiv = models.filter((m) => m.arxiv);
		expect(withArxiv.length).toBeGreaterThan(models.length * 0.8);
		for (const model of withArxiv) {
			for (const [prefix, lang] of [
				['', 'en'],
				['zh-cn/', 'zh-CN'],
			] as const) {
				const { document } = new JSDOM(readDist(`${prefix}arxiv/${model.arxiv}/index.html`)).window;
				const target = pathOf(model.pages[lang]!.url);
				const refresh = document
					.querySelector('meta[http-equiv="refresh"]')
					?.getAttribute('content');
				expect(refresh, `${prefix}arxiv/${model.arxiv}`).toBe(`0;url=${target}`);
				expect(pathOf(document.querySelector('link[rel=canonical]')!.getAttribute('href')!)).toBe(
					target,
				);
				expect(document.querySelector(`body a[href="${target}"]`)?.textContent).toBe(model.name);
				expect(document.documentElement.lang).toBe(lang);
			}
		}
	});

	test('a browser that opens an arXiv permalink lands on the page, in its language', async () => {
		const page = await site.open('/zh-cn/arxiv/2405.09818/');
		await page.waitForURL(/\/zh-cn\/models\/chameleon\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('Chameleon');
	});

	test('an alias (a former or common slug) leads to the model', async () => {
		const page = await site.open('/models/emu1/');
		await page.waitForURL(/\/models\/emu\/$/);
	});
});

describe('citing', () => {
	test('every model page carries citation_* metadata for its paper, as reference managers read it', () => {
		for (const model of models) {
			for (const lang of ['en', 'zh-CN']) {
				const file = `${pathOf(model.pages[lang]!.url).slice(1)}index.html`;
				const { document } = new JSDOM(readDist(file)).window;
				const meta = (name: string) =>
					[...document.querySelectorAll(`meta[name="${name}"]`)].map((m) =>
						m.getAttribute('content'),
					);
				expect(meta('citation_title'), file).toEqual([model.paperTitle]);
				expect(meta('citation_author').length, file).toBeGreaterThan(0);
				expect(meta('citation_date')[0], file).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
				if (model.arxiv)
					expect(meta('citation_pdf_url'), file).toEqual([`https://arxiv.org/pdf/${model.arxiv}`]);
			}
		}
	});

	test('"Cite this page" names the page\'s own URL and the date its facts were checked', async () => {
		const emu = models.find((m) => m.slug === 'emu')!;
		const page = await site.open('/zh-cn/models/emu/');
		const citation = page.locator('.citations');
		await expect(citation.locator('.cite-page-text a').getAttribute('href')).resolves.toBe(
			emu.pages['zh-CN']!.url,
		);
		const bibtex = await citation.locator('pre').nth(1).textContent();
		expect(bibtex).toContain(`url = {${emu.pages['zh-CN']!.url}}`);
		expect(bibtex).toContain(`urldate = {${emu.checked}}`);
	});
});

describe('link previews', () => {
	const pngSize = (file: string) => {
		const png = readFileSync(path.join(distDir, file));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
	};
	const sitemapPages = () =>
		[...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));

	test('every page names a 1200×630 og:image that exists, with its size, alt text and twitter:image', () => {
		const pages = sitemapPages();
		expect(pages.length).toBeGreaterThan(models.length * 2);
		for (const page of pages) {
			const { document } = new JSDOM(readDist(`${page.slice(1)}index.html`)).window;
			const property = (name: string) =>
				document.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
			const image = property('og:image');
			expect(image, page).toBeTruthy();
			expect(
				document.querySelector('meta[name="twitter:image"]')?.getAttribute('content'),
				page,
			).toBe(image);
			expect([property('og:image:width'), property('og:image:height')], page).toEqual([
				'1200',
				'630',
			]);
			expect(property('og:image:alt'), page).toBeTruthy();
			expect(pngSize(pathOf(image!).slice(1)), page).toEqual({ width: 1200, height: 630 });
		}
	});

	test('each model page has its own image in its own language; other pages share the site image', () => {
		const imageOf = (page: string) =>
			new JSDOM(readDist(`${page.slice(1)}index.html`)).window.document
				.querySelector('meta[property="og:image"]')!
				.getAttribute('content')!;
		const emu = models.find((m) => m.slug === 'emu')!;
		expect(pathOf(imageOf(pathOf(emu.pages['en']!.url)))).toBe('/og/models/emu.png');
		expect(pathOf(imageOf(pathOf(emu.pages['zh-CN']!.url)))).toBe('/og/zh-cn/models/emu.png');
		expect(pathOf(imageOf('/zh-cn/tags/vqgan/'))).toBe('/og/zh-cn/tags/vqgan.png');
		expect(pathOf(imageOf('/benchmarks/geneval/'))).toBe('/og/benchmarks/geneval.png');
		expect(pathOf(imageOf('/timeline/'))).toBe('/og/site.png');
		expect(pathOf(imageOf('/zh-cn/compare/'))).toBe('/og/zh-cn/site.png');
		const images = new Set(models.map((m) => pathOf(imageOf(pathOf(m.pages['zh-CN']!.url)))));
		expect(images.size).toBe(models.length);
	});
});
