import type { LocaleKey } from '../config/locales';
import type { ContentProblem } from './content-problems';
import { routePath, splitLocale } from '../lib/locale';
import type { PageInput } from '../lib/pages';

/**
 * Finds pages that exist in some languages but not in all of them. Every page must exist in
 * every locale, so the language picker always lands on the same page.
 *
 * @example
 * findMissingTranslations([{ id: 'models/emu', filePath: 'content/docs/models/emu.mdx', title: 'Emu' }], ['root', 'zh-cn'])
 * // => [{ file: 'content/docs/models/emu.mdx', field: '(file)', message: 'has no zh-cn version: add content/docs/zh-cn/models/emu.mdx' }]
 */
export function findMissingTranslations(
	pages: readonly PageInput[],
	localeKeys: readonly LocaleKey[],
): ContentProblem[] {
	const bySlug = new Map<string, Map<LocaleKey, PageInput>>();
	for (const page of pages) {
		const { locale, slug } = splitLocale(page.id);
		const versions = bySlug.get(slug) ?? new Map<LocaleKey, PageInput>();
		versions.set(locale, page);
		bySlug.set(slug, versions);
	}
	const problems: ContentProblem[] = [];
	for (const [slug, versions] of bySlug) {
		const [existing] = versions.values();
		if (!existing) continue;
		for (const locale of localeKeys) {
			if (versions.has(locale)) continue;
			problems.push({
				file: existing.filePath,
				field: '(file)',
				message: `has no ${locale === 'root' ? 'English' : locale} version: add ${expectedFile(existing.filePath, slug, locale)} (URL ${routePath(slug, locale)})`,
			});
		}
	}
	return problems;
}

function expectedFile(existingFile: string, slug: string, locale: LocaleKey): string {
	const extension = existingFile.slice(existingFile.lastIndexOf('.'));
	const name = slug === '' ? 'index' : slug;
	return `content/docs/${locale === 'root' ? '' : `${locale}/`}${name}${extension}`;
}
