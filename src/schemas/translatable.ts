import { z } from 'astro/zod';
import { locales } from '../config/locales';

/** Every language of the site, the default first, e.g. `['en', 'zh-CN']`. */
export const languages: readonly string[] = Object.values(locales).map((locale) => locale.lang);

/**
 * Text that is either language-neutral (a plain string: a name, a size such as `ViT-g/14`) or
 * translated (a record with one entry per site language). One shape for every translatable
 * label, caption, name and note, as Starlight's `site-title` schema does. A translated record
 * must give every language, so no page falls back to another language's words.
 *
 * @example
 * translatableSchema.parse('ViT-g/14')                          // => 'ViT-g/14'
 * translatableSchema.parse({ en: 'patch features', 'zh-CN': '图块特征' }) // => the record
 * translatableSchema.parse({ en: 'patch features' })            // throws: missing "zh-CN"
 */
export const translatableSchema = z
	.union([z.string().trim().min(1), z.record(z.string(), z.string().trim().min(1))], {
		error: `must be a string (the same in every language) or a record with one text per language: ${languages.join(', ')}`,
	})
	.superRefine((value, context) => {
		if (typeof value !== 'string') requireEveryLanguage(value, context);
	});

/**
 * Prose that must be written in every language: a caption or a note can never be a plain string.
 */
export const translatedSchema = z
	.record(z.string(), z.string().trim().min(1), {
		error: `must be a record with one text per language: ${languages.join(', ')}`,
	})
	.superRefine(requireEveryLanguage);

function requireEveryLanguage(value: Record<string, string>, context: z.RefinementCtx): void {
	for (const lang of languages) {
		if (!(lang in value)) {
			context.addIssue({
				code: 'custom',
				path: [lang],
				message: `missing the "${lang}" text: a translated text needs every language (${languages.join(', ')})`,
			});
		}
	}
	for (const key of Object.keys(value)) {
		if (!languages.includes(key)) {
			context.addIssue({
				code: 'custom',
				path: [key],
				message: `"${key}" is not a site language; use one of ${languages.join(', ')}`,
			});
		}
	}
}

export type Translatable = z.output<typeof translatableSchema>;
