import english from '../../content/i18n/en.json' with { type: 'json' };
import chinese from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { labelWithTranslations, type Dictionaries } from '../lib/translations';

/** The UI dictionaries, for code that runs outside a page (config, Markdown plugins). */
export const dictionaries: Dictionaries = { en: english, 'zh-CN': chinese };

/** A sidebar group or link label, translated from the UI strings. */
export function sidebarGroup(key: keyof typeof english) {
	return labelWithTranslations(key, dictionaries);
}

/** The site title in every language, as Starlight's `title` option takes it. */
export function siteTitle(): Record<string, string> {
	const { label, translations } = labelWithTranslations('site.title', dictionaries);
	return { en: label, ...translations };
}
