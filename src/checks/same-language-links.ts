import type { LocaleKey } from '../config/locales';
import { routePath, splitLocale } from '../lib/locale';
import type { ContentProblem } from './content-problems';

/** A page's source, as the link check reads it. */
export interface PageSource {
	filePath: string;
	locale: LocaleKey;
	body: string;
}

const linkPattern = /\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g;

/**
 * Finds links in a page's prose that lead to a page in another language, as withastro/docs'
 * same-language check does, and says which path to use instead. Files that exist once for every
 * language (`/data/models.json`, `/rss.xml`) are not pages and may be linked from anywhere.
 *
 * @example
 * findCrossLanguageLinks([{ filePath: 'content/docs/zh-cn/models/emu.mdx', locale: 'zh-cn', body: '[Emu2](/models/emu2/)' }])
 * // => [{ file: 'content/docs/zh-cn/models/emu.mdx', field: '(body)', message: 'links to the root page /models/emu2/: use /zh-cn/models/emu2/' }]
 */
export function findCrossLanguageLinks(pages: readonly PageSource[]): ContentProblem[] {
	return pages.flatMap(({ filePath, locale, body }) =>
		[...body.matchAll(linkPattern)].flatMap((match) => {
			const href = match[1] ?? match[2] ?? '';
			const [path = '', anchor] = href.split('#');
			if (!path.endsWith('/')) return [];
			const target = splitLocale(path.slice(1));
			if (target.locale === locale) return [];
			const fixed = `${routePath(target.slug, locale)}${anchor === undefined ? '' : `#${anchor}`}`;
			return [
				{
					file: filePath,
					field: '(body)',
					message: `links to the ${target.locale} page ${href}: use ${fixed}`,
				},
			];
		}),
	);
}
