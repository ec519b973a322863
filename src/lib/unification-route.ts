import type { ComponentKind, UnificationRoute } from '../schemas/vocabulary';

/** What the route rule needs to know about a component. */
export interface ComponentTraits {
	kind: ComponentKind;
	discrete?: boolean | undefined;
}
import type { ModelFacts } from '../schemas/model';

/**
 * Which of the three routes to a unified model a model takes, derived from its facts:
 * - a fused AR + diffusion paradigm → `ar-plus-diffusion`;
 * - discrete image tokens for generation (a codebook, or a visual tokenizer that is a
 *   discrete tokenizer) → `discrete-tokens`;
 * - otherwise an image decoder driven by the backbone's outputs → `embedding-conditioned`.
 * Background generators and pure diffusion backbones take none. An explicit `route` wins.
 *
 * @example
 * unificationRoute(emu.facts, traitsOf)        // => 'embedding-conditioned'
 * unificationRoute(chameleon.facts, traitsOf)  // => 'discrete-tokens'
 */
export function unificationRoute(
	facts: Pick<ModelFacts, 'paradigm' | 'components' | 'imageTokens' | 'modalities' | 'route'>,
	traitsOf: (slug: string) => ComponentTraits | undefined,
): UnificationRoute | undefined {
	if (facts.route) return facts.route;
	if (facts.paradigm === 'generator' || !facts.modalities.output.includes('image'))
		return undefined;
	if (facts.paradigm === 'fused-pixel' || facts.paradigm === 'fused-hybrid')
		return 'ar-plus-diffusion';
	const discrete =
		facts.imageTokens.some((tokens) => tokens.use !== 'understanding' && tokens.codebookSize) ||
		facts.components.some(
			({ tag, role }) => role === 'visual-tokenizer' && traitsOf(tag)?.discrete,
		);
	if (discrete) return 'discrete-tokens';
	if (facts.paradigm === 'diffusion') return undefined;
	const decoded = facts.components.some(
		({ tag, role }) =>
			(role === 'image-decoder' || role === 'generation-head') && traitsOf(tag)?.kind === 'decoder',
	);
	return decoded ? 'embedding-conditioned' : undefined;
}
