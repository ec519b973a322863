import { describe, expect, test } from 'vitest';
import { findPermalinkConflicts } from '../../src/checks/permalinks';
import { bibtexAuthors, bibtexField } from '../../src/lib/bibtex';
import { citationMeta } from '../../src/lib/citation-meta';
import { presetQuery, valuesDiffer } from '../../src/lib/compare-state';
import { shorten } from '../../src/lib/og/card';
import { parseFontSubsets, subsetsFor } from '../../src/lib/og/font-subsets';
import { ogImagePath } from '../../src/lib/og/image-path';
import { pageCitation } from '../../src/lib/page-citation';
import { permalinks } from '../../src/lib/permalinks';
import { facts, modelPage } from './helpers';

const emu = modelPage('emu', { name: 'Emu', arxiv: '2307.05222', aliases: ['emu1'] });

describe('permalinks', () => {
	test('an arXiv id and every alias lead to the model page', () => {
		expect(permalinks([emu]).map(({ from, to }) => [from, to])).toEqual([
			['arxiv/2307.05222', 'models/emu'],
			['models/emu1', 'models/emu'],
		]);
	});
	test('a model without an arXiv paper has no arXiv permalink', () => {
		const gpt4o = modelPage('gpt-4o', { arxiv: undefined, paperKind: 'system-card' });
		expect(permalinks([gpt4o])).toEqual([]);
	});
	test('two models with one arXiv id fail, naming the second file and the first', () => {
		const copy = modelPage('emu-copy', { arxiv: '2307.05222' });
		expect(findPermalinkConflicts([emu, copy])).toEqual([
			expect.objectContaining({
				file: 'content/models/emu-copy.yaml',
				field: 'arxiv',
				message: expect.stringContaining('content/models/emu.yaml'),
			}),
		]);
	});
	test("an alias may not be another model's slug", () => {
		const emu2 = modelPage('emu2', { arxiv: '2312.13286' });
		const wrong = modelPage('emu3', { arxiv: '2409.18869', aliases: ['emu2'] });
		expect(findPermalinkConflicts([emu2, wrong])).toEqual([
			expect.objectContaining({ file: 'content/models/emu3.yaml', field: 'aliases' }),
		]);
	});
});

describe('citation metadata', () => {
	const bibtex =
		'@article{sun2023emu,\n  title={Generative Pretraining in {M}ultimodality},\n  author={Sun, Quan and Yu, Qiying and {BAAI} and others},\n  year={2023}\n}';
	test('BibTeX fields keep inner braces, and authors split on "and"', () => {
		expect(bibtexField(bibtex, 'title')).toBe('Generative Pretraining in {M}ultimodality');
		expect(bibtexField(bibtex, 'year')).toBe('2023');
		expect(bibtexField(bibtex, 'journal')).toBeUndefined();
		expect(bibtexAuthors(bibtex)).toEqual(['Sun, Quan', 'Yu, Qiying', 'BAAI']);
	});
	test('an arXiv paper gets the tags arxiv.org publishes: title, authors, date, id, PDF', () => {
		const tags = citationMeta(
			facts({
				paperTitle: 'Generative Pretraining in Multimodality',
				bibtex,
				date: '2023-07-11',
				arxiv: '2307.05222',
			}),
		);
		expect(tags).toEqual([
			['citation_title', 'Generative Pretraining in Multimodality'],
			['citation_author', 'Sun, Quan'],
			['citation_author', 'Yu, Qiying'],
			['citation_author', 'BAAI'],
			['citation_date', '2023/07/11'],
			['citation_arxiv_id', '2307.05222'],
			['citation_pdf_url', 'https://arxiv.org/pdf/2307.05222'],
			['citation_abstract_html_url', 'https://arxiv.org/abs/2401.00001'],
		]);
	});
	test('a report without arXiv names its institution instead', () => {
		const tags = citationMeta(
			facts({ arxiv: undefined, paperKind: 'technical-report', organisations: ['OpenBMB'] }),
		);
		expect(tags).toContainEqual(['citation_technical_report_institution', 'OpenBMB']);
		expect(tags.some(([name]) => name === 'citation_pdf_url')).toBe(false);
	});
	test('"cite this page" pins the page URL and the checked date', () => {
		const entry = pageCitation({
			name: 'Emu',
			site: 'Omni-Modal Atlas',
			url: 'https://x.org/models/emu/',
			checked: '2026-12-01',
			slug: 'emu',
		});
		expect(entry).toMatch(/^@misc\{atlas-emu,/);
		expect(bibtexField(entry, 'url')).toBe('https://x.org/models/emu/');
		expect(bibtexField(entry, 'urldate')).toBe('2026-12-01');
	});
});

describe('compare views', () => {
	test('a preset is a shareable query with filters, column groups and sort', () => {
		expect(
			presetQuery({
				release: 'open-weights',
				columns: ['architecture', 'openness'],
				sort: 'year',
				descending: true,
			}),
		).toBe('?release=open-weights&cols=architecture,openness&sort=year&dir=desc');
		expect(presetQuery({})).toBe('');
	});
	test('differences ignore spacing but count unknowns', () => {
		expect(valuesDiffer(['LLaMA  13B', 'LLaMA 13B'])).toBe(false);
		expect(valuesDiffer(['—', '8,192'])).toBe(true);
	});
});

describe('link-preview images', () => {
	test('model and component pages have their own image per language; others share the site image', () => {
		expect(ogImagePath('models/emu', 'root', true)).toBe('/og/models/emu.png');
		expect(ogImagePath('tags/vqgan', 'zh-cn', true)).toBe('/og/zh-cn/tags/vqgan.png');
		expect(ogImagePath('compare', 'zh-cn', false)).toBe('/og/zh-cn/site.png');
	});
	test('only the font subsets a text needs are loaded', () => {
		const subsets = parseFontSubsets(
			"@font-face { src: url(./files/cjk.woff2) format('woff2'), url(./files/cjk.woff) format('woff'); unicode-range: U+4e00-9fff; }\n" +
				"@font-face { src: url(./files/latin.woff2) format('woff2'), url(./files/latin.woff) format('woff'); unicode-range: U+0000-00ff,U+2192; }",
		);
		expect(subsets).toEqual([
			{ file: './files/cjk.woff', ranges: [[0x4e00, 0x9fff]] },
			{
				file: './files/latin.woff',
				ranges: [
					[0, 0xff],
					[0x2192, 0x2192],
				],
			},
		]);
		expect(subsetsFor('Emu', subsets).map((s) => s.file)).toEqual(['./files/latin.woff']);
		expect(subsetsFor('视觉 →', subsets)).toHaveLength(2);
	});
	test('long texts are shortened with an ellipsis, at a word in English and a character in Chinese', () => {
		expect(shorten('A unified model that reads and writes images', 20)).toBe('A unified model…');
		expect(shorten('统一理解与生成的模型', 6)).toBe('统一理解与…');
		expect(shorten('short', 20)).toBe('short');
	});
});

describe('JSON Schema exports', () => {
	test('carry the public $id under the site and the title, as schema JSON', async () => {
		const { z } = await import('astro/zod');
		const { jsonSchemaResponse } = await import('../../src/lib/json-schema-response');
		const response = jsonSchemaResponse(z.object({ version: z.literal(1) }), {
			path: '/data/x.schema.json',
			title: 'X',
			site: new URL('https://atlas.example/'),
		});
		expect(response.headers.get('content-type')).toBe('application/schema+json');
		const body = (await response.json()) as Record<string, unknown>;
		expect(body['$id']).toBe('https://atlas.example/data/x.schema.json');
		expect(body['title']).toBe('X');
		expect(body['properties']).toEqual({ version: expect.objectContaining({ const: 1 }) });
	});
});
