// Builds throw-away copies of the site whose content comes from a fixture folder, so tests can
// build a site with one kind of bad input and read the error.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Creates a site in a temporary folder: this project's code with `contentDir` as its content.
 * UI strings and the glossary come from the real content unless the fixture has its own.
 * @param {string} contentDir folder laid out like `content/`
 * @param {(content: string) => void} [mutate] changes the copied content (e.g. breaks one thing)
 * @returns {string} the site's root folder
 */
export function createFixtureSite(contentDir, mutate) {
	// Inside the project, so packages resolve from its node_modules by walking up; a symlinked
	// node_modules makes Vite see two paths for one file.
	const parent = path.join(projectRoot, '.tmp');
	mkdirSync(parent, { recursive: true });
	const root = mkdtempSync(path.join(parent, 'fixture-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
		const from = path.join(projectRoot, entry);
		if (existsSync(from)) cpSync(from, path.join(root, entry), { recursive: true });
	}
	cpSync(contentDir, path.join(root, 'content'), { recursive: true });
	for (const shared of ['i18n', 'glossary.yaml']) {
		const target = path.join(root, 'content', shared);
		if (!existsSync(target))
			cpSync(path.join(projectRoot, 'content', shared), target, { recursive: true });
	}
	mutate?.(path.join(root, 'content'));
	return root;
}

/**
 * Runs `astro build` in a site folder and returns its exit status and combined output.
 * @param {string} root
 * @param {Record<string, string>} [env] extra environment, e.g. `{ ATLAS_BASE: '/atlas/' }`
 */
export function buildSite(root, env = {}) {
	// vitest exports Vite's own env (BASE_URL, MODE, …) to process.env; a child build would take
	// BASE_URL from there instead of from its config's `base`.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key),
		),
	);
	const result = spawnSync(
		process.execPath,
		[path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{
			cwd: root,
			encoding: 'utf8',
			env: {
				...inherited,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
		},
	);
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** @param {string} root */
export function removeSite(root) {
	rmSync(root, { recursive: true, force: true });
}
