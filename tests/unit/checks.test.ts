import { describe, expect, test } from 'vitest';
import { findMissingTranslations } from '../../src/checks/locale-pairs';
import { findBrokenReferences, findUnusedComponents } from '../../src/checks/references';
import { findDuplicateSlugs } from '../../src/checks/duplicate-slugs';
import { formatProblems } from '../../src/checks/content-problems';
import { findUnjoinedModels } from '../../src/checks/model-entries';
import { findDiagramComponentMismatches } from '../../src/checks/diagram-components';
import { findCrossLanguageLinks } from '../../src/checks/same-language-links';
import { findHandWrittenDiagrams, findIncompleteModelPages } from '../../src/checks/model-pages';
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
			file: 'content/models/emu.yaml',
			field: 'components[0].tag',
		});
		expect(problem?.message).toContain('did you mean "eva-clip"');
	});
	test('report buildsOn pointing to a model that has no page', () => {
		const [problem] = findBrokenReferences([modelPage('emu2', { buildsOn: ['emu'] })], [evaClip]);
		expect(problem?.field).toBe('buildsOn[0]');
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

describe('data joined to prose', () => {
	const entry = { slug: 'emu', filePath: 'content/models/emu.yaml' };
	const prose = (locale: 'root' | 'zh-cn') => ({
		slug: 'emu',
		locale,
		path: 'models/emu',
		filePath: `content/docs/${locale === 'root' ? '' : 'zh-cn/'}models/emu.mdx`,
	});
	test('passes when the data has a page in every language', () => {
		expect(
			findUnjoinedModels(
				[entry],
				[prose('root'), prose('zh-cn')],
				['root', 'zh-cn'],
				'content/docs',
			),
		).toEqual([]);
	});
	test('names the data file and the page to add when a language is missing', () => {
		const [problem] = findUnjoinedModels(
			[entry],
			[prose('root')],
			['root', 'zh-cn'],
			'content/docs',
		);
		expect(problem?.file).toBe('content/models/emu.yaml');
		expect(problem?.message).toContain('content/docs/zh-cn/models/emu.mdx');
	});
	test('names a page that has no data', () => {
		const [problem] = findUnjoinedModels([], [prose('zh-cn')], ['root', 'zh-cn'], 'content/docs');
		expect(problem?.file).toBe('content/docs/zh-cn/models/emu.mdx');
		expect(problem?.message).toContain('content/models/emu.yaml');
	});
});

describe('components and diagram boxes', () => {
	const nodes = [
		{ id: 'enc', kind: 'encoder' as const, label: 'EVA-CLIP', component: 'eva-clip' },
		{ id: 'x', kind: 'decoder' as const, label: 'SD', component: 'stable-diffusion' },
	];
	test('report a listed component with no box, and a box whose component is not listed', () => {
		const problems = findDiagramComponentMismatches([
			{
				filePath: 'content/models/emu.yaml',
				components: [
					{ tag: 'eva-clip', role: 'understanding-encoder' },
					{ tag: 'llama', role: 'backbone' },
					{ tag: 'rectified-flow', role: 'training-technique' },
				],
				nodes,
			},
		]);
		expect(problems.map((p) => p.field)).toEqual([
			'components[1].tag',
			'pipeline.nodes[1].component',
		]);
	});
});

describe('links in prose', () => {
	test('report a Chinese page linking to an English page, with the corrected path', () => {
		const [problem, ...rest] = findCrossLanguageLinks([
			{
				filePath: 'content/docs/zh-cn/models/emu.mdx',
				locale: 'zh-cn',
				body: '见 [Emu2](/models/emu2/) 与 [Emu3](/zh-cn/models/emu3/#训练)，数据 [JSON](/data/models.json)。',
			},
		]);
		expect(rest).toEqual([]);
		expect(problem?.message).toBe('links to the root page /models/emu2/: use /zh-cn/models/emu2/');
	});
	test('report an English page linking to a Chinese page', () => {
		const [problem] = findCrossLanguageLinks([
			{
				filePath: 'content/docs/models/emu.mdx',
				locale: 'root',
				body: '[x](/zh-cn/tags/vqgan/#a)',
			},
		]);
		expect(problem?.message).toContain('use /tags/vqgan/#a');
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
	test('reports a missing diagram, sources, cite and lineage, naming the file', () => {
		const complete = '<Pipeline />\n<Lineage />\n<Sources />\n<Cite />';
		expect(findIncompleteModelPages([{ filePath: 'a.mdx', body: complete }])).toEqual([]);
		const problems = findIncompleteModelPages([{ filePath: 'b.mdx', body: '## TL;DR' }]);
		expect(problems.map((p) => p.message.split(':')[0])).toEqual([
			'does not draw its pipeline',
			'does not show its sources',
			'has no BibTeX cite block',
			'does not show its lineage',
		]);
		expect(problems.every((p) => p.file === 'b.mdx')).toBe(true);
	});
	test('refuses a hand-written Mermaid diagram', () => {
		const [problem] = findHandWrittenDiagrams([
			{ filePath: 'c.mdx', body: 'Text\n\n```mermaid\nflowchart TD\n  a --> b\n```' },
		]);
		expect(problem?.message).toContain('write it as data');
	});
});

describe('Markdown shown as text', () => {
	test('catches emphasis that CommonMark left open next to CJK punctuation', async () => {
		const { findStrayMarkdown } = await import('../../src/checks/stray-markdown');
		const [problem] = findStrayMarkdown([
			{
				file: 'dist/zh-cn/models/x/index.html',
				html: '<body><p>SigLIP-so400m/14**。像素分支**是</p></body>',
			},
		]);
		expect(problem?.message).toContain('SigLIP-so400m/14**。像素分支**是');
	});
	test('ignores markers inside code, scripts and diagrams, and plain asterisks', async () => {
		const { findStrayMarkdown } = await import('../../src/checks/stray-markdown');
		const html =
			'<body><pre><code>a **b**</code></pre><script>x**2</script><svg><text>**</text></svg><p>5 * 3, a*b</p></body>';
		expect(findStrayMarkdown([{ file: 'x.html', html }])).toEqual([]);
	});
});
