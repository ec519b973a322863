/**
 * The site's base path as Astro sets it (`base` in `astro.config.mjs`), `/` when the site is
 * served from the root of its host. Outside Vite (plain Node scripts) it is `/`.
 *
 * @example
 * siteBase() // => '/' (or '/atlas/' for a site built with base: '/atlas')
 */
export function siteBase(): string {
	return (import.meta.env as Record<string, string> | undefined)?.BASE_URL ?? '/';
}

/**
 * Prefixes a root-relative path with the site's base, so a link works when the site is served
 * from a sub-path (a GitHub Pages project site). Other URLs are returned unchanged.
 *
 * @example
 * withBase('/models/emu/', '/atlas/')        // => '/atlas/models/emu/'
 * withBase('/models/emu/', '/')              // => '/models/emu/'
 * withBase('https://arxiv.org/abs/1', '/x/') // => 'https://arxiv.org/abs/1'
 */
export function withBase(path: string, base: string = siteBase()): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	const prefix = base.replace(/\/+$/, '');
	if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return path;
	return `${prefix}${path}`;
}
