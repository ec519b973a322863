import { describe, expect, test } from 'vitest';
import { builtUponBy, findLineageCycle } from '../../src/lib/lineage';
import { componentsByKind, componentsByRole, usagesByComponent } from '../../src/lib/tags';
import { toModelPages } from '../../src/lib/pages';
import { localize, textLang } from '../../src/lib/translatable';
import { facts, modelPage } from './helpers';

describe('lineage', () => {
	test('inverts buildsOn into built-upon-by', () => {
		const result = builtUponBy([
			{ slug: 'emu', buildsOn: [] },
			{ slug: 'emu2', buildsOn: ['emu'] },
			{ slug: 'emu3', buildsOn: ['emu2', 'emu'] },
		]);
		expect(result.get('emu')).toEqual(['emu2', 'emu3']);
		expect(result.get('emu3')).toEqual([]);
	});
	test('finds a cycle and says where it is', () => {
		expect(
			findLineageCycle([
				{ slug: 'a', buildsOn: ['b'] },
				{ slug: 'b', buildsOn: ['a'] },
			]),
		).toEqual(['a', 'b', 'a']);
		expect(
			findLineageCycle([
				{ slug: 'a', buildsOn: [] },
				{ slug: 'b', buildsOn: ['a'] },
			]),
		).toBeUndefined();
	});
});

describe('tags', () => {
	test('list each model under every component it uses, oldest first, with role and year', () => {
		const emu = modelPage('emu', {
			date: '2023-07-11',
			components: [
				{ tag: 'eva-clip', role: 'understanding-encoder' },
				{ tag: 'stable-diffusion', role: 'image-decoder', spec: 'v1.5' },
			],
		});
		const seed = modelPage('seed', {
			date: '2023-07-16',
			paradigm: 'ar-semantic',
			components: [{ tag: 'stable-diffusion', role: 'image-decoder' }],
		});
		const usages = usagesByComponent([seed, emu]);
		expect(
			usages.get('stable-diffusion')?.map((u) => [u.model.slug, u.role, u.spec, u.year]),
		).toEqual([
			['emu', 'image-decoder', 'v1.5', 2023],
			['seed', 'image-decoder', undefined, 2023],
		]);
		expect(usages.get('eva-clip')).toHaveLength(1);
	});
	test('keep a component used in two roles twice', () => {
		const model = modelPage('m', {
			components: [
				{ tag: 'vqgan', role: 'visual-tokenizer' },
				{ tag: 'vqgan', role: 'image-decoder' },
			],
		});
		expect(
			usagesByComponent([model])
				.get('vqgan')
				?.map((u) => u.role),
		).toEqual(['visual-tokenizer', 'image-decoder']);
	});
	test('order chips by role along the pipeline, input side first', () => {
		const groups = componentsByRole([
			{ tag: 'sd', role: 'image-decoder' as const },
			{ tag: 'llama', role: 'backbone' as const },
			{ tag: 'eva', role: 'understanding-encoder' as const },
		]);
		expect(groups.map(([role]) => role)).toEqual([
			'understanding-encoder',
			'backbone',
			'image-decoder',
		]);
	});
	test('group the tag index by kind, names sorted, empty kinds left out', () => {
		const groups = componentsByKind([
			{ name: 'VQGAN', kind: 'tokenizer' as const },
			{ name: 'EVA-CLIP', kind: 'encoder' as const },
			{ name: 'CLIP', kind: 'encoder' as const },
		]);
		expect(groups.map(([kind, list]) => [kind, list.map((c) => c.name)])).toEqual([
			['encoder', ['CLIP', 'EVA-CLIP']],
			['tokenizer', ['VQGAN']],
		]);
	});
	test('show translated component names in their language, plain names everywhere', () => {
		const name = { en: 'Rectified flow', 'zh-CN': '整流' };
		expect(localize(name, 'zh-CN')).toBe('整流');
		expect(localize(name, 'en')).toBe('Rectified flow');
		expect(localize('EVA-CLIP', 'zh-CN')).toBe('EVA-CLIP');
	});
	test('mark English words that stay on a Chinese page', () => {
		expect(textLang('U-Net conditioned on 32 embeddings', 'zh-CN', 'en')).toBe('en');
		expect(textLang('13B', 'zh-CN', 'en')).toBeUndefined();
		expect(textLang('ViT-g/14', 'en', 'en')).toBeUndefined();
	});
});

describe('model pages', () => {
	test('join model-folder pages to their data by slug, in both languages', () => {
		const entry = (slug: string) => ({
			slug,
			filePath: `content/models/${slug}.yaml`,
			facts: facts(),
		});
		const pages = toModelPages(
			[
				{ id: 'models/emu', filePath: 'content/docs/models/emu.mdx', title: 'Emu' },
				{
					id: 'zh-cn/background/maskgit',
					filePath: 'content/docs/zh-cn/background/maskgit.mdx',
					title: 'MaskGIT',
				},
				{ id: 'overview', filePath: 'content/docs/overview.mdx', title: 'Overview' },
				{ id: 'models/notes', filePath: 'content/docs/models/notes.mdx', title: 'Notes' },
			],
			[entry('emu'), entry('maskgit'), entry('overview')],
		);
		expect(pages.map((p) => [p.locale, p.section, p.slug])).toEqual([
			['root', 'models', 'emu'],
			['zh-cn', 'background', 'maskgit'],
		]);
	});
});
