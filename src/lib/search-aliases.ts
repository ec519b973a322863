/**
 * Spellings of a model name that readers type but the index would not match: search splits
 * "Emu 3" into two words, neither of which is "emu3". Returns the extra spellings only.
 *
 * @example
 * searchAliases('Emu3')     // => ['Emu 3']
 * searchAliases('Emu3.5')   // => ['Emu 3.5']
 * searchAliases('Show-o2')  // => ['Show-o 2']
 * searchAliases('Janus')    // => []
 */
export function searchAliases(name: string): string[] {
	const spaced = name.replace(/([A-Za-z])(\d)/g, '$1 $2');
	return spaced === name ? [] : [spaced];
}
