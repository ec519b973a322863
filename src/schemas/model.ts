import { z } from 'astro/zod';
import { diagramSchema } from './diagram';
import { arxivIdSchema, httpsUrlSchema, isoDateSchema, slugSchema } from './ids';
import { isSecondarySource } from '../config/secondary-sources';
import { releaseSchema } from './release';
import { speechSchema } from './speech';
import { translatedSchema } from './translatable';
import { modalities, paperKinds, paradigms, roles, unificationRoutes } from './vocabulary';

export { arxivIdSchema, isoDateSchema, slugSchema } from './ids';

/** One component used by a model, and what it does there. */
export const componentUseSchema = z
	.object({
		/** Slug of a component in `content/components/` (the component page it links to). */
		tag: slugSchema,
		/** What the component does in this model. */
		role: z.enum(roles),
		/** Language-neutral specifics: variant, size, resolution, e.g. `ViT-g/14, 224 px` or `13B`. */
		spec: z.string().trim().min(1).optional(),
		/** A remark in words, in every language, e.g. "conditioned on 32 regressed embeddings". */
		note: translatedSchema.optional(),
	})
	.strict();

/** How a model turns an image into tokens for one purpose. */
export const imageTokensSchema = z
	.object({
		/** Which path these tokens feed. */
		use: z.enum(['understanding', 'generation', 'both']),
		/** Input side length in pixels (square images). */
		resolution: z.number().int().positive(),
		/** Tokens per image at that resolution. */
		tokens: z.number().int().positive(),
		/** Codebook size for discrete tokens; absent for continuous embeddings. */
		codebookSize: z.number().int().positive().optional(),
	})
	.strict();

/**
 * Everything about one model that is the same in every language, in one file,
 * `content/models/<slug>.yaml`: facts, sources, citation, lineage and the pipeline diagram. The
 * model's pages (`content/docs/{models,background}/<slug>.mdx` and its translations) hold only
 * title, description and prose, and are joined to this entry by slug.
 */
export const modelSchema = z
	.object({
		/** Display name, e.g. `Emu2`. */
		name: z.string().min(1),
		/** Exact title of the paper's first arXiv version (or of the report that introduced the model). */
		paperTitle: z.string().min(1),
		/** What introduced the model: a paper, a technical report, a system or model card, a blog post. */
		paperKind: z.enum(paperKinds).default('paper'),
		/** arXiv id of the paper (no version suffix); absent when the model has no arXiv paper. */
		arxiv: arxivIdSchema.optional(),
		/** Date of the first arXiv version (or of the report, card or post). */
		date: isoDateSchema,
		/** Organisations of the authors, as the paper lists them. */
		organisations: z.array(z.string().min(1)).min(1),
		links: z
			.object({
				/** The paper, usually `https://arxiv.org/abs/<id>`, or the report or model card. */
				paper: httpsUrlSchema,
				/** The official code repository, if there is one. */
				code: httpsUrlSchema.optional(),
				/** The official project page, if there is one. */
				project: httpsUrlSchema.optional(),
			})
			.strict(),
		/** Where the model sits in the survey taxonomy (arXiv 2505.02567). */
		paradigm: z.enum(paradigms),
		modalities: z
			.object({
				input: z.array(z.enum(modalities)).min(1),
				output: z.array(z.enum(modalities)).min(1),
			})
			.strict(),
		/**
		 * Components with their role in this model; each becomes a chip and a diagram box. Empty
		 * only for a closed model whose parts are not published (the page says so).
		 */
		components: z.array(componentUseSchema).default([]),
		/**
		 * Other slugs that lead to this page: a former slug after a rename, or a name people type
		 * (`emu1` for `emu`). Each becomes a redirect at `/models/<alias>/` in every language.
		 */
		aliases: z.array(slugSchema).default([]),
		/** Slugs of the models this one directly builds on (lineage). */
		buildsOn: z.array(slugSchema).default([]),
		/** How images become tokens, where the paper states it. */
		imageTokens: z.array(imageTokensSchema).default([]),
		/**
		 * Which route to unification the model takes, only where the rule in
		 * `src/lib/unification-route.ts` would get it wrong.
		 */
		route: z.enum(unificationRoutes).optional(),
		/** What the authors released: code, weights, licences, checkpoints. */
		release: releaseSchema,
		/** How the model hears and speaks, for models with audio input or output. */
		speech: speechSchema.optional(),
		/** URLs that back the facts on the page: paper, official repository, configs. */
		sources: z.array(httpsUrlSchema).min(1),
		/** BibTeX entry for the paper. */
		bibtex: z.string().regex(/^\s*@\w+\{[^,\s]+,[\s\S]*\}\s*$/, 'must be one BibTeX entry'),
		/** When the summary was first published on this site (feeds and "new" lists). */
		added: isoDateSchema,
		/** When the summary was last substantially revised. */
		revised: isoDateSchema.optional(),
		/** When the page's facts were last checked against their sources (shown on the page). */
		checked: isoDateSchema,
		/** The pipeline: how inputs get in, the backbone, how outputs come out. */
		pipeline: diagramSchema,
	})
	.strict()
	.superRefine((model, context) => {
		if (model.paperKind === 'paper' && !model.arxiv && /arxiv\.org/.test(model.links.paper)) {
			context.addIssue({
				code: 'custom',
				path: ['arxiv'],
				message: 'the paper is on arXiv: give its id (YYMM.NNNNN)',
			});
		}
		model.sources.forEach((url, index) => {
			if (isSecondarySource(url)) {
				context.addIssue({
					code: 'custom',
					path: ['sources', index],
					message: `${new URL(url).hostname} republishes or summarises papers; cite the paper, the official repository or the model card`,
				});
			}
		});
		// A number's source must be one the page lists, so readers find it under References.
		const listed = new Set(model.sources);
		const speech = model.speech;
		const figures = [
			['speech', 'tokenRate', speech?.tokenRate?.source],
			['speech', 'codebooks', speech?.codebooks?.source],
			['speech', 'latency', speech?.latency?.source],
		] as const;
		for (const [group, field, source] of figures) {
			if (source && !listed.has(source)) {
				context.addIssue({
					code: 'custom',
					path: [group, field, 'source'],
					message: `${source} is not in \`sources\`; list it there too`,
				});
			}
		}
	});

export type ModelFacts = z.output<typeof modelSchema>;
export type ComponentUse = z.output<typeof componentUseSchema>;
export type ImageTokens = z.output<typeof imageTokensSchema>;
