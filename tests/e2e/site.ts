import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

/** The built site under test: `dist/`, or another build (e.g. a synthetic one) named by ATLAS_DIST. */
export const distDir = process.env['ATLAS_DIST'] ?? path.resolve(import.meta.dirname, '../../dist');

/** The built site served on localhost and a Chromium to look at it, for one test file. */
export interface Site {
	url: string;
	browser: Browser;
	/** Opens a page with a fresh context; `theme` sets Starlight's stored theme first. */
	open(pathname: string, options?: { theme?: 'light' | 'dark'; width?: number }): Promise<Page>;
}

export function useSite(): Site {
	let server: { url: string; close(): Promise<void> };
	const contexts: BrowserContext[] = [];
	const site = {} as Site;
	beforeAll(async () => {
		if (!existsSync(path.join(distDir, 'index.html')))
			throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
		server = await serveStatic(distDir);
		site.url = server.url;
		site.browser = await launchChromium();
		site.open = async (pathname, { theme, width = 1280 } = {}) => {
			const context = await site.browser.newContext({
				viewport: { width, height: 900 },
				colorScheme: theme ?? 'light',
			});
			contexts.push(context);
			if (theme)
				await context.addInitScript(
					(value) => localStorage.setItem('starlight-theme', value),
					theme,
				);
			const page = await context.newPage();
			await page.goto(new URL(pathname, server.url).href);
			return page;
		};
	});
	afterAll(async () => {
		await Promise.all(contexts.map((context) => context.close()));
		await site.browser?.close();
		await server?.close();
	});
	return site;
}
