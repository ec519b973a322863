import { z } from 'astro/zod';
import { httpsUrlSchema, isoDateSchema } from './ids';
import { translatedSchema } from './translatable';
import { availabilities } from './vocabulary';

/** One official checkpoint a reader can download or request. */
export const checkpointSchema = z
	.object({
		/** The checkpoint's name as its publisher writes it, e.g. `Emu3-Gen`. */
		name: z.string().min(1),
		/** Its official page: a model card, a release, a repository folder. */
		url: httpsUrlSchema,
	})
	.strict();

/**
 * What the authors released, as the newest official repository or model card shows it. Release
 * status changes, so `checked` says when it was last looked at.
 */
export const releaseSchema = z
	.object({
		/** Inference or training code: public, behind a request or agreement, or not released. */
		code: z.enum(availabilities),
		/** Model weights, with the same three states. */
		weights: z.enum(availabilities),
		/** The code's licence as the repository states it, e.g. `Apache-2.0`, `MIT`. */
		codeLicence: z.string().min(1).optional(),
		/** The weights' licence where it differs or is stated separately, e.g. `LLaMA 2 Community License`. */
		weightsLicence: z.string().min(1).optional(),
		/** When the weights were first published, where the publisher dates it. */
		date: isoDateSchema.optional(),
		/** Official checkpoints. */
		checkpoints: z.array(checkpointSchema).default([]),
		/** What a reader should know in words, e.g. "released weights cannot generate images". */
		note: translatedSchema.optional(),
		/** When the release status was last checked against the official repository or model card. */
		checked: isoDateSchema,
	})
	.strict()
	.superRefine((release, context) => {
		if (release.weights === 'none' && release.checkpoints.length > 0) {
			context.addIssue({
				code: 'custom',
				path: ['checkpoints'],
				message: 'lists checkpoints although `weights` is `none`',
			});
		}
	});

export type Release = z.output<typeof releaseSchema>;
