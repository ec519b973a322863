import type { ModelPage } from './pages';
import type { ComponentUse } from '../schemas/model';
import type { Availability, Modality, Paradigm, Role, SpeechRoute } from '../schemas/vocabulary';
import { yearOf } from './format';
import { traitsOf, type ModelTrait } from './model-traits';

/** A component in a table cell: its slug and the model-specific, language-neutral spec. */
export interface ComponentCell {
	tag: string;
	spec: string | undefined;
}

/** One row of the comparison table, language-neutral: routes translate keys and names. */
export interface CompareRow {
	slug: string;
	path: string;
	name: string;
	date: string;
	year: number;
	organisations: string[];
	paradigm: Paradigm;
	understandingEncoders: ComponentCell[];
	generationTokenizers: ComponentCell[];
	/** Tokens per image for generation (or for both paths), when the paper states it. */
	tokensPerImage: number | undefined;
	/** Codebook size, `continuous` when the generation tokens are not quantised, `undefined` when unknown. */
	codebook: number | 'continuous' | undefined;
	backbones: ComponentCell[];
	decoders: ComponentCell[];
	inputs: Modality[];
	outputs: Modality[];
	/** How speech comes out, for models that speak. */
	speech: SpeechRoute | undefined;
	/** Whether it listens while speaking; `undefined` when its sources do not say. */
	fullDuplex: boolean | undefined;
	weights: Availability;
	code: Availability;
	/** The weights' licence, or the code's where the weights have none stated. */
	licence: string | undefined;
	/** Filterable yes/no properties (hears, speaks, full-duplex, open weights, open code). */
	traits: ModelTrait[];
}

const decoderRoles: Role[] = ['image-decoder', 'video-decoder', 'audio-decoder', 'generation-head'];

/**
 * Derives one comparison-table row per model from its facts.
 *
 * @example
 * compareRows([emu])[0]
 * // => { slug: 'emu', year: 2023, understandingEncoders: [{ tag: 'eva-clip', … }], codebook: 'continuous', … }
 */
export function compareRows(models: readonly ModelPage[]): CompareRow[] {
	return models.map((model) => {
		const { facts } = model;
		const pick = (...roles: Role[]) =>
			facts.components.filter((c) => roles.includes(c.role)).map(toCell);
		const generation = facts.imageTokens.find((t) => t.use !== 'understanding');
		return {
			slug: model.slug,
			path: model.path,
			name: facts.name,
			date: facts.date,
			year: yearOf(facts.date),
			organisations: facts.organisations,
			paradigm: facts.paradigm,
			understandingEncoders: pick('understanding-encoder'),
			generationTokenizers: pick('visual-tokenizer'),
			tokensPerImage: generation?.tokens,
			codebook: generation ? (generation.codebookSize ?? 'continuous') : undefined,
			backbones: pick('backbone'),
			decoders: pick(...decoderRoles),
			inputs: facts.modalities.input,
			outputs: facts.modalities.output,
			speech: facts.speech?.output,
			fullDuplex: facts.speech?.fullDuplex,
			weights: facts.release.weights,
			code: facts.release.code,
			licence: facts.release.weightsLicence ?? facts.release.codeLicence,
			traits: traitsOf(facts),
		};
	});
}

function toCell({ tag, spec }: ComponentUse): ComponentCell {
	return { tag, spec };
}
