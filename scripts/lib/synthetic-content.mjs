// Synthetic content for the scale benchmark: N models × 2 languages, each with a pipeline
// diagram and four component tags, laid out like the real `content/`.
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
		const facts = [
			'model:',
			`  name: Model ${i}`,
			`  paperTitle: Synthetic Paper ${i}`,
			`  arxiv: '${arxiv}'`,
			`  date: ${year}-${month}-15`,
			'  organisations: [Synthetic Lab]',
			'  links:',
			`    paper: https://arxiv.org/abs/${arxiv}`,
			`  paradigm: ${paradigms[i % paradigms.length]}`,
			'  modalities: { input: [text, image], output: [text, image] }',
			'  components:',
			...tags.map(({ tag, role }) => `    - { tag: ${tag}, role: ${role} }`),
			`  buildsOn: [${i > 0 && i % 3 === 0 ? `model-${i - 1}` : ''}]`,
			'  imageTokens:',
			'    - { use: both, resolution: 256, tokens: 256, codebookSize: 8192 }',
			'  openWeights: true',
			`  sources: [https://arxiv.org/abs/${arxiv}]`,
			'  bibtex: |',
			`    @article{model${i}, title={Synthetic Paper ${i}}, year={${year}}}`,
			'  added: 2026-11-26',
		].join('\n');
		for (const [locale, prefix] of [
			['en', ''],
			['zh', 'zh-cn/'],
		]) {
			const prose = Array.from({ length: 120 }, (_, w) =>
				locale === 'en'
					? words[(i + w) % words.length]
					: ['图像', '编码器', '解码器', '自回归', '扩散', '码本'][(i + w) % 6],
			).join(' ');
			const page = `---\ntitle: Model ${i}\ndescription: Synthetic model ${i}.\n${facts}\n---\n\nimport { Cite, Lineage, Sources } from '@components/model';\n\n## Pipeline\n\n\`\`\`mermaid caption="Synthetic pipeline ${i}."\nflowchart TD\n  img[Image] --> enc[Component ${tags[0]?.tag}]\n  enc --> tok[Tokenizer]\n  tok --> llm[Backbone]\n  llm -->|cross-entropy| dec[Decoder]\n  click enc "/tags/${tags[0]?.tag}/"\n\`\`\`\n\n## Summary\n\n${prose}\n\n## Relations\n\n<Lineage />\n\n## References\n\n<Sources />\n\n<Cite />\n`;
			writeFileSync(path.join(target, 'docs', prefix, 'models', `model-${i}.mdx`), page);
		}
	}
}
