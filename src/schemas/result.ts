import { z } from 'astro/zod';
import { httpsUrlSchema, isoDateSchema, slugSchema } from './ids';
import { translatedSchema } from './translatable';

/** Where a number was printed. */
export const resultSourceKinds = [
	'paper-table',
	'paper-text',
	'readme',
	'model-card',
	'project-page',
] as const;

/**
 * The conditions a number was measured under, as its source states them. The keys are a
 * closed vocabulary: a leaderboard ranks only results with the same setting, so "GenEval with
 * rewritten prompts" is never ranked against plain GenEval. A key left out means the source
 * does not say (or the benchmark has only one way to run it).
 */
export const resultSettingSchema = z
	.object({
		/** Evaluation split, e.g. `val` for MMMU, `test-clean` for LibriSpeech. */
		split: z
			.enum(['val', 'dev', 'test', 'test-dev', 'test-mini', 'test-clean', 'test-other'])
			.optional(),
		/** Language version of a bilingual benchmark (MMBench-CN is `zh`). */
		language: z.enum(['en', 'zh']).optional(),
		/** Prompts rewritten by an LLM before generation (GenEval, DPG-Bench). */
		promptRewriting: z.boolean().optional(),
		/** The model reasons (chain of thought, "thinking") before answering or generating. */
		reasoning: z.boolean().optional(),
		/** Number of in-context examples. */
		shots: z.number().int().min(0).optional(),
		/** Output or input side length in pixels where the source ties the number to it. */
		resolution: z.number().int().positive().optional(),
	})
	.strict();

/** One number: who scored what, on which benchmark and setting, and where it was printed. */
export const resultRecordSchema = z
	.object({
		/** Benchmark slug (`content/benchmarks/<slug>.yaml`). */
		benchmark: slugSchema,
		/** Checkpoint or size the number belongs to, as the source names it, e.g. `Janus-Pro-7B`. */
		variant: z.string().min(1),
		setting: resultSettingSchema.default({}),
		/** The value exactly as printed, e.g. `0.82`, `81.60`, `2.1`; never recomputed. */
		value: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be the number as printed, e.g. 0.82 or 81.60'),
		source: z
			.object({
				url: httpsUrlSchema,
				kind: z.enum(resultSourceKinds),
				/** Table, figure or section, e.g. `Table 3`, `README, Evaluation`. */
				where: z.string().min(1).optional(),
			})
			.strict(),
		/**
		 * The number is printed by a source about another model (a baseline row), not by this
		 * model's own paper or repository: shown as a secondary source.
		 */
		secondary: z.boolean().default(false),
		/** What a reader must know about this number, in every language. */
		note: translatedSchema.optional(),
		/** When the number was last checked against its source. */
		checked: isoDateSchema,
	})
	.strict();

/** A model's results, `content/results/<model-slug>.yaml`. */
export const modelResultsSchema = z
	.object({ results: z.array(resultRecordSchema).min(1) })
	.strict();

export type ResultRecord = z.output<typeof resultRecordSchema>;
export type ResultSetting = z.output<typeof resultSettingSchema>;
