/**
 * Spellings of a model name that readers type but the index would not match: search splits
 * "Emu 3" into two words, neither of which is "emu3", and "Qwen2.5-Omni" at the hyphen, so
 * "qwen2.5omni" would find nothing. Returns the extra spellings only.
 *
 * @example
 * searchAliases('Emu3')         // => ['Emu 3']
 * searchAliases('Show-o2')      // => ['Show-o 2', 'Showo2']
 * searchAliases('Qwen2.5-Omni') // => ['Qwen 2.5-Omni', 'Qwen2.5Omni']
 * searchAliases('Janus')        // => []
 */
export function searchAliases(name: string): string[] {
	const spaced = name.replace(/([A-Za-z])(\d)/g, '$1 $2');
	const joined = name.replace(/[\s-]+/g, '');
	return [...new Set([spaced, joined])].filter((alias) => alias !== name);
}
