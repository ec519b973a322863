import type { LocaleKey } from '../config/locales';

/** Route params for a page under `src/pages/[...locale]/`: no prefix for the root locale. */
export interface LocaleParams {
	params: { locale: string | undefined };
	props: { locale: LocaleKey };
}

/**
 * Static paths for a locale-prefixed custom route, one per locale.
 *
 * @example
 * localeStaticPaths(['root', 'zh-cn'])
 * // => [{ params: { locale: undefined }, props: { locale: 'root' } }, { params: { locale: 'zh-cn' }, props: { locale: 'zh-cn' } }]
 */
export function localeStaticPaths(localeKeys: readonly LocaleKey[]): LocaleParams[] {
	return localeKeys.map((locale) => ({
		params: { locale: locale === 'root' ? undefined : locale },
		props: { locale },
	}));
}

/**
 * Static paths for a per-item route in every locale, e.g. one tag page per component.
 *
 * @example
 * itemStaticPaths(['root', 'zh-cn'], ['vqgan'], 'tag')
 * // => [{ params: { locale: undefined, tag: 'vqgan' }, props: { locale: 'root', slug: 'vqgan' } }, { params: { locale: 'zh-cn', tag: 'vqgan' }, … }]
 */
export function itemStaticPaths<Key extends string>(
	localeKeys: readonly LocaleKey[],
	slugs: readonly string[],
	param: Key,
): {
	params: { locale: string | undefined } & Record<Key, string>;
	props: { locale: LocaleKey; slug: string };
}[] {
	return localeStaticPaths(localeKeys).flatMap(({ params, props }) =>
		slugs.map((slug) => ({
			params: { ...params, [param]: slug } as { locale: string | undefined } & Record<Key, string>,
			props: { ...props, slug },
		})),
	);
}
