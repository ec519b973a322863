import { describe, expect, test } from 'vitest';
import { unificationRoute, type ComponentTraits } from '../../src/lib/unification-route';
import { facts } from './helpers';

const traits: Record<string, ComponentTraits> = {
	vqgan: { kind: 'tokenizer', discrete: true },
	'flux-vae': { kind: 'tokenizer' },
	'stable-diffusion': { kind: 'decoder' },
	'eva-clip': { kind: 'encoder' },
};
const traitsOf = (slug: string) => traits[slug];

describe('routes to unification', () => {
	test('a fused AR + diffusion paradigm is route 2 even with a continuous VAE tokenizer', () => {
		const transfusion = facts({
			paradigm: 'fused-pixel',
			modalities: { input: ['text', 'image'], output: ['text', 'image'] },
			components: [{ tag: 'flux-vae', role: 'visual-tokenizer' }],
		});
		expect(unificationRoute(transfusion, traitsOf)).toBe('ar-plus-diffusion');
	});
	test('a discrete tokenizer, or a codebook for generation, is route 1', () => {
		const chameleon = facts({
			paradigm: 'ar-pixel',
			modalities: { input: ['text', 'image'], output: ['text', 'image'] },
			components: [{ tag: 'vqgan', role: 'visual-tokenizer' }],
		});
		expect(unificationRoute(chameleon, traitsOf)).toBe('discrete-tokens');
		const seed = facts({
			modalities: { input: ['image'], output: ['image'] },
			imageTokens: [{ use: 'both', resolution: 224, tokens: 32, codebookSize: 8192 }],
			components: [{ tag: 'stable-diffusion', role: 'image-decoder' }],
		});
		expect(unificationRoute(seed, traitsOf)).toBe('discrete-tokens');
	});
	test('a codebook used only for understanding does not make generation discrete', () => {
		const model = facts({
			modalities: { input: ['image'], output: ['image'] },
			imageTokens: [{ use: 'understanding', resolution: 224, tokens: 32, codebookSize: 8192 }],
			components: [{ tag: 'stable-diffusion', role: 'image-decoder' }],
		});
		expect(unificationRoute(model, traitsOf)).toBe('embedding-conditioned');
	});
	test('LLM outputs driving a diffusion decoder is route 3', () => {
		const emu = facts({
			modalities: { input: ['text', 'image'], output: ['text', 'image'] },
			components: [
				{ tag: 'eva-clip', role: 'understanding-encoder' },
				{ tag: 'stable-diffusion', role: 'image-decoder' },
			],
		});
		expect(unificationRoute(emu, traitsOf)).toBe('embedding-conditioned');
	});
	test('generators, text-only outputs and diffusion backbones take no route', () => {
		expect(
			unificationRoute(
				facts({ paradigm: 'generator', modalities: { input: ['text'], output: ['image'] } }),
				traitsOf,
			),
		).toBeUndefined();
		expect(
			unificationRoute(facts({ modalities: { input: ['image'], output: ['text'] } }), traitsOf),
		).toBeUndefined();
		const omnigen = facts({
			paradigm: 'diffusion',
			modalities: { input: ['text', 'image'], output: ['image'] },
			components: [{ tag: 'stable-diffusion', role: 'image-decoder' }],
		});
		expect(unificationRoute(omnigen, traitsOf)).toBeUndefined();
	});
	test('an explicit route wins over the rule', () => {
		const showO2 = facts({
			paradigm: 'ar-hybrid',
			route: 'ar-plus-diffusion',
			modalities: { input: ['image'], output: ['image'] },
			components: [{ tag: 'vqgan', role: 'visual-tokenizer' }],
		});
		expect(unificationRoute(showO2, traitsOf)).toBe('ar-plus-diffusion');
	});
});
