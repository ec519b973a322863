/**
 * Reads `key="value"` pairs from a fenced code block's meta string.
 *
 * @example
 * parseFenceMeta('caption="Image → EVA-CLIP → LLaMA" id=pipeline')
 * // => { caption: 'Image → EVA-CLIP → LLaMA', id: 'pipeline' }
 */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
	const result: Record<string, string> = {};
	for (const match of (meta ?? '').matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
		const [, key, doubleQuoted, singleQuoted, bare] = match;
		if (key) result[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
	}
	return result;
}
