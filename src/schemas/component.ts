import { z } from 'astro/zod';
import { componentKinds } from './vocabulary';
import { arxivIdSchema, slugSchema } from './model';

/** Text given once per language. */
export const localizedTextSchema = z.object({
	en: z.string().min(1),
	'zh-CN': z.string().min(1),
});

/** A component that models are built from; each one is a tag with its own page. */
export const componentSchema = z.object({
	/** Name as written in papers, e.g. `EVA-CLIP`. */
	name: z.string().min(1),
	/** Chinese name where it differs from `name` (e.g. for techniques). */
	nameZh: z.string().min(1).optional(),
	/** What the component is. */
	kind: z.enum(componentKinds),
	/** True for tokenizers that output codebook indices (VQGAN, MAGVIT-v2, …), not continuous latents. */
	discrete: z.boolean().optional(),
	/** arXiv id of the paper that introduced it. */
	arxiv: arxivIdSchema.optional(),
	/** Canonical link when there is no arXiv paper (repository, model card, blog). */
	link: z.url({ protocol: /^https$/ }).optional(),
	/** One line on what it is, in both languages. */
	description: localizedTextSchema,
	/** Slugs of closely related components, e.g. the same family. */
	related: z.array(slugSchema).default([]),
});

export type Component = z.output<typeof componentSchema>;
