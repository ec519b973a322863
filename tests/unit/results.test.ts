import { describe, expect, test } from 'vitest';
import { findResultProblems } from '../../src/checks/results';
import {
	bestSoFar,
	headlineResult,
	leaderboards,
	type RankedResult,
} from '../../src/lib/leaderboard';
import { describeSetting, mainSetting, settingKey } from '../../src/lib/results';
import { resultsChart } from '../../src/lib/results-chart';
import type { Benchmark } from '../../src/schemas/benchmark';
import { modelResultsSchema, type ResultRecord } from '../../src/schemas/result';

const geneval: Benchmark = {
	name: 'GenEval',
	kind: 'generation',
	measures: { en: 'm', 'zh-CN': 'm' },
	metric: { en: 'm', 'zh-CN': 'm' },
	reading: { en: 'r', 'zh-CN': 'r' },
	range: [0, 1],
	higherIsBetter: true,
	link: 'https://github.com/djghosh13/geneval',
};
const benchmarks = new Map([['geneval', geneval]]);
const record = (overrides: Partial<ResultRecord> = {}): ResultRecord => ({
	benchmark: 'geneval',
	variant: 'BAGEL',
	setting: {},
	value: '0.82',
	source: { url: 'https://arxiv.org/abs/2505.14683', kind: 'paper-table', where: 'Table 4' },
	secondary: false,
	checked: '2026-12-01',
	...overrides,
});
const file = (results: ResultRecord[]) => [
	{ file: 'content/results/bagel.yaml', model: 'bagel', results },
];

describe('results records', () => {
	test('keep the value as printed, and refuse a reformatted or unsourced one', () => {
		const base = { benchmark: 'geneval', variant: 'X', value: '81.60', checked: '2026-12-01' };
		const source = { url: 'https://arxiv.org/abs/2505.09568', kind: 'paper-table' };
		expect(modelResultsSchema.parse({ results: [{ ...base, source }] }).results[0]?.value).toBe(
			'81.60',
		);
		expect(
			modelResultsSchema.safeParse({ results: [{ ...base, source, value: '81.6%' }] }).success,
		).toBe(false);
		expect(modelResultsSchema.safeParse({ results: [base] }).error?.issues[0]?.path).toEqual([
			'results',
			0,
			'source',
		]);
	});
	test('refuse a setting outside the vocabulary, naming the key', () => {
		const result = modelResultsSchema.safeParse({
			results: [{ ...record(), setting: { temperature: 0 } }],
		});
		expect(result.error?.issues[0]?.path).toEqual(['results', 0, 'setting']);
	});
	test('an unknown benchmark and a value outside the range fail at their field', () => {
		expect(findResultProblems(file([record({ benchmark: 'magic-bench' })]), benchmarks)).toEqual([
			expect.objectContaining({ field: 'results.0.benchmark' }),
		]);
		expect(findResultProblems(file([record({ value: '82' })]), benchmarks)).toEqual([
			expect.objectContaining({
				field: 'results.0.value',
				message: expect.stringContaining('0–1'),
			}),
		]);
	});
	test('one source may not print two values for the same variant and setting; two sources may', () => {
		const readme = { url: 'https://github.com/ByteDance-Seed/Bagel', kind: 'readme' as const };
		expect(findResultProblems(file([record(), record({ value: '0.80' })]), benchmarks)).toEqual([
			expect.objectContaining({
				field: 'results.1.value',
				message: expect.stringContaining('results.0'),
			}),
		]);
		expect(
			findResultProblems(file([record(), record({ value: '0.80', source: readme })]), benchmarks),
		).toEqual([]);
		expect(
			findResultProblems(
				file([record(), record({ value: '0.88', setting: { promptRewriting: true } })]),
				benchmarks,
			),
		).toEqual([]);
	});
});

describe('leaderboards', () => {
	const ranked = (
		model: string,
		value: string,
		date: string,
		overrides: Partial<ResultRecord> = {},
	): RankedResult => ({
		...record({ value, ...overrides }),
		model,
		name: model,
		date,
	});
	test('keep each setting apart and rank best first', () => {
		const boards = leaderboards(
			[
				ranked('janus-pro', '0.80', '2025-01-29'),
				ranked('bagel', '0.82', '2025-05-20'),
				ranked('bagel', '0.88', '2025-05-20', { setting: { promptRewriting: true } }),
			],
			true,
		);
		expect(boards.map((b) => b.key)).toEqual(['', 'promptRewriting=true']);
		expect(boards[0]?.entries.map((e) => e.model)).toEqual(['bagel', 'janus-pro']);
	});
	test('rank error rates lowest first', () => {
		const boards = leaderboards(
			[ranked('a', '2.4', '2024-01-01'), ranked('b', '1.6', '2025-01-01')],
			false,
		);
		expect(boards[0]?.entries.map((e) => e.model)).toEqual(['b', 'a']);
	});
	test('the best-so-far line only moves when a model beats it', () => {
		const points = [
			{ date: '2024-01-01', value: 0.5 },
			{ date: '2024-06-01', value: 0.4 },
			{ date: '2025-01-01', value: 0.8 },
		];
		expect(bestSoFar(points, true).map((p) => p.value)).toEqual([0.5, 0.8]);
		expect(bestSoFar(points, false).map((p) => p.value)).toEqual([0.5, 0.4]);
	});
	test("the compare table shows the best plain score from the model's own sources", () => {
		const results = [
			record({ value: '0.82' }),
			record({ value: '0.88', setting: { promptRewriting: true } }),
			record({ value: '0.90', secondary: true }),
		];
		expect(headlineResult(results, true)?.value).toBe('0.82');
		expect(headlineResult([record({ value: '0.70', secondary: true })], true)?.value).toBe('0.70');
		expect(headlineResult([], true)).toBeUndefined();
	});
	test("a benchmark's main setting is the one most of its results share", () => {
		expect(
			mainSetting([{ setting: {} }, { setting: {} }, { setting: { promptRewriting: true } }])?.key,
		).toBe('');
		expect(
			mainSetting([
				{ setting: { split: 'test-clean' } },
				{ setting: { split: 'test-clean' } },
				{ setting: { split: 'test-other' } },
			])?.key,
		).toBe('split=test-clean');
		expect(mainSetting([])).toBeUndefined();
	});
	test('settings have a stable key and read as words', () => {
		expect(settingKey({ promptRewriting: true, split: 'val' })).toBe(
			'split=val;promptRewriting=true',
		);
		const t = (key: string, values?: Record<string, string | number>) =>
			`${key}${values ? `(${values['value']})` : ''}`;
		expect(describeSetting({ split: 'val', promptRewriting: true }, t)).toBe(
			'results.setting.split(val) · results.setting.promptRewriting.yes',
		);
		expect(describeSetting({}, t)).toBe('results.setting.standard');
	});
	test('the chart is an SVG with one linked dot per score, better up whatever the direction', () => {
		const svg = resultsChart({
			points: [
				{ date: '2024-01-01', value: 2.5, label: 'a: 2.5', href: '/models/a/' },
				{ date: '2025-01-01', value: 1.5, label: 'b: 1.5', href: '/models/b/' },
			],
			higherIsBetter: false,
			title: 'WER',
		});
		expect(svg).toMatch(/^<svg [^>]*class="results-chart"[^>]*><title>WER<\/title>/);
		expect(svg.match(/<circle /g)).toHaveLength(2);
		const cy = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(cy[1]!).toBeLessThan(cy[0]!);
		expect(svg).toContain('href="/models/b/"');
	});
});
