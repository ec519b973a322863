import type { LocaleKey } from '../../config/locales';
import { routePath } from '../locale';

/** Link-preview images are 1200×630, the size Open Graph and X's large cards expect. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * Where a page's link-preview image is published, without the site's base: model and
 * component pages have their own (`/og/models/emu.png`, `/og/zh-cn/tags/vqgan.png`), every
 * other page shares its language's site image (`/og/site.png`).
 *
 * @example
 * ogImagePath('models/emu', 'zh-cn', true) // => '/og/zh-cn/models/emu.png'
 * ogImagePath('timeline', 'root', false)   // => '/og/site.png'
 */
export function ogImagePath(slug: string, locale: LocaleKey, ownImage: boolean): string {
	return `/og${routePath(ownImage ? slug : 'site', locale).replace(/\/$/, '')}.png`;
}
