import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The site's locales, in one typed place. English lives at the root, Simplified Chinese under
 * `/zh-cn/`; both share one slug tree. Config, routes, helpers, tests and scripts all import this.
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN' },
} as const satisfies NonNullable<StarlightUserConfig['locales']>;

/** A locale key as it appears in Starlight's config: `root` for English. */
export type LocaleKey = keyof typeof locales;

/** A BCP-47 language tag used by the site. */
export type Lang = (typeof locales)[LocaleKey]['lang'];

/** Every locale key, the default (`root`) first. */
export const localeKeys = Object.keys(locales) as LocaleKey[];

/** The URL prefix folder of each non-root locale, e.g. `zh-cn`. */
export const translatedLocaleKeys = localeKeys.filter(
	(key): key is Exclude<LocaleKey, 'root'> => key !== 'root',
);
