import type { ContentProblem } from './content-problems';
import type { ModelPage } from './pages';

/**
 * Finds model facts that differ between the language versions of one page. Facts are
 * language-neutral, so both front matters must hold the same values; the English page is the
 * reference.
 *
 * @example
 * findFactsDrift([emuEn, { ...emuZh, facts: { ...emuZh.facts, arxiv: '2307.05223' } }])
 * // => [{ file: 'content/docs/zh-cn/models/emu.mdx', field: 'model.arxiv', message: 'differs from …' }]
 */
export function findFactsDrift(models: readonly ModelPage[]): ContentProblem[] {
	const reference = new Map(models.filter((m) => m.locale === 'root').map((m) => [m.path, m]));
	const problems: ContentProblem[] = [];
	for (const model of models) {
		const english = reference.get(model.path);
		if (!english || english === model) continue;
		for (const field of Object.keys({
			...english.facts,
			...model.facts,
		}) as (keyof typeof model.facts)[]) {
			const expected = JSON.stringify(english.facts[field]);
			if (JSON.stringify(model.facts[field]) === expected) continue;
			problems.push({
				file: model.filePath,
				field: `model.${field}`,
				message: `differs from ${english.filePath}; facts must be identical in every language (English has ${expected})`,
			});
		}
	}
	return problems;
}
