/**
 * The id (and so the URL slug) of a content file: its path without extension, with `index`
 * files standing for their folder. Unlike Astro's default, dots survive, so `emu3.5.mdx` is
 * published at `/models/emu3.5/` and `qwen2.5.yaml` is the tag `qwen2.5`.
 *
 * @example
 * contentId({ entry: 'models/emu3.5.mdx' })  // => 'models/emu3.5'
 * contentId({ entry: 'zh-cn/index.mdx' })    // => 'zh-cn'
 * contentId({ entry: 'index.mdx' })          // => 'index'
 */
export function contentId({ entry }: { entry: string }): string {
	const withoutExtension = entry.replace(/\.[^./]+$/, '');
	return withoutExtension === 'index' ? 'index' : withoutExtension.replace(/\/index$/, '');
}
