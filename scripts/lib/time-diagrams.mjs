// Times the build-time diagram pipeline (official Mermaid grammar check + SVG render) on every
// ```mermaid block of a content folder. Loaded through Vite so the TypeScript modules run as-is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';

const folder = process.argv[2];
const sources = readdirSync(folder, { recursive: true })
	.filter((file) => String(file).endsWith('.mdx'))
	.flatMap((file) =>
		[
			...readFileSync(path.join(folder, String(file)), 'utf8').matchAll(
				/^```mermaid[^\n]*\n([\s\S]*?)^```/gm,
			),
		].map((m) => m[1]),
	);
const vite = await createServer({
	server: { middlewareMode: true },
	appType: 'custom',
	logLevel: 'silent',
});
const { renderDiagram } = await vite.ssrLoadModule('/src/lib/diagram/svg.ts');
const { extractClickLinks } = await vite.ssrLoadModule('/src/lib/diagram/click-links.ts');
const { mermaidSyntaxError } = await vite.ssrLoadModule('/src/lib/diagram/validate.ts');
await mermaidSyntaxError('flowchart TD\n a --> b'); // start the parser thread before timing
let parse = 0;
let render = 0;
for (const [index, source] of sources.entries()) {
	let started = performance.now();
	await mermaidSyntaxError(source);
	parse += performance.now() - started;
	started = performance.now();
	const { source: clean, links } = extractClickLinks(source);
	renderDiagram(clean, { idPrefix: `d${index}`, labelledBy: 'x', links });
	render += performance.now() - started;
}
await vite.close();
const per = (ms) => (ms / Math.max(sources.length, 1)).toFixed(1);
console.log(
	`${per(parse + render)} ms per diagram at build (${per(parse)} ms Mermaid check + ${per(render)} ms SVG render)`,
);
process.exit(0);
