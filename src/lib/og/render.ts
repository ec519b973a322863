import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { cardPunctuation, ogCard, type OgCardContent } from './card';
import { parseFontSubsets, subsetsFor, type FontSubset } from './font-subsets';
import { ogImageSize } from './image-path';

// Resolved from the project root: the build runs bundled code from dist/, whose own location
// says nothing about where node_modules is.
const root = process.cwd();
const require = createRequire(path.join(root, 'package.json'));
const fontCss = (weight: 400 | 700) => require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
// The node_modules folder the renderer comes from: a test fixture built inside the project has
// none of its own, and shares the project's cache.
const modules = require.resolve('satori').replace(/(.*[\\/]node_modules)[\\/].*$/, '$1');
const cacheDir = path.join(modules, '.cache/atlas-og');
/** Bump when the card's look changes, so cached images are drawn again. */
const cardVersion = 4;

let ready: Promise<{ subsets: Map<400 | 700, FontSubset[]>; version: string }> | undefined;
const fontFiles = new Map<string, Promise<Buffer>>();

async function setup() {
	const wasm = await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
	await initWasm(wasm);
	const subsets = new Map<400 | 700, FontSubset[]>();
	for (const weight of [400, 700] as const) {
		subsets.set(weight, parseFontSubsets(await readFile(fontCss(weight), 'utf8')));
	}
	const packages = await Promise.all(
		['satori', '@resvg/resvg-wasm', '@fontsource/noto-sans-sc'].map(async (name) => {
			const manifest = path.join(modules, name, 'package.json');
			return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
		}),
	);
	return { subsets, version: [cardVersion, ...packages].join('/') };
}

function fontFile(weight: 400 | 700, file: string): Promise<Buffer> {
	const full = path.join(path.dirname(fontCss(weight)), file);
	let buffer = fontFiles.get(full);
	if (!buffer) {
		buffer = readFile(full);
		fontFiles.set(full, buffer);
	}
	return buffer;
}

/**
 * Draws a link-preview card as a 1200×630 PNG. Text is set in Noto Sans SC from the local
 * Fontsource package, loading only the subsets its characters need, so Chinese renders without
 * any network. Images are cached by content (card, renderer and font versions) under
 * `node_modules/.cache/atlas-og/`, so an unchanged page costs a file read on the next build.
 */
export async function renderOgImage(content: OgCardContent): Promise<Buffer> {
	ready ??= setup();
	const { subsets, version } = await ready;
	const key = createHash('sha256').update(version).update(JSON.stringify(content)).digest('hex');
	const cached = path.join(cacheDir, `${key}.png`);
	try {
		return await readFile(cached);
	} catch {
		// Not drawn yet.
	}
	const text = [...Object.values(content).flat(), cardPunctuation].join(' ');
	// Satori keeps one font per name and weight, and falls back along the font-family list for
	// missing glyphs: each subset gets its own name, and the card lists them all.
	const fonts = await Promise.all(
		([400, 700] as const).flatMap((weight) =>
			subsetsFor(text, subsets.get(weight)!).map(async (subset) => ({
				name: `Noto Sans SC ${path.basename(subset.file).replace(/-\d+-normal\.woff$/, '')}`,
				data: await fontFile(weight, subset.file),
				weight,
				style: 'normal' as const,
			})),
		),
	);
	const families = [...new Set(fonts.map((font) => font.name))];
	const svg = await satori(ogCard(content, families) as unknown as Parameters<typeof satori>[0], {
		...ogImageSize,
		fonts,
	});
	const png = Buffer.from(
		new Resvg(svg, { fitTo: { mode: 'width', value: ogImageSize.width } }).render().asPng(),
	);
	await mkdir(cacheDir, { recursive: true });
	await writeFile(cached, png);
	return png;
}
