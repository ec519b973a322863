import type { LocaleKey } from '../config/locales';
import { routePath } from '../lib/locale';
import type { ContentProblem } from './content-problems';

/** A model's data entry, as the join check sees it. */
export interface ModelEntryRef {
	slug: string;
	filePath: string;
}

/** A model page (prose) in one locale, as the join check sees it. */
export interface ModelProseRef {
	slug: string;
	locale: LocaleKey;
	/** Shared page slug, e.g. `models/emu`. */
	path: string;
	filePath: string;
}

/**
 * Finds model data without a page in every language, and model pages without data. A model is
 * one data entry (`content/models/<slug>.yaml`) plus one prose page per locale, joined by slug.
 *
 * @example
 * findUnjoinedModels([{ slug: 'emu', filePath: 'content/models/emu.yaml' }], [], ['root', 'zh-cn'], 'content/docs')
 * // => [{ file: 'content/models/emu.yaml', field: '(file)', message: 'has no page in root: add content/docs/models/emu.mdx …' }, …]
 */
export function findUnjoinedModels(
	entries: readonly ModelEntryRef[],
	pages: readonly ModelProseRef[],
	localeKeys: readonly LocaleKey[],
	docsFolder: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const entrySlugs = new Set(entries.map((entry) => entry.slug));
	for (const page of pages) {
		if (entrySlugs.has(page.slug)) continue;
		problems.push({
			file: page.filePath,
			field: '(file)',
			message: `is a model page, but there is no content/models/${page.slug}.yaml with its facts and diagram`,
		});
	}
	for (const entry of entries) {
		const own = pages.filter((page) => page.slug === entry.slug);
		const sections = new Set(own.map((page) => page.path));
		if (sections.size > 1) {
			problems.push({
				file: entry.filePath,
				field: '(file)',
				message: `has pages in more than one folder (${[...sections].join(', ')}); keep one`,
			});
		}
		const path = own[0]?.path ?? `models/${entry.slug}`;
		for (const locale of localeKeys) {
			if (own.some((page) => page.locale === locale)) continue;
			const file = `${docsFolder}${routePath(path, locale).replace(/\/$/, '')}.mdx`;
			problems.push({
				file: entry.filePath,
				field: '(file)',
				message: `has no page in the ${locale} locale: add ${file} (title, description and prose)`,
			});
		}
	}
	return problems;
}
