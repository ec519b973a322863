import { locales, translatedLocaleKeys, type Lang, type LocaleKey } from '../config/locales';
import { withBase } from './base-path';

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
 * The route of a shared slug in one locale, with a trailing slash and without the site's base:
 * the path authors write in prose and checks compare.
 *
 * @example
 * routePath('models/emu', 'zh-cn') // => '/zh-cn/models/emu/'
 * routePath('', 'root')            // => '/'
 */
export function routePath(slug: string, locale: LocaleKey): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	const parts = [locale === 'root' ? '' : locale, clean].filter(Boolean);
	return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * The link to a shared slug in one locale, under the site's base path: what every generated
 * `href` uses.
 *
 * @example
 * localizedPath('models/emu', 'zh-cn')           // => '/zh-cn/models/emu/'
 * localizedPath('models/emu', 'zh-cn', '/atlas/') // => '/atlas/zh-cn/models/emu/'
 */
export function localizedPath(slug: string, locale: LocaleKey, base?: string): string {
	return withBase(routePath(slug, locale), base);
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
