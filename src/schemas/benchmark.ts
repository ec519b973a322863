import { z } from 'astro/zod';
import { arxivIdSchema, httpsUrlSchema } from './ids';
import { translatedSchema, translatableSchema } from './translatable';

/** What a benchmark evaluates; the model page groups its results by it. */
export const benchmarkKinds = ['generation', 'editing', 'understanding', 'speech'] as const;
export type BenchmarkKind = (typeof benchmarkKinds)[number];

/**
 * One benchmark, `content/benchmarks/<slug>.yaml`: what it measures, how its number is read,
 * and its paper. Results name benchmarks by slug, so an unknown benchmark fails the build.
 */
export const benchmarkSchema = z
	.object({
		/** The name as its authors write it, e.g. `GenEval`, `DPG-Bench`. */
		name: z.string().min(1),
		kind: z.enum(benchmarkKinds),
		/** What it tests, in one or two sentences per language. */
		measures: translatedSchema,
		/** The number a result records, e.g. "overall score: mean accuracy over six tasks". */
		metric: translatedSchema,
		/** How to read it: what moves the number, what is not comparable. */
		reading: translatedSchema,
		/** Smallest and largest possible value of the number as papers print it. */
		range: z.tuple([z.number(), z.number()]),
		/** Whether a larger number is better (false for error rates and FID). */
		higherIsBetter: z.boolean(),
		/** Unit printed after the number, if any, e.g. `%`. */
		unit: z.string().optional(),
		/** The benchmark's paper. */
		arxiv: arxivIdSchema.optional(),
		/** Its official page or repository. */
		link: httpsUrlSchema,
		/** Display label of the axis, when it differs from the metric, e.g. `WER (%)`. */
		axis: translatableSchema.optional(),
	})
	.strict()
	.refine(({ range: [low, high] }) => low < high, {
		message: 'range must be [lowest, highest]',
		path: ['range'],
	});

export type Benchmark = z.output<typeof benchmarkSchema>;
