import type { ContentProblem } from './content-problems';

/** What the link check needs to know about one built HTML page. */
export interface BuiltPage {
	/** URL path of the page, e.g. `/models/emu/`. */
	url: string;
	/** Source of the page in `dist/`, for messages. */
	file: string;
	/** Every `id` in the page. */
	ids: ReadonlySet<string>;
	/** Every `href` of an `<a>` or `<link>` in the page. */
	hrefs: readonly string[];
}

/**
 * Finds internal links that lead nowhere (no page, no file) or to a missing `#anchor`, and
 * external links that are not well-formed URLs. `exists(path)` answers for non-page files.
 *
 * @example
 * findBrokenLinks([{ url: '/', file: 'dist/index.html', ids: new Set(), hrefs: ['/models/nope/'] }], () => false)
 * // => [{ file: 'dist/index.html', field: 'href', message: 'links to /models/nope/, which does not exist' }]
 */
export function findBrokenLinks(
	pages: readonly BuiltPage[],
	exists: (path: string) => boolean,
): ContentProblem[] {
	const byUrl = new Map(pages.map((page) => [page.url, page]));
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		for (const href of new Set(page.hrefs)) {
			const message = checkHref(href, page, byUrl, exists);
			if (message) problems.push({ file: page.file, field: 'href', message });
		}
	}
	return problems;
}

function checkHref(
	href: string,
	page: BuiltPage,
	byUrl: ReadonlyMap<string, BuiltPage>,
	exists: (path: string) => boolean,
): string | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(href)) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
		return URL.canParse(href.startsWith('//') ? `https:${href}` : href)
			? undefined
			: `has a malformed external URL: ${href}`;
	}
	const resolved = new URL(href, `https://site.invalid${page.url}`);
	const path = decodeURI(resolved.pathname);
	const anchor = decodeURIComponent(resolved.hash.slice(1));
	const target = byUrl.get(path) ?? byUrl.get(path.endsWith('/') ? path : `${path}/`);
	if (!target) return exists(path) ? undefined : `links to ${href}, which does not exist`;
	if (anchor && !target.ids.has(anchor))
		return `links to ${href}, but ${target.url} has no element with id "${anchor}"`;
	return undefined;
}
