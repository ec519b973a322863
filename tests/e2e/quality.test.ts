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

/** Runs `check` on every sitemap page with two pages at a time (this machine has two cores). */
async function forEveryPage(
	theme: 'light' | 'dark',
	check: (page: Page, pathname: string) => Promise<void>,
) {
	const queue = sitemapPaths();
	const context = await site.browser.newContext({ colorScheme: theme });
	await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	await Promise.all(
		[0, 1].map(async () => {
			const page = await context.newPage();
			for (let pathname = queue.shift(); pathname; pathname = queue.shift()) {
				await page.goto(`${site.url}${pathname}`);
				await check(page, pathname);
			}
		}),
	);
	await context.close();
}

// Starlight's search button shows a "Ctrl K" hint next to its label, which this rule reads as a
// name mismatch; it is Starlight's markup and the button is named correctly.
const starlightExceptions = ['label-content-name-mismatch'];

describe('quality gates over every page in the sitemap', () => {
	test('axe finds no accessibility violation in the light theme, and no request leaves the site', async () => {
		const violations: string[] = [];
		const foreign = new Set<string>();
		await forEveryPage('light', async (page, pathname) => {
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(site.url) && !url.startsWith('data:'))
					foreign.add(`${pathname} → ${url}`);
			});
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
				.disableRules(starlightExceptions)
				.analyze();
			for (const violation of results.violations) {
				violations.push(
					`${pathname}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
				);
			}
			page.removeAllListeners('request');
		});
		expect(violations).toEqual([]);
		expect([...foreign]).toEqual([]);
	}, 1_200_000);

	test('axe finds no colour-contrast violation in the dark theme', async () => {
		// The themes differ only in colour custom properties, so only colour rules can change.
		const violations: string[] = [];
		await forEveryPage('dark', async (page, pathname) => {
			const results = await new AxeBuilder({ page })
				.withRules(['color-contrast', 'link-in-text-block'])
				.analyze();
			for (const violation of results.violations) {
				violations.push(
					`${pathname}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
				);
			}
		});
		expect(violations).toEqual([]);
	}, 1_200_000);
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
