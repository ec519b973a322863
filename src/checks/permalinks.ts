import type { ModelPage } from '../lib/pages';
import { permalinks } from '../lib/permalinks';
import type { ContentProblem } from './content-problems';

/**
 * Finds permanent addresses that would be ambiguous or shadow a page: two models with the same
 * arXiv id, an alias used twice, or an alias that is another model's slug.
 *
 * @example
 * findPermalinkConflicts([emu, emuCopyWithSameArxiv])
 * // => [{ file: 'content/models/emu-copy.yaml', field: 'arxiv', message: '2307.05222 is already the arXiv id of content/models/emu.yaml …' }]
 */
export function findPermalinkConflicts(
	models: readonly Pick<ModelPage, 'slug' | 'path' | 'dataFile' | 'facts'>[],
): ContentProblem[] {
	const owner = new Map<string, (typeof models)[number]>();
	const pagePaths = new Set(models.map((m) => m.path));
	const problems: ContentProblem[] = [];
	for (const model of models) {
		for (const link of permalinks([model])) {
			const field = link.kind === 'arxiv' ? 'arxiv' : 'aliases';
			if (link.kind === 'alias' && pagePaths.has(link.from)) {
				problems.push({
					file: model.dataFile,
					field,
					message: `"${link.key}" is the slug of another model; an alias cannot shadow a page`,
				});
				continue;
			}
			const first = owner.get(link.from);
			if (first && first.slug !== model.slug) {
				problems.push({
					file: model.dataFile,
					field,
					message: `"${link.key}" already leads to ${first.dataFile}; /${link.from}/ must lead to one page`,
				});
			} else {
				owner.set(link.from, model);
			}
		}
	}
	return problems;
}
