// Launches the system Chromium through playwright-core: Playwright cannot download its own
// browsers on this network, and Debian's chromium package is what CI installs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/** The Chromium executable to drive, or an error that says how to install one. */
export function chromiumPath() {
	const found = candidates.find((candidate) => candidate && existsSync(candidate));
	if (!found) {
		throw new Error(
			'No Chromium found. Install one (Debian: `apt-get install -y chromium fonts-noto-cjk`) or set CHROMIUM_PATH to its executable.',
		);
	}
	return found;
}

/** Starts headless Chromium with the flags this closed network needs. */
export function launchChromium() {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run',
		],
	});
}

const packages = ['chromium', 'fonts-noto-cjk'];

/** Whether the CJK fonts Chinese pages need are installed (without them Chinese renders as boxes). */
function hasCjkFonts() {
	const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
	return list.status === 0 && /Noto Sans CJK/i.test(list.stdout);
}

/**
 * Makes sure the end-to-end tests have a Chromium and CJK fonts: installs Debian's packages
 * when this runs as root with apt-get (printing what it does), and otherwise stops with the
 * exact command to run.
 */
export function ensureBrowser() {
	const haveBrowser = candidates.some((candidate) => candidate && existsSync(candidate));
	if (haveBrowser && hasCjkFonts()) return;
	const missing = [!haveBrowser && 'Chromium', !hasCjkFonts() && 'CJK fonts']
		.filter(Boolean)
		.join(' and ');
	const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		throw new Error(
			`The end-to-end tests need ${missing}. Run: sudo ${command} (or set CHROMIUM_PATH to a Chromium executable).`,
		);
	}
	console.log(`The end-to-end tests need ${missing}; installing: ${command}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', ...packages],
	]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; run: ${command}`);
	}
}
