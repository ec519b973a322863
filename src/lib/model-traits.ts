import type { ModelFacts } from '../schemas/model';

/** Yes/no properties a reader filters models by. */
export const modelTraits = ['hears', 'speaks', 'full-duplex', 'open-weights', 'open-code'] as const;
export type ModelTrait = (typeof modelTraits)[number];

/**
 * The traits a model has, derived from its facts: it hears when audio is an input, speaks when
 * its sources describe a speech output route, is full-duplex when it listens while speaking, and
 * has open weights or code when anyone can download them.
 *
 * @example
 * traitsOf(moshi.facts) // => ['hears', 'speaks', 'full-duplex', 'open-weights', 'open-code']
 */
export function traitsOf(
	facts: Pick<ModelFacts, 'modalities' | 'speech' | 'release'>,
): ModelTrait[] {
	const has: Record<ModelTrait, boolean> = {
		hears: facts.modalities.input.includes('audio'),
		speaks: Boolean(facts.speech?.output),
		'full-duplex': facts.speech?.fullDuplex === true,
		'open-weights': facts.release.weights === 'open',
		'open-code': facts.release.code === 'open',
	};
	return modelTraits.filter((trait) => has[trait]);
}
