// Synthetic content for the scale benchmark: N models, each a data file with a six-box pipeline
// and four components plus a prose page in both languages, laid out like the real `content/`.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const paradigms = [
	'ar-pixel',
	'ar-semantic',
	'ar-learnable-query',
	'ar-hybrid',
	'fused-pixel',
	'fused-hybrid',
	'any-to-any',
	'diffusion',
];
const roles = ['understanding-encoder', 'visual-tokenizer', 'backbone', 'image-decoder'];
const words =
	'token image encoder decoder backbone diffusion autoregressive codebook latent attention transformer pretraining alignment caption video audio'.split(
		' ',
	);

/**
 * Writes a content folder with `count` synthetic models and 40 components into `target`.
 * @param {string} target
 * @param {number} count
 * @param {string} realContent the real `content/` folder (for UI strings and the glossary)
 */
export function writeSyntheticContent(target, count, realContent) {
	mkdirSync(path.join(target, 'components'), { recursive: true });
	mkdirSync(path.join(target, 'models'), { recursive: true });
	mkdirSync(path.join(target, 'diagrams'), { recursive: true });
	writeFileSync(
		path.join(target, 'diagrams', 'synthetic.yaml'),
		'caption: { en: Synthetic., zh-CN: 合成。 }\nnodes:\n  - { id: a, kind: input, label: A }\n  - { id: b, kind: output, label: B }\nedges:\n  - { from: a, to: b }\n',
	);
	cpSync(path.join(realContent, 'i18n'), path.join(target, 'i18n'), { recursive: true });
	cpSync(path.join(realContent, 'glossary.yaml'), path.join(target, 'glossary.yaml'));
	const components = Array.from({ length: 40 }, (_, i) => `component-${i}`);
	components.forEach((slug, i) => {
		writeFileSync(
			path.join(target, 'components', `${slug}.yaml`),
			`name: Component ${i}\nkind: ${['encoder', 'tokenizer', 'backbone', 'decoder'][i % 4]}\ndescription:\n  en: Synthetic component ${i}.\n  zh-CN: 合成组件 ${i}。\n`,
		);
	});
	for (const [locale, prefix] of [
		['en', ''],
		['zh', 'zh-cn/'],
	]) {
		mkdirSync(path.join(target, 'docs', prefix, 'models'), { recursive: true });
		writeFileSync(
			path.join(target, 'docs', prefix, 'index.mdx'),
			`---\ntitle: ${locale === 'en' ? 'Home' : '首页'}\n---\n\nSynthetic.\n`,
		);
		writeFileSync(
			path.join(target, 'docs', prefix, 'overview.mdx'),
			`---\ntitle: ${locale === 'en' ? 'Overview' : '概览'}\n---\n\nSynthetic.\n`,
		);
	}
	for (let i = 0; i < count; i++) {
		const tags = roles.map((role, r) => ({
			tag: components[(i * 7 + r * 11) % components.length],
			role,
		}));
		const year = 2020 + (i % 6);
		const month = String((i % 12) + 1).padStart(2, '0');
		const arxiv = `${String(year).slice(2)}${month}.${String(10000 + i).slice(-5)}`;
		const nodes = [
			{ id: 'img', kind: 'input', label: '{ en: Image, zh-CN: 图像 }' },
			...tags.map(({ tag }, r) => ({
				id: `c${r}`,
				kind: ['encoder', 'tokenizer', 'backbone', 'decoder'][r],
				label: `Component ${tag}`,
				component: tag,
			})),
			{ id: 'out', kind: 'output', label: '{ en: Image, zh-CN: 图像 }' },
		];
		const ids = nodes.map((node) => node.id);
		const data = [
			`name: Model ${i}`,
			`paperTitle: Synthetic Paper ${i}`,
			`arxiv: '${arxiv}'`,
			`date: ${year}-${month}-15`,
			'organisations: [Synthetic Lab]',
			`links: { paper: https://arxiv.org/abs/${arxiv} }`,
			`paradigm: ${paradigms[i % paradigms.length]}`,
			'modalities: { input: [text, image], output: [text, image] }',
			'components:',
			...tags.map(({ tag, role }) => `  - { tag: ${tag}, role: ${role}, spec: 7B }`),
			`buildsOn: [${i > 0 && i % 3 === 0 ? `model-${i - 1}` : ''}]`,
			'imageTokens:',
			'  - { use: both, resolution: 256, tokens: 256, codebookSize: 8192 }',
			'release: { code: open, weights: open, checked: 2026-12-01 }',
			`sources: [https://arxiv.org/abs/${arxiv}]`,
			'bibtex: |',
			`  @article{model${i}, title={Synthetic Paper ${i}}, year={${year}}}`,
			'added: 2026-11-26',
			'checked: 2026-12-01',
			'pipeline:',
			`  caption: { en: Synthetic pipeline ${i}., zh-CN: 合成流程 ${i}。 }`,
			'  nodes:',
			...nodes.map(
				(node) =>
					`    - { id: ${node.id}, kind: ${node.kind}, label: ${node.label}${node.component ? `, component: ${node.component}` : ''} }`,
			),
			'  edges:',
			...ids
				.slice(1)
				.map(
					(id, e) =>
						`    - { from: ${ids[e]}, to: ${id}${id === 'c3' ? ', loss: { en: cross-entropy, zh-CN: 交叉熵 }' : ''} }`,
				),
		].join('\n');
		writeFileSync(path.join(target, 'models', `model-${i}.yaml`), `${data}\n`);
		for (const [locale, prefix] of [
			['en', ''],
			['zh', 'zh-cn/'],
		]) {
			const prose = Array.from({ length: 120 }, (_, w) =>
				locale === 'en'
					? words[(i + w) % words.length]
					: ['图像', '编码器', '解码器', '自回归', '扩散', '码本'][(i + w) % 6],
			).join(' ');
			const page = `---\ntitle: Model ${i}\ndescription: Synthetic model ${i}.\n---\n\nimport { Cite, Lineage, Pipeline, Sources } from '@components/model';\n\n## Pipeline\n\n<Pipeline />\n\n## Summary\n\n${prose}\n\n## Relations\n\n<Lineage />\n\n## References\n\n<Sources />\n\n<Cite />\n`;
			writeFileSync(path.join(target, 'docs', prefix, 'models', `model-${i}.mdx`), page);
		}
	}
}
