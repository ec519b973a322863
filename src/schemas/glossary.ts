import { z } from 'astro/zod';

/** One glossary term: how it is written in each language. */
export const glossaryTermSchema = z.object({
	/** Stable key, e.g. `visual-tokenizer`. */
	id: z.string().min(1),
	en: z.string().min(1),
	/** Chinese rendering; equal to `en` when the term stays in English. */
	zh: z.string().min(1),
	/** Why it is translated this way, or when it stays in English. */
	note: z.string().optional(),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
