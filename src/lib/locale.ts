import { locales, translatedLocaleKeys, type Lang, type LocaleKey } from '../config/locales';

const prefixPattern = new RegExp(`^(${translatedLocaleKeys.join('|')})(?:/|$)`);

/**
 * Splits a docs entry id (or a URL path without leading slash) into its locale and the
 * language-neutral slug that both languages share.
 *
 * @example
 * splitLocale('zh-cn/models/emu') // => { locale: 'zh-cn', slug: 'models/emu' }
 * splitLocale('models/emu')       // => { locale: 'root', slug: 'models/emu' }
 * splitLocale('index')            // => { locale: 'root', slug: '' }
 */
export function splitLocale(id: string): { locale: LocaleKey; slug: string } {
	const match = prefixPattern.exec(id);
	const locale = (match?.[1] ?? 'root') as LocaleKey;
	const rest = match?.[1] ? id.slice(locale.length).replace(/^\//, '') : id;
	// Astro ids the root home page `index` but the Chinese one `zh-cn`; both are the slug ''.
	return { locale, slug: rest.replace(/(^|\/)index$/, '') };
}

/**
 * Builds the root-relative URL of a shared slug in one locale, with a trailing slash.
 *
 * @example
 * localizedPath('models/emu', 'zh-cn') // => '/zh-cn/models/emu/'
 * localizedPath('', 'root')            // => '/'
 */
export function localizedPath(slug: string, locale: LocaleKey): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	const parts = [locale === 'root' ? '' : locale, clean].filter(Boolean);
	return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * The BCP-47 language of a locale.
 *
 * @example
 * langOf('zh-cn') // => 'zh-CN'
 */
export function langOf(locale: LocaleKey): Lang {
	return locales[locale].lang;
}

/**
 * The locale whose language is `lang`; unknown languages fall back to the root locale.
 *
 * @example
 * localeOfLang('zh-CN') // => 'zh-cn'
 */
export function localeOfLang(lang: string | undefined): LocaleKey {
	const entry = Object.entries(locales).find(([, value]) => value.lang === lang);
	return (entry?.[0] as LocaleKey | undefined) ?? 'root';
}
