// Runs the official Mermaid parser in its own thread. Mermaid sanitises labels with DOMPurify,
// which needs a browser `window` when it is first imported; a jsdom window stays in this thread.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

globalThis.window = new JSDOM('').window;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

parentPort?.on('message', async ({ id, source }) => {
	try {
		await mermaid.parse(source);
		parentPort?.postMessage({ id, error: undefined });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
