import { z } from 'astro/zod';
import { httpsUrlSchema } from './ids';
import { translatedSchema } from './translatable';
import { speechRoutes } from './vocabulary';

/** A number as its source prints it, with that source: every speech figure carries one. */
export const sourcedNumberSchema = z
	.object({
		/** The value exactly as printed (never converted). */
		value: z.number().positive(),
		/** Where it is printed: paper, technical report, README or model card. */
		source: httpsUrlSchema,
	})
	.strict();

/** How a model that hears or speaks handles audio, where its sources state it. */
export const speechSchema = z
	.object({
		/** How speech comes out; absent for a model that listens but answers in text only. */
		output: z.enum(speechRoutes).optional(),
		/** Speech tokens per second that the model reads or writes. */
		tokenRate: sourcedNumberSchema.optional(),
		/** Number of codebooks in its speech tokenizer or codec. */
		codebooks: sourcedNumberSchema.optional(),
		/** Whether it starts speaking before the whole answer is generated. */
		streaming: z.boolean().optional(),
		/** Whether it keeps listening while it speaks (can be interrupted, can back-channel). */
		fullDuplex: z.boolean().optional(),
		/** The response latency the authors report, with the conditions they measured it under. */
		latency: z
			.object({
				/** Milliseconds, as reported. */
				ms: z.number().positive(),
				/** What was measured and on what hardware, in every language. */
				conditions: translatedSchema,
				source: httpsUrlSchema,
			})
			.strict()
			.optional(),
	})
	.strict();

export type Speech = z.output<typeof speechSchema>;
