import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The Content-Security-Policy every page carries (a `<meta http-equiv>` that Astro writes):
 * nothing loads from another origin, and no script runs unless it is a file of this site or one
 * of the inline scripts whose hash is listed. Astro hashes the scripts it bundles; Starlight's
 * own inline scripts (theme, sidebar, search shortcut) are hashed here from its source, so the
 * policy follows a Starlight upgrade. Styles allow inline `style` attributes, which the
 * build-time diagrams and the syntax highlighter use; scripts never run inline unhashed.
 * `'wasm-unsafe-eval'` lets Pagefind's search index run as WebAssembly.
 */
export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'atlas-csp',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					security: {
						csp: {
							// Config set from an integration gets no schema defaults, so name the algorithm.
							algorithm: 'SHA-256',
							directives: [
								"default-src 'self'",
								"img-src 'self' data:",
								"font-src 'self'",
								"connect-src 'self'",
								"object-src 'none'",
								"base-uri 'self'",
								"form-action 'self'",
							],
							scriptDirective: {
								resources: ["'self'", "'wasm-unsafe-eval'"],
								hashes: starlightInlineScriptHashes(),
							},
							styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
						},
					},
				});
			},
		},
	};
}

/**
 * SHA-256 hashes (in CSP form) of every `<script is:inline>` in Starlight's components.
 *
 * @example
 * starlightInlineScriptHashes() // => ['sha256-VWo5Wp4aqSj6…', …]
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
	// Starlight exports its components folder; walk up from a file in it to the package root.
	let root = path.dirname(
		fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro')),
	);
	while (!readdirSync(root).includes('package.json')) root = path.dirname(root);
	const files = readdirSync(root, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.astro') && !file.includes('node_modules'));
	const hashes = new Set<`sha256-${string}`>();
	for (const file of files) {
		const source = readFileSync(path.join(root, file), 'utf8');
		for (const [, body = ''] of source.matchAll(/<script\s+is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
		}
	}
	return [...hashes];
}
