// Launches the system Chromium through playwright-core: Playwright cannot download its own
// browsers on this network, and Debian's chromium package is what CI installs.
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
