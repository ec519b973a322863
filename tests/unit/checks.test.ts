import { describe, expect, test } from 'vitest';
import { findMissingTranslations } from '../../src/lib/check-locale-pairs';
import { findFactsDrift } from '../../src/lib/check-facts-drift';
import { findBrokenReferences, findUnusedComponents } from '../../src/lib/check-references';
import { findDuplicateSlugs } from '../../src/lib/check-duplicate-slugs';
import { formatProblems } from '../../src/lib/content-problems';
import { modelPage } from './helpers';

const evaClip = { slug: 'eva-clip', filePath: 'content/components/eva-clip.yaml', related: [] };

describe('missing translations', () => {
	const page = (id: string) => ({ id, filePath: `content/docs/${id}.mdx`, title: id });
	test('pass when every page exists in both languages', () => {
		expect(
			findMissingTranslations([page('models/emu'), page('zh-cn/models/emu')], ['root', 'zh-cn']),
		).toEqual([]);
	});
	test('name the file and the counterpart to add', () => {
		const [problem, ...rest] = findMissingTranslations(
			[page('models/emu'), page('zh-cn/models/emu2')],
			['root', 'zh-cn'],
		);
		expect(rest).toHaveLength(1);
		expect(problem?.file).toBe('content/docs/models/emu.mdx');
		expect(problem?.message).toContain('content/docs/zh-cn/models/emu.mdx');
	});
	test('pair the two home pages, whose ids differ', () => {
		expect(findMissingTranslations([page('index'), page('zh-cn')], ['root', 'zh-cn'])).toEqual([]);
	});
});

describe('references', () => {
	test('report an unknown component with its field and a suggestion', () => {
		const emu = modelPage('emu', {
			components: [{ tag: 'evaclip', role: 'understanding-encoder' }],
		});
		const [problem] = findBrokenReferences([emu], [evaClip]);
		expect(problem).toMatchObject({
			file: 'content/docs/models/emu.mdx',
			field: 'model.components[0].tag',
		});
		expect(problem?.message).toContain('did you mean "eva-clip"');
	});
	test('report buildsOn pointing to a model that has no page', () => {
		const [problem] = findBrokenReferences([modelPage('emu2', { buildsOn: ['emu'] })], [evaClip]);
		expect(problem?.field).toBe('model.buildsOn[0]');
	});
	test('accept lineage between existing models', () => {
		expect(
			findBrokenReferences([modelPage('emu'), modelPage('emu2', { buildsOn: ['emu'] })], [evaClip]),
		).toEqual([]);
	});
	test('report a component that points to an unknown relative', () => {
		const [problem] = findBrokenReferences(
			[modelPage('emu')],
			[{ ...evaClip, related: ['eva-03'] }],
		);
		expect(problem).toMatchObject({
			file: 'content/components/eva-clip.yaml',
			field: 'related[0]',
		});
	});
	test('report components no model uses', () => {
		const unused = { slug: 'vqgan', filePath: 'content/components/vqgan.yaml', related: [] };
		expect(findUnusedComponents([modelPage('emu')], [evaClip, unused]).map((p) => p.file)).toEqual([
			unused.filePath,
		]);
	});
});

describe('facts drift between languages', () => {
	test('passes when both languages agree', () => {
		expect(findFactsDrift([modelPage('emu'), modelPage('emu', {}, 'zh-cn')])).toEqual([]);
	});
	test('names the translated file and the field that differs', () => {
		const [problem] = findFactsDrift([
			modelPage('emu'),
			modelPage('emu', { arxiv: '2401.00002' }, 'zh-cn'),
		]);
		expect(problem).toMatchObject({
			file: 'content/docs/zh-cn/models/emu.mdx',
			field: 'model.arxiv',
		});
	});
});

describe('duplicate slugs', () => {
	test('catch two files for one URL', () => {
		const problems = findDuplicateSlugs(
			['models/emu.md', 'models/emu.mdx', 'models/emu2.mdx'],
			'content/docs',
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toContain('models/emu');
	});
	test('catch a folder index that collides with a file', () => {
		expect(
			findDuplicateSlugs(['models/emu.mdx', 'models/emu/index.mdx'], 'content/docs'),
		).toHaveLength(1);
	});
});

test('problems print one per line, sorted by file', () => {
	const text = formatProblems([
		{ file: 'b.mdx', field: 'model.x', message: 'two' },
		{ file: 'a.mdx', field: 'model.y', message: 'one' },
	]);
	expect(text).toBe('a.mdx → model.y: one\nb.mdx → model.x: two');
});

describe('model page completeness', () => {
	test('reports a missing diagram, sources, cite and lineage, naming the file', async () => {
		const { findIncompleteModelPages } = await import('../../src/lib/check-model-pages');
		const complete =
			'```mermaid caption="x"\nflowchart TD\n a --> b\n```\n<Lineage />\n<Sources />\n<Cite />';
		expect(findIncompleteModelPages([{ filePath: 'a.mdx', body: complete }])).toEqual([]);
		const problems = findIncompleteModelPages([{ filePath: 'b.mdx', body: '## TL;DR' }]);
		expect(problems.map((p) => p.message.split(':')[0])).toEqual([
			'has no ```mermaid pipeline diagram',
			'does not show its sources',
			'has no BibTeX cite block',
			'does not show its lineage',
		]);
		expect(problems.every((p) => p.file === 'b.mdx')).toBe(true);
	});
});
