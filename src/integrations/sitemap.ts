import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { locales as siteLocales } from '../config/locales';

/**
 * The sitemap Starlight would add (one entry per page, with its other-language versions), minus
 * the pages that ask not to be indexed: the permalink redirects (`/arxiv/<id>/`, aliases) lead
 * to pages that are listed themselves. Registering `@astrojs/sitemap` here stops Starlight from
 * adding its own.
 *
 * @example
 * atlasSitemap({ locales, outDir: 'dist', base: '/' }) // => the @astrojs/sitemap integration
 */
export function atlasSitemap({
	locales,
	outDir,
	base,
}: {
	locales: typeof siteLocales;
	outDir: string;
	base: string;
}): AstroIntegration {
	return sitemap({
		i18n: {
			defaultLocale: 'root',
			locales: Object.fromEntries(Object.entries(locales).map(([key, { lang }]) => [key, lang])),
		},
		// The filter runs once the pages are written, so it can read each one.
		filter: (url) => {
			const pathname = decodeURI(new URL(url).pathname).slice(base.replace(/\/$/, '').length);
			const file = path.join(outDir, pathname, 'index.html');
			return !(
				existsSync(file) && /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'))
			);
		},
	});
}
