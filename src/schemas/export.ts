import { z } from 'astro/zod';
import { diagramSchema } from './diagram';
import { releaseSchema } from './release';
import { speechSchema } from './speech';
import { languages } from './translatable';
import {
	componentKinds,
	modalities,
	paperKinds,
	paradigms,
	roles,
	unificationRoutes,
} from './vocabulary';

/**
 * Version of the `/data/models.json` format; raise it on any breaking change.
 * 2: pages keyed by every site language, component `spec`/`note` instead of `detail`, names as
 * translatable text, the pipeline graph, `release` (code, weights, licences, checkpoints) instead
 * of `openWeights`, `speech` facts, `paperKind`, an optional `arxiv`, and the `checked` date.
 */
export const exportFormatVersion = 2;

/** A plain string (the same in every language) or one text per language tag. */
const translatableText = z
	.union([z.string(), z.record(z.string(), z.string())])
	.describe(`A string, or an object with one text per language: ${languages.join(', ')}`);

const localizedPage = z.object({
	url: z.string().describe('Absolute URL of the page in this language'),
	title: z.string(),
	description: z.string().optional(),
});

/** One model in `/data/models.json`. */
export const exportedModelSchema = z.object({
	slug: z.string().describe('Stable identifier, shared by both languages'),
	kind: z.enum(['model', 'background']),
	name: z.string(),
	paperTitle: z.string(),
	paperKind: z.enum(paperKinds),
	arxiv: z
		.string()
		.regex(/^\d{4}\.\d{4,5}$/)
		.optional(),
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.describe('First arXiv version'),
	organisations: z.array(z.string()),
	links: z.object({
		paper: z.string(),
		code: z.string().optional(),
		project: z.string().optional(),
	}),
	paradigm: z.enum(paradigms).describe('Survey arXiv 2505.02567 taxonomy'),
	route: z.enum(unificationRoutes).optional().describe('Which of the three routes to unification'),
	modalities: z.object({ input: z.array(z.enum(modalities)), output: z.array(z.enum(modalities)) }),
	components: z.array(
		z.object({
			tag: z.string(),
			name: translatableText,
			kind: z.enum(componentKinds),
			role: z.enum(roles),
			spec: z.string().optional().describe('Language-neutral specifics: variant, size'),
			note: translatableText.optional(),
		}),
	),
	buildsOn: z.array(z.string()),
	builtUponBy: z.array(z.string()),
	imageTokens: z.array(
		z.object({
			use: z.enum(['understanding', 'generation', 'both']),
			resolution: z.number(),
			tokens: z.number(),
			codebookSize: z.number().optional(),
		}),
	),
	release: releaseSchema.describe('What the authors released, and when that was last checked'),
	speech: speechSchema
		.optional()
		.describe('How the model hears and speaks, where sources state it'),
	checked: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.describe("When the page's facts were last checked"),
	pipeline: diagramSchema.describe('The pipeline diagram as a graph: nodes, edges, groups'),
	sources: z.array(z.string()),
	bibtex: z.string(),
	pages: z
		.record(z.string(), localizedPage)
		.describe(`The model's page in each language, keyed by language tag: ${languages.join(', ')}`),
});

/** The whole `/data/models.json` file. */
export const modelsExportSchema = z.object({
	version: z.literal(exportFormatVersion),
	site: z.string(),
	license: z.string(),
	results: z
		.string()
		.optional()
		.describe('URL of the benchmark results of these models (results.json)'),
	models: z.array(exportedModelSchema),
});

export type ModelsExport = z.output<typeof modelsExportSchema>;
export type ExportedModel = z.output<typeof exportedModelSchema>;
