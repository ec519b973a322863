import { readFileSync } from 'node:fs';
import path from 'node:path';
import { labelWithTranslations, type Dictionaries } from '../lib/translations';
import { locales } from './locales';

/**
 * The UI dictionaries of every site language, read from `content/i18n/<lang>.json`, for code
 * that runs outside a page (config, feeds, the 404 page). Pages use `Astro.locals.t()`. Read
 * from the project root (Astro builds run there) because bundled code lives elsewhere.
 */
export const dictionaries: Dictionaries = Object.fromEntries(
	Object.values(locales).map(({ lang }) => [
		lang,
		JSON.parse(
			readFileSync(path.join(process.cwd(), 'content/i18n', `${lang}.json`), 'utf8'),
		) as Record<string, string>,
	]),
);

/** A sidebar group or link label, translated from the UI strings. */
export function sidebarGroup(key: string) {
	return labelWithTranslations(key, dictionaries);
}

/** The site title in every language, as Starlight's `title` option takes it. */
export function siteTitle(): Record<string, string> {
	const { label, translations } = labelWithTranslations('site.title', dictionaries);
	const [defaultLang = 'en'] = Object.keys(dictionaries);
	return { [defaultLang]: label, ...translations };
}
