import { z } from 'astro/zod';
import { benchmarkKinds } from './benchmark';
import { resultSettingSchema, resultSourceKinds } from './result';

/** Version of the `/data/results.json` format; raise it on any breaking change. */
export const resultsExportVersion = 1;

const translatableText = z.union([z.string(), z.record(z.string(), z.string())]);

/** One benchmark in `/data/results.json`. */
export const exportedBenchmarkSchema = z.object({
	slug: z.string(),
	name: z.string(),
	kind: z.enum(benchmarkKinds),
	measures: translatableText,
	metric: translatableText,
	range: z.tuple([z.number(), z.number()]),
	higherIsBetter: z.boolean(),
	unit: z.string().optional(),
	arxiv: z.string().optional(),
	link: z.string(),
	pages: z.record(z.string(), z.string()).describe('URL of the benchmark page per language'),
});

/** One number in `/data/results.json`. */
export const exportedResultSchema = z.object({
	model: z.string().describe('Model slug, as in models.json'),
	benchmark: z.string().describe('Benchmark slug'),
	variant: z.string(),
	setting: resultSettingSchema,
	value: z.string().describe('The value exactly as printed by the source'),
	source: z.object({
		url: z.string(),
		kind: z.enum(resultSourceKinds),
		where: z.string().optional(),
	}),
	secondary: z.boolean().describe('Printed by a source about another model (a baseline row)'),
	note: translatableText.optional(),
	checked: z.string(),
});

export const resultsExportSchema = z.object({
	version: z.literal(resultsExportVersion),
	site: z.string(),
	license: z.string(),
	models: z.string().describe('URL of models.json, which the model slugs refer to'),
	benchmarks: z.array(exportedBenchmarkSchema),
	results: z.array(exportedResultSchema),
});
