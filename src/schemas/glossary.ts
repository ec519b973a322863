import { z } from 'astro/zod';
import { translatableSchema } from './translatable';

/** One glossary term: how it is written in each language. */
export const glossaryTermSchema = z
	.object({
		/** Stable key, e.g. `visual-tokenizer`; the glossary page anchors it. */
		id: z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case key such as `visual-tokenizer`'),
		/** The term per language; a plain string when it stays the same (e.g. `token`). */
		term: translatableSchema,
		/** Why it is written this way, or when it stays in English (for contributors, in English). */
		note: z.string().optional(),
	})
	.strict();

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
