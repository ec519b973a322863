import { describe, expect, test } from 'vitest';
import { formatCount, formatDate, interpolate, yearOf } from '../../src/lib/format';
import { labelWithTranslations } from '../../src/lib/translations';
import { itemStaticPaths, localeStaticPaths } from '../../src/lib/routes';
import { sidebarSlugs } from '../../src/lib/sidebar-slugs';
import { findBrokenLinks } from '../../src/checks/links';

describe('formatting', () => {
	test('numbers and dates follow the page language', () => {
		expect(formatCount(8192, 'en')).toBe('8,192');
		expect(formatDate('2023-07-11', 'en')).toBe('Jul 11, 2023');
		expect(formatDate('2023-07-11', 'zh-CN')).toBe('2023年7月11日');
		expect(yearOf('2023-07-11')).toBe(2023);
	});
	test('dates do not shift with the time zone', () => {
		expect(formatDate('2024-01-01', 'en')).toBe('Jan 1, 2024');
	});
	test('interpolate fills every placeholder', () => {
		expect(interpolate('{{from}} → {{to}}', { from: 'a', to: 'b' })).toBe('a → b');
	});
});

describe('config labels', () => {
	test('come from the UI dictionaries with translations', () => {
		expect(labelWithTranslations('k', { en: { k: 'Models' }, 'zh-CN': { k: '模型' } })).toEqual({
			label: 'Models',
			translations: { 'zh-CN': '模型' },
		});
	});
	test('fail loudly when a language lacks the string', () => {
		expect(() => labelWithTranslations('k', { en: { k: 'Models' }, 'zh-CN': {} })).toThrow(/zh-CN/);
	});
});

describe('routes', () => {
	test('one path per locale, English without prefix', () => {
		expect(localeStaticPaths(['root', 'zh-cn']).map((p) => p.params.locale)).toEqual([
			undefined,
			'zh-cn',
		]);
	});
	test('one tag page per component and locale', () => {
		const paths = itemStaticPaths(['root', 'zh-cn'], ['vqgan', 'eva-clip'], 'tag');
		expect(paths).toHaveLength(4);
		expect(paths[3]).toEqual({
			params: { locale: 'zh-cn', tag: 'eva-clip' },
			props: { locale: 'zh-cn', slug: 'eva-clip' },
		});
	});
});

test('sidebar lists a folder in natural order, skipping drafts and non-pages', () => {
	expect(
		sidebarSlugs(['emu3.mdx', 'emu10.mdx', 'emu.mdx', '_draft.mdx', 'a.txt'], 'models').map(
			(s) => s.slug,
		),
	).toEqual(['models/emu', 'models/emu3', 'models/emu10']);
});

describe('link check', () => {
	const page = (url: string, hrefs: string[], ids: string[] = []) => ({
		url,
		file: `dist${url}index.html`,
		hrefs,
		ids: new Set(ids),
	});
	test('passes links to pages, anchors and files that exist', () => {
		const pages = [
			page('/', [
				'/models/emu/',
				'/models/emu/#training',
				'/data/models.json',
				'https://arxiv.org/abs/2307.05222',
			]),
			page('/models/emu/', ['#training', '../../'], ['training']),
		];
		expect(findBrokenLinks(pages, (p) => p === '/data/models.json')).toEqual([]);
	});
	test('reports a missing page and a missing anchor, naming the page that links', () => {
		const pages = [page('/', ['/models/nope/', '/models/emu/#nope']), page('/models/emu/', [])];
		const problems = findBrokenLinks(pages, () => false);
		expect(problems.map((p) => [p.file, p.message.slice(0, 30)])).toEqual([
			['dist/index.html', 'links to /models/nope/, which '],
			['dist/index.html', 'links to /models/emu/#nope, bu'],
		]);
	});
	test('reports malformed external URLs', () => {
		expect(findBrokenLinks([page('/', ['https://exa mple.org'])], () => false)).toHaveLength(1);
	});
});

describe('content ids', () => {
	test('keep dots so versioned names publish at their own URL', async () => {
		const { contentId } = await import('../../src/lib/content-id');
		expect(contentId({ entry: 'models/emu3.5.mdx' })).toBe('models/emu3.5');
		expect(contentId({ entry: 'qwen2.5.yaml' })).toBe('qwen2.5');
	});
	test('let index files stand for their folder, matching Starlight', async () => {
		const { contentId } = await import('../../src/lib/content-id');
		expect(contentId({ entry: 'index.mdx' })).toBe('index');
		expect(contentId({ entry: 'zh-cn/index.mdx' })).toBe('zh-cn');
	});
});

describe('search weight of page titles', () => {
	const modelNames = ['Janus', 'Janus-Pro', 'JanusFlow', 'SEED', 'SEED-LLaMA', 'Chameleon'];
	test('puts model titles above component-page titles and leaves other pages alone', async () => {
		const { titleSearchWeight } = await import('../../src/lib/search-weight');
		const model =
			titleSearchWeight({ slug: 'models/chameleon', name: 'Chameleon', modelNames }) ?? 0;
		const tag = titleSearchWeight({ slug: 'tags/chameleon' }) ?? 7;
		expect(model).toBeGreaterThan(tag);
		expect(model).toBeLessThanOrEqual(10);
		expect(titleSearchWeight({ slug: 'overview' })).toBeUndefined();
	});
	test('gives the shorter family name the edge over names that extend it', async () => {
		const { titleSearchWeight } = await import('../../src/lib/search-weight');
		const weight = (name: string) => titleSearchWeight({ slug: 'models/x', name, modelNames }) ?? 0;
		expect(weight('Janus')).toBeGreaterThan(weight('Janus-Pro'));
		expect(weight('SEED')).toBeGreaterThan(weight('SEED-LLaMA'));
		expect(weight('JanusFlow')).toBe(weight('Janus'));
	});
});

describe('search aliases', () => {
	test('split a trailing version number the way readers type it', async () => {
		const { searchAliases } = await import('../../src/lib/search-aliases');
		expect(searchAliases('Emu3')).toEqual(['Emu 3']);
		expect(searchAliases('Emu3.5')).toEqual(['Emu 3.5']);
		expect(searchAliases('Janus')).toEqual([]);
		expect(searchAliases('Qwen2.5-Omni')).toEqual(['Qwen 2.5-Omni', 'Qwen2.5Omni']);
		expect(searchAliases('GLM-4-Voice')).toEqual(['GLM4Voice']);
	});
});

test('checked filter boxes become Pagefind filters, grouped by filter name', async () => {
	const { selectedFilters } = await import('../../src/lib/search-filters');
	expect(
		selectedFilters([
			{ name: '组件', value: 'VQGAN', checked: true },
			{ name: '组件', value: 'EVA-CLIP', checked: true },
			{ name: '年份', value: '2024', checked: false },
		]),
	).toEqual({ 组件: ['VQGAN', 'EVA-CLIP'] });
});

test('the sidebar groups models by paradigm in the vocabulary order, names sorted, no empty group', async () => {
	const { sidebarGroupsByParadigm } = await import('../../src/lib/sidebar-groups');
	const groups = sidebarGroupsByParadigm(
		[
			{ slug: 'emu2', paradigm: 'ar-semantic' },
			{ slug: 'moshi', paradigm: 'speech' },
			{ slug: 'emu', paradigm: 'ar-semantic' },
		],
		['ar-pixel', 'ar-semantic', 'speech'],
		'models',
	);
	expect(groups).toEqual([
		{ paradigm: 'ar-semantic', items: [{ slug: 'models/emu' }, { slug: 'models/emu2' }] },
		{ paradigm: 'speech', items: [{ slug: 'models/moshi' }] },
	]);
});
