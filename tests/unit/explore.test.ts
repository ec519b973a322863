import { describe, expect, test } from 'vitest';
import { compareRows } from '../../src/lib/compare-rows';
import {
	compareSortKeys,
	parseCompareState,
	rowMatches,
	serializeCompareState,
} from '../../src/lib/compare-state';
import { exportModels, joinBibtex } from '../../src/lib/export-models';
import { feedItems } from '../../src/lib/feed-items';
import { lineageDiagram, lineageIsolates } from '../../src/lib/lineage-diagram';
import { periodOf, timelineGrid } from '../../src/lib/timeline';
import { modelsExportSchema } from '../../src/schemas/export';
import { modelPage } from './helpers';

const emu = modelPage('emu', {
	name: 'Emu',
	date: '2023-07-11',
	components: [
		{ tag: 'eva-clip', role: 'understanding-encoder', spec: 'ViT-g/14' },
		{ tag: 'llama', role: 'backbone', spec: '13B' },
		{ tag: 'stable-diffusion', role: 'image-decoder' },
	],
	imageTokens: [{ use: 'both', resolution: 224, tokens: 32 }],
});
const chameleon = modelPage('chameleon', {
	name: 'Chameleon',
	date: '2024-05-16',
	paradigm: 'ar-pixel',
	modalities: { input: ['text', 'image'], output: ['text', 'image'] },
	components: [{ tag: 'vqgan', role: 'visual-tokenizer' }],
	imageTokens: [{ use: 'both', resolution: 512, tokens: 1024, codebookSize: 8192 }],
	buildsOn: [],
});
const anole = modelPage('anole', { name: 'ANOLE', date: '2024-07-08', buildsOn: ['chameleon'] });

describe('comparison rows', () => {
	test('put each component in its column and mark continuous tokens', () => {
		const [row] = compareRows([emu]);
		expect(row?.understandingEncoders).toEqual([{ tag: 'eva-clip', spec: 'ViT-g/14' }]);
		expect(row?.backbones).toEqual([{ tag: 'llama', spec: '13B' }]);
		expect(row?.decoders.map((d) => d.tag)).toEqual(['stable-diffusion']);
		expect(row?.tokensPerImage).toBe(32);
		expect(row?.codebook).toBe('continuous');
	});
	test('give the codebook of discrete tokens, and nothing when the paper states none', () => {
		expect(compareRows([chameleon])[0]?.codebook).toBe(8192);
		expect(compareRows([anole])[0]?.codebook).toBeUndefined();
	});
});

describe('comparison view in the URL', () => {
	test('round-trips filters, sort and the side-by-side choice', () => {
		const query =
			'?paradigm=ar-pixel&component=vqgan&modality=video&audio=speaks&release=open-weights&cols=architecture,audio&sort=year&dir=desc&m=emu,emu2,emu3';
		expect(serializeCompareState(parseCompareState(query))).toBe(query);
	});
	test('keeps at most four models side by side and drops empty values', () => {
		const state = parseCompareState('?m=a,b,,c,d,e&paradigm=');
		expect(state.models).toEqual(['a', 'b', 'c', 'd']);
		expect(state.paradigm).toBeUndefined();
	});
	test('filters rows by paradigm, component, modality, speech and release together', () => {
		const row = {
			paradigm: 'ar-pixel',
			components: ['vqgan', 'llama-2'],
			modalities: ['text', 'image', 'video'],
			traits: ['hears', 'speaks', 'open-weights'],
		};
		expect(rowMatches(row, parseCompareState('?component=vqgan&modality=video'))).toBe(true);
		expect(rowMatches(row, parseCompareState('?component=vqgan&paradigm=diffusion'))).toBe(false);
		expect(rowMatches(row, parseCompareState('?audio=speaks&release=open-weights'))).toBe(true);
		expect(rowMatches(row, parseCompareState('?audio=full-duplex'))).toBe(false);
		expect(rowMatches(row, parseCompareState('?release=open-code'))).toBe(false);
	});
	test('derives traits from the facts: speaking needs a speech route, duplex must be stated', async () => {
		const { traitsOf } = await import('../../src/lib/model-traits');
		const release = {
			code: 'open' as const,
			weights: 'gated' as const,
			checkpoints: [],
			checked: '2026-12-01',
		};
		const modalities = {
			input: ['text' as const, 'audio' as const],
			output: ['text' as const, 'audio' as const],
		};
		expect(
			traitsOf({ modalities, release, speech: { output: 'interleaved', fullDuplex: true } }),
		).toEqual(['hears', 'speaks', 'full-duplex', 'open-code']);
		expect(traitsOf({ modalities, release, speech: undefined })).toEqual(['hears', 'open-code']);
	});
	test('sorts numbers as numbers, names naturally, blanks last', () => {
		expect(['1024', '256', '', '4096'].sort(compareSortKeys)).toEqual(['256', '1024', '4096', '']);
		expect(['Emu3', 'Emu10', 'emu2'].sort(compareSortKeys)).toEqual(['emu2', 'Emu3', 'Emu10']);
	});
});

describe('timeline', () => {
	test('lays models out by paradigm and half-year, with empty half-years kept', () => {
		const grid = timelineGrid([
			{ slug: 'emu', date: '2023-07-11', paradigm: 'ar-semantic' as const },
			{ slug: 'chameleon', date: '2024-05-16', paradigm: 'ar-pixel' as const },
			{ slug: 'lwm', date: '2024-02-13', paradigm: 'ar-pixel' as const },
		]);
		expect(grid.periods).toEqual(['2023-H2', '2024-H1']);
		expect(grid.rows.map((r) => r.paradigm)).toEqual(['ar-pixel', 'ar-semantic']);
		expect(grid.rows[0]?.cells[1]?.map((m) => m.slug)).toEqual(['lwm', 'chameleon']);
	});
	test('runs up to the present, so a quiet half-year shows as a gap rather than the end', () => {
		const grid = timelineGrid(
			[{ slug: 'emu', date: '2023-07-11', paradigm: 'ar-semantic' as const }],
			'2024-08-01',
		);
		expect(grid.periods).toEqual(['2023-H2', '2024-H1', '2024-H2']);
		expect(grid.rows[0]?.cells.map((cell) => cell.length)).toEqual([1, 0, 0]);
	});
	test('splits the year at the end of June', () => {
		expect(periodOf('2024-06-30')).toBe('2024-H1');
		expect(periodOf('2024-07-01')).toBe('2024-H2');
	});
});

describe('lineage graph', () => {
	const entries = [
		{ slug: 'chameleon', name: 'Chameleon', year: 2024, buildsOn: [], path: 'models/chameleon' },
		{ slug: 'anole', name: 'ANOLE', year: 2024, buildsOn: ['chameleon'], path: 'models/anole' },
		{ slug: 'emu3.5', name: 'Emu3.5', year: 2025, buildsOn: [], path: 'models/emu3.5' },
	];
	test('draws an edge per buildsOn, in the grammar’s model boxes linking to their pages', () => {
		const diagram = lineageDiagram(entries, { en: 'Lineage' });
		expect(diagram.edges).toEqual([{ from: 'm_chameleon', to: 'm_anole' }]);
		expect(diagram.nodes).toContainEqual({
			id: 'm_anole',
			kind: 'model',
			label: 'ANOLE (2024)',
			page: 'models/anole',
		});
		expect(diagram.nodes.map((n) => n.id)).not.toContain('m_emu3_5');
	});
	test('lists models without lineage separately', () => {
		expect(lineageIsolates(entries).map((m) => m.slug)).toEqual(['emu3.5']);
	});
});

describe('exports', () => {
	const context = {
		locales: [
			{ key: 'root' as const, lang: 'en' },
			{ key: 'zh-cn' as const, lang: 'zh-CN' },
		],
		urlOf: (path: string, locale: 'root' | 'zh-cn') =>
			`https://atlas.test${locale === 'root' ? '' : '/zh-cn'}/${path}/`,
		component: () => ({ name: 'X', kind: 'encoder' as const }),
		builtUponBy: (slug: string) => (slug === 'chameleon' ? ['anole'] : []),
		route: () => undefined,
	};
	test('models.json records pass their own schema and carry every language', () => {
		const chinese = { ...chameleon, locale: 'zh-cn' as const, title: '变色龙页面' };
		const models = exportModels([chameleon, chinese], context);
		expect(models).toHaveLength(1);
		const file = { version: 2, site: 'https://atlas.test/', license: 'CC BY 4.0', models };
		expect(modelsExportSchema.safeParse(file).success).toBe(true);
		expect(models[0]?.pages['zh-CN']).toEqual({
			url: 'https://atlas.test/zh-cn/models/chameleon/',
			title: '变色龙页面',
		});
		expect(models[0]?.builtUponBy).toEqual(['anole']);
	});
	test('references.bib lists entries oldest first, separated by blank lines', () => {
		expect(
			joinBibtex([
				{ date: '2024-01-01', bibtex: '@b{b}' },
				{ date: '2023-01-01', bibtex: '@a{a}\n' },
			]),
		).toBe('@a{a}\n\n@b{b}\n');
	});
	test('the feed lists the newest change first, revisions included', () => {
		const revised = modelPage('old', { added: '2026-01-01', revised: '2026-11-01' });
		const fresh = modelPage('new', { added: '2026-06-01' });
		expect(feedItems([fresh, revised], (p) => p).map((i) => i.path)).toEqual([
			'models/old',
			'models/new',
		]);
	});
});
