/** UI dictionaries keyed by BCP-47 language; the first one is the default language. */
export type Dictionaries = Record<string, Record<string, string | undefined>>;

/**
 * Reads one UI string in every language, in the shape Starlight's config wants for labels
 * (`label` in the default language plus `translations`), so config strings live in the same
 * JSON files as every other UI string.
 *
 * @example
 * labelWithTranslations('nav.tags', { en: { 'nav.tags': 'Components' }, 'zh-CN': { 'nav.tags': '组件' } })
 * // => { label: 'Components', translations: { 'zh-CN': '组件' } }
 */
export function labelWithTranslations(
	key: string,
	dictionaries: Dictionaries,
): { label: string; translations: Record<string, string> } {
	const [defaultLang, ...otherLangs] = Object.keys(dictionaries);
	const read = (lang: string): string => {
		const value = dictionaries[lang]?.[key];
		if (!value) throw new Error(`UI string "${key}" is missing for language "${lang}".`);
		return value;
	};
	if (!defaultLang) throw new Error('No UI dictionaries were given.');
	return {
		label: read(defaultLang),
		translations: Object.fromEntries(otherLangs.map((lang) => [lang, read(lang)])),
	};
}
