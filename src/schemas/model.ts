import { z } from 'astro/zod';
import { modalities, paradigms, roles, unificationRoutes } from './vocabulary';

/** A stable, lower-case ASCII slug shared by both languages, e.g. `eva-clip`. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be a lower-case ASCII slug such as `eva-clip`');

/** A new-style arXiv identifier without version, `YYMM.NNNNN` (or `YYMM.NNNN` before 2015). */
export const arxivIdSchema = z
	.string()
	.regex(
		/^\d{2}(0[1-9]|1[0-2])\.\d{4,5}$/,
		'must be an arXiv id of the form YYMM.NNNNN without a version suffix, e.g. 2307.05222',
	);

/** A calendar day. YAML turns unquoted dates into `Date`s; keep them as `YYYY-MM-DD` strings. */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** One component used by a model, and what it does there. */
export const componentUseSchema = z.object({
	/** Slug of a component in `content/components/` (the tag it links to). */
	tag: slugSchema,
	/** What the component does in this model. */
	role: z.enum(roles),
	/** Language-neutral specifics: variant and size, e.g. `ViT-g/14` or `13B`. */
	detail: z.string().optional(),
});

/** How a model turns an image into tokens for one purpose. */
export const imageTokensSchema = z.object({
	/** Which path these tokens feed. */
	use: z.enum(['understanding', 'generation', 'both']),
	/** Input side length in pixels (square images). */
	resolution: z.number().int().positive(),
	/** Tokens per image at that resolution. */
	tokens: z.number().int().positive(),
	/** Codebook size for discrete tokens; absent for continuous embeddings. */
	codebookSize: z.number().int().positive().optional(),
});

/**
 * Structured facts of one model. They are language-neutral, appear in the front matter of both
 * language versions of the page, and must be identical there (checked at build).
 */
export const modelFactsSchema = z.object({
	/** Display name, e.g. `Emu2`. */
	name: z.string().min(1),
	/** Exact title of the paper's first arXiv version. */
	paperTitle: z.string().min(1),
	/** arXiv id of the paper (no version suffix). */
	arxiv: arxivIdSchema,
	/** Date of the first arXiv version. */
	date: isoDateSchema,
	/** Organisations of the authors, as the paper lists them. */
	organisations: z.array(z.string().min(1)).min(1),
	links: z.object({
		/** The paper, usually `https://arxiv.org/abs/<id>`. */
		paper: httpsUrl,
		/** The official code repository, if there is one. */
		code: httpsUrl.optional(),
		/** The official project page, if there is one. */
		project: httpsUrl.optional(),
	}),
	/** Where the model sits in the survey taxonomy. */
	paradigm: z.enum(paradigms),
	modalities: z.object({
		input: z.array(z.enum(modalities)).min(1),
		output: z.array(z.enum(modalities)).min(1),
	}),
	/** Components with their role in this model; each becomes a tag chip. */
	components: z.array(componentUseSchema).min(1),
	/** Slugs of the models this one directly builds on (lineage). */
	buildsOn: z.array(slugSchema).default([]),
	/** How images become tokens, where the paper states it. */
	imageTokens: z.array(imageTokensSchema).default([]),
	/**
	 * Which route to unification the model takes, only where the rule in
	 * `src/lib/unification-route.ts` would get it wrong (e.g. a flow head on an LLM that the
	 * survey files as hybrid-encoding AR).
	 */
	route: z.enum(unificationRoutes).optional(),
	/** Whether the authors released weights. */
	openWeights: z.boolean(),
	/** URLs that back the facts on the page: paper, official repository, configs. */
	sources: z.array(httpsUrl).min(1),
	/** BibTeX entry for the paper. */
	bibtex: z.string().regex(/^\s*@\w+\{[^,\s]+,[\s\S]*\}\s*$/, 'must be one BibTeX entry'),
	/** When the summary was first published on this site (feeds and "new" lists). */
	added: isoDateSchema,
	/** When the summary was last substantially revised. */
	revised: isoDateSchema.optional(),
});

export type ModelFacts = z.output<typeof modelFactsSchema>;
export type ComponentUse = z.output<typeof componentUseSchema>;
export type ImageTokens = z.output<typeof imageTokensSchema>;

/**
 * Extra front matter of every docs page. Only model pages carry `model`; the type guard
 * `isModelEntry` narrows on it.
 */
export const docsExtensionSchema = z.object({
	/** Structured facts; present on model and background pages. */
	model: modelFactsSchema.optional(),
});
