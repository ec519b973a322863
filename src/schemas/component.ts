import { z } from 'astro/zod';
import { arxivIdSchema, httpsUrlSchema, slugSchema } from './ids';
import { translatableSchema, translatedSchema } from './translatable';
import { componentKinds } from './vocabulary';

/** A component that models are built from; each one has its own page under `/tags/<slug>/`. */
export const componentSchema = z
	.object({
		/** Name as written in papers (`EVA-CLIP`), or one per language for techniques (`Rectified flow` / `整流`). */
		name: translatableSchema,
		/** What the component is. */
		kind: z.enum(componentKinds),
		/** True for tokenizers that output codebook indices (VQGAN, MAGVIT-v2, …), not continuous latents. */
		discrete: z.boolean().optional(),
		/** arXiv id of the paper that introduced it. */
		arxiv: arxivIdSchema.optional(),
		/** Canonical link when there is no arXiv paper (repository, model card, blog). */
		link: httpsUrlSchema.optional(),
		/** One line on what it is, in every language. */
		description: translatedSchema,
		/** Slugs of closely related components, e.g. the same family. */
		related: z.array(slugSchema).default([]),
	})
	.strict();

export type Component = z.output<typeof componentSchema>;
