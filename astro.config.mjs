// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLlmsTxt from 'starlight-llms-txt';
import { defineConfig } from 'astro/config';
import { locales } from './src/config/locales.ts';
import { fileURLToPath } from 'node:url';
import { searchRanking } from './src/config/search.ts';
import { sidebar } from './src/config/sidebar.ts';
import { siteTitle } from './src/config/ui-strings.ts';
import { remarkBaseLinks } from './src/markdown/remark-base-links.ts';
import { atlasChecks } from './src/integrations/atlas-checks.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { atlasSitemap } from './src/integrations/sitemap.ts';

// Where the site is published: set ATLAS_SITE (and ATLAS_BASE for a sub-path such as a GitHub
// Pages project site) when building for a real host; sitemap, canonical links, feeds and the
// export use them.
const site = process.env.ATLAS_SITE || 'https://omni-modal-atlas.example.org';
const base = process.env.ATLAS_BASE || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	markdown: {
		// Starlight's default engine (Sätteri) runs no remark plugins; base-path links need one.
		processor: unified({ remarkPlugins: [[remarkBaseLinks, { base }]] }),
	},
	integrations: [
		atlasSitemap({ locales, base, outDir: fileURLToPath(new URL('./dist/', import.meta.url)) }),
		starlight({
			title: siteTitle(),
			plugins: [starlightLlmsTxt()],
			defaultLocale: 'root',
			locales,
			disable404Route: true,
			pagefind: { ranking: searchRanking },
			customCss: ['./src/styles/atlas.css'],
			components: {
				Head: './src/components/overrides/Head.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
			},
			sidebar: sidebar(fileURLToPath(new URL('.', import.meta.url))),
		}),
		mdx(),
		atlasChecks(),
		contentSecurityPolicy(),
	],
	vite: {
		// The link-preview renderer loads WebAssembly and font files at run time; keep it out of the bundle.
		ssr: { external: ['satori', '@resvg/resvg-wasm'] },
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Every MDX module carries Astro's "use astro:head-inject" directive; harmless.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
