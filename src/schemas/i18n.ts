import { z } from 'astro/zod';
import english from '../../content/i18n/en.json' with { type: 'json' };

/**
 * The site's own UI strings. English defines the key set; every key is required in every
 * language, so a string missing from `zh-CN.json` fails the build instead of showing English.
 * Starlight's own keys (e.g. `pagefind.*`) are added by `i18nSchema` and stay optional.
 */
export const uiStringsSchema = z.object(
	Object.fromEntries(
		Object.keys(english)
			.filter((key) => !key.startsWith('pagefind.'))
			.map((key) => [key, key.endsWith('_one') ? z.string().optional() : z.string().min(1)]),
	),
);

export type UiStringKey = keyof typeof english;
