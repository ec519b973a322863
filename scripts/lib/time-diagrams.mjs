// Times the build-time diagram pipeline (graph → Mermaid, official Mermaid grammar check, SVG
// render) on every model diagram of a content folder, in every language. Loaded through Vite so
// the TypeScript modules run as-is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createServer } from 'vite';

const folder = process.argv[2];
const vite = await createServer({
	server: { middlewareMode: true },
	appType: 'custom',
	logLevel: 'silent',
});
const { modelSchema } = await vite.ssrLoadModule('/src/schemas/model.ts');
const { languages } = await vite.ssrLoadModule('/src/schemas/translatable.ts');
const { diagramToMermaid } = await vite.ssrLoadModule('/src/lib/diagram/to-mermaid.ts');
const { renderDiagram } = await vite.ssrLoadModule('/src/lib/diagram/svg.ts');
const { mermaidSyntaxError } = await vite.ssrLoadModule('/src/lib/diagram/validate.ts');
const diagrams = readdirSync(folder)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => modelSchema.parse(parse(readFileSync(path.join(folder, file), 'utf8'))).pipeline);
await mermaidSyntaxError('flowchart TD\n a --> b'); // start the parser thread before timing
let parse_ = 0;
let render = 0;
let count = 0;
for (const [index, diagram] of diagrams.entries()) {
	for (const lang of languages) {
		let started = performance.now();
		const { source, links, nodes } = diagramToMermaid(diagram, lang, (n) => n.component);
		await mermaidSyntaxError(source);
		parse_ += performance.now() - started;
		started = performance.now();
		renderDiagram(source, { idPrefix: `d${index}`, labelledBy: 'x', links, nodes });
		render += performance.now() - started;
		count++;
	}
}
await vite.close();
const per = (ms) => (ms / Math.max(count, 1)).toFixed(1);
console.log(
	`${count} (${diagrams.length} models × ${languages.length} languages); ${per(parse_ + render)} ms per diagram at build (${per(parse_)} ms graph + Mermaid check + ${per(render)} ms SVG render)`,
);
process.exit(0);
