// `npm start`: build the site and serve it at http://localhost:4321/, on a supported Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureSupportedNode } from './lib/ensure-node.mjs';
import { projectRoot } from './lib/fixture-site.mjs';

ensureSupportedNode();
const astro = path.join(projectRoot, 'node_modules/.bin/astro');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const args of [['build'], ['preview', '--port', '4321']]) {
	const result = spawnSync(astro, args, { cwd: projectRoot, stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
