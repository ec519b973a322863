import path from 'node:path';
import { Worker } from 'node:worker_threads';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (error: string | undefined) => void>();

/** Starts the parser thread once; it does not keep the process alive when idle. */
function parserThread(): Worker {
	if (worker) return worker;
	// From the project root (builds run there): the bundled build does not copy the worker file.
	const thread = new Worker(path.join(process.cwd(), 'src/lib/diagram/mermaid-worker.mjs'));
	thread.on('message', ({ id, error }: { id: number; error: string | undefined }) => {
		pending.get(id)?.(error);
		pending.delete(id);
		if (pending.size === 0) thread.unref();
	});
	thread.on('error', (error) => {
		for (const resolve of pending.values()) resolve(`Mermaid parser failed: ${error.message}`);
		pending.clear();
		worker = undefined;
	});
	worker = thread;
	return thread;
}

/**
 * Checks a diagram with the official Mermaid grammar, which is stricter than the build-time
 * renderer. Resolves to `undefined` when valid, or to Mermaid's error message.
 *
 * @example
 * await mermaidSyntaxError('flowchart TD\n  a --> b') // => undefined
 * await mermaidSyntaxError('flowchart TD\n  a[x --> ]]]') // => 'Parse error on line 2: …'
 */
export function mermaidSyntaxError(source: string): Promise<string | undefined> {
	const thread = parserThread();
	thread.ref();
	const id = nextId++;
	return new Promise((resolve) => {
		pending.set(id, resolve);
		thread.postMessage({ id, source });
	});
}
