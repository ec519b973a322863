import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from './site';

const site = useSite();

/** Every page URL in the sitemap, as a path. */
function sitemapPaths(): string[] {
	const xml = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
}

/**
 * One page of every template, as a shared slug: the first page of each kind in the sitemap (a
 * model page, a component page, the compare page, …). Each is checked in every language and theme.
 */
function templateSlugs(): string[] {
	const byTemplate = new Map<string, string>();
	for (const pathname of sitemapPaths()) {
		if (pathname.startsWith('/zh-cn/')) continue;
		const slug = pathname.slice(1);
		const [section = '', item] = slug.split('/');
		const template =
			item && ['models', 'background', 'tags'].includes(section) ? `${section}/*` : slug;
		if (!byTemplate.has(template)) byTemplate.set(template, slug);
	}
	return [...byTemplate.values()];
}

/** How many pages are checked at once: one browser context each, two cores on this machine. */
const parallel = 3;

/**
 * Runs `check` on every path with `parallel` pages at a time. Each page records the
 * Content-Security-Policy violations the browser reports, which `check` receives.
 */
async function forEachPage(
	paths: readonly string[],
	theme: 'light' | 'dark',
	check: (page: Page, pathname: string, cspViolations: string[]) => Promise<void>,
) {
	const queue = [...paths];
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			const context = await site.browser.newContext({ colorScheme: theme });
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await context.addInitScript(recordCspViolations);
			const page = await context.newPage();
			for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
				await page.goto(`${site.url}${pathname}`);
				await check(page, pathname, await cspViolationsOf(page));
			}
			await context.close();
		}),
	);
}

/** Runs in every page before its scripts: keeps each CSP violation the browser reports. */
function recordCspViolations() {
	const seen: string[] = [];
	Object.assign(window, { cspViolations: seen });
	document.addEventListener('securitypolicyviolation', (event) =>
		seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
	);
}

async function cspViolationsOf(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Every WCAG 2.x A/AA rule and every best practice; no rule is switched off. `skipSidebar` leaves
 * out the sidebar, the same navigation on every page (only the current entry differs), which the
 * template pass checks in full in every language and theme; it is most of a page's markup.
 */
async function axeViolations(page: Page, pathname: string, skipSidebar = false): Promise<string[]> {
	let axe = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice',
	]);
	if (skipSidebar) axe = axe.exclude('#starlight__sidebar');
	const results = await axe.analyze();
	return results.violations.map(
		(violation) =>
			`${pathname}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
	);
}

const languagePrefixes = ['', 'zh-cn/'];

describe('quality gates', () => {
	test('every page in the sitemap, once: no axe violation, no CSP violation, no request leaving the site', async () => {
		const violations: string[] = [];
		const foreign = new Set<string>();
		await forEachPage(sitemapPaths(), 'light', async (page, pathname, csp) => {
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(site.url) && !url.startsWith('data:'))
					foreign.add(`${pathname} → ${url}`);
			});
			violations.push(...(await axeViolations(page, pathname, true)));
			violations.push(...csp.map((entry) => `${pathname}: CSP ${entry}`));
			page.removeAllListeners('request');
		});
		expect(violations).toEqual([]);
		expect([...foreign]).toEqual([]);
	}, 1_200_000);

	test('every template, in every language and the dark theme too: no axe violation', async () => {
		const paths = languagePrefixes.flatMap((prefix) => [
			...templateSlugs().map((slug) => `/${prefix}${slug}`),
			`/${prefix}no-such-page/`,
		]);
		const violations: string[] = [];
		for (const theme of ['light', 'dark'] as const) {
			await forEachPage(paths, theme, async (page, pathname) => {
				violations.push(...(await axeViolations(page, `${theme} ${pathname}`)));
			});
		}
		expect(violations).toEqual([]);
	}, 600_000);
});

describe('Content-Security-Policy', () => {
	test('every page declares a policy that runs no unhashed inline script and loads only from the site', () => {
		for (const slug of templateSlugs()) {
			const html = readFileSync(path.join(distDir, slug, 'index.html'), 'utf8');
			const [, policy = ''] =
				/http-equiv="content-security-policy" content="([^"]+)"/.exec(html) ?? [];
			const script = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
			expect(policy, slug).toContain("default-src 'self'");
			expect(script, slug).toContain("'self'");
			expect(script, slug).not.toContain('unsafe-inline');
			expect(
				script.split(/\s+/).filter((s) => s && !s.startsWith("'")),
				slug,
			).toEqual([]);
		}
	});

	test('search, the theme picker and the compare tools work under it with no violation', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(recordCspViolations);
		const page = await context.newPage();
		await page.goto(`${site.url}/zh-cn/`);
		await page.locator('site-search button[data-open-modal]:not([disabled])').first().click();
		await page.locator('#starlight__search input.pagefind-ui__search-input').fill('视觉分词器');
		await expect
			.poll(() => page.locator('#starlight__search .pagefind-ui__result').count(), {
				timeout: 15_000,
			})
			.toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		const violations = await cspViolationsOf(page);
		await page.goto(`${site.url}/compare/?audio=hears&m=emu,emu2`);
		await expect
			.poll(() => page.locator('[data-side-by-side-grid] svg.pipeline-svg').count(), {
				timeout: 10_000,
			})
			.toBe(2);
		violations.push(...(await cspViolationsOf(page)));
		await context.close();
		expect(violations).toEqual([]);
	}, 60_000);

	test('the search button is named by what it shows, shortcut included (WCAG 2.5.3)', async () => {
		const page = await site.open('/zh-cn/');
		const button = page.locator('site-search button[data-open-modal]').first();
		const shown = (await button.innerText()).replace(/\s+/g, ' ').trim();
		expect(shown).toBe('搜索 Ctrl K');
		await expect(button.getAttribute('aria-label')).resolves.toBe(shown);
		await expect(button.getAttribute('aria-keyshortcuts')).resolves.toBe('Control+K');
	});
});

describe('valid HTML', () => {
	test('every built page passes html-validate with the documented config', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const failures: string[] = [];
		for (const pathname of sitemapPaths()) {
			const file = path.join(distDir, pathname, 'index.html');
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const message of result.messages)
					failures.push(`${pathname}:${message.line}: ${message.ruleId} ${message.message}`);
			}
		}
		expect(failures.slice(0, 20)).toEqual([]);
	}, 300_000);
});
