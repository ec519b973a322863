import type { ModelFacts } from '../../src/schemas/model';
import type { ModelPage } from '../../src/lib/pages';

/** A valid set of model facts; tests override what they are about. */
export function facts(overrides: Partial<ModelFacts> = {}): ModelFacts {
	return {
		name: 'Alpha',
		paperTitle: 'A Paper',
		paperKind: 'paper',
		arxiv: '2401.00001',
		date: '2024-01-02',
		organisations: ['Lab'],
		links: { paper: 'https://arxiv.org/abs/2401.00001' },
		paradigm: 'ar-semantic',
		modalities: { input: ['text', 'image'], output: ['text'] },
		components: [{ tag: 'eva-clip', role: 'understanding-encoder' }],
		aliases: [],
		buildsOn: [],
		imageTokens: [],
		release: { code: 'open', weights: 'open', checkpoints: [], checked: '2026-12-01' },
		sources: ['https://arxiv.org/abs/2401.00001'],
		bibtex: '@article{a, title={A}}',
		added: '2026-11-26',
		checked: '2026-12-01',
		pipeline: {
			caption: { en: 'Alpha', 'zh-CN': 'Alpha' },
			direction: 'TD',
			nodes: [
				{ id: 'img', kind: 'input', label: 'Image' },
				{ id: 'enc', kind: 'encoder', label: 'EVA-CLIP', component: 'eva-clip' },
			],
			edges: [{ from: 'img', to: 'enc' }],
			groups: [],
		},
		...overrides,
	};
}

/** A model page in one locale. */
export function modelPage(
	slug: string,
	overrides: Partial<ModelFacts> = {},
	locale: 'root' | 'zh-cn' = 'root',
): ModelPage {
	const prefix = locale === 'root' ? '' : 'zh-cn/';
	return {
		slug,
		path: `models/${slug}`,
		section: 'models',
		locale,
		filePath: `content/docs/${prefix}models/${slug}.mdx`,
		dataFile: `content/models/${slug}.yaml`,
		title: slug,
		description: undefined,
		facts: facts({ name: slug, ...overrides }),
	};
}
