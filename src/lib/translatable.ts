import type { Translatable } from '../schemas/translatable';

/**
 * The text of a translatable value in one language: the value itself when it is
 * language-neutral, else its entry for `lang`.
 *
 * @example
 * localize('ViT-g/14', 'zh-CN')                               // => 'ViT-g/14'
 * localize({ en: 'patch features', 'zh-CN': '图块特征' }, 'zh-CN') // => '图块特征'
 */
export function localize(text: Translatable, lang: string): string {
	if (typeof text === 'string') return text;
	return text[lang] ?? Object.values(text)[0] ?? '';
}

/**
 * The language a value is written in on a page of `pageLang`: the page's own language for a
 * translated record; for a language-neutral string with Latin words, the default language, so
 * that a screen reader on a Chinese page reads `U-Net conditioned on …` as English. `undefined`
 * means "same as the page" (no `lang` attribute needed).
 *
 * @example
 * textLang('ViT-g/14', 'zh-CN', 'en')      // => 'en'
 * textLang('13B', 'zh-CN', 'en')           // => undefined
 * textLang({ en: 'a', 'zh-CN': '甲' }, 'zh-CN', 'en') // => undefined
 */
export function textLang(
	text: Translatable,
	pageLang: string,
	defaultLang: string,
): string | undefined {
	if (typeof text !== 'string' || pageLang === defaultLang) return undefined;
	return /[A-Za-z]{2}/.test(text) ? defaultLang : undefined;
}
