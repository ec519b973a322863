/**
 * Closed vocabularies of the content model. Each value has a label in every language under the
 * i18n key named beside it (e.g. `paradigm.ar-semantic`), so adding a value here without its
 * strings fails the i18n schema.
 */

/**
 * Architecture paradigms, following the taxonomy of the survey "Unified Multimodal Understanding
 * and Generation Models" (arXiv 2505.02567): diffusion backbones, autoregressive MLLMs split by how
 * images are encoded, fused autoregressive + diffusion MLLMs, and any-to-any models. `generator`
 * marks background pages on pure image generators (MaskGIT, Muse, …) that unified models borrow from.
 * i18n keys: `paradigm.<value>`.
 */
export const paradigms = [
	'diffusion',
	'ar-pixel',
	'ar-semantic',
	'ar-learnable-query',
	'ar-hybrid',
	'fused-pixel',
	'fused-hybrid',
	'any-to-any',
	'speech',
	'generator',
] as const;
export type Paradigm = (typeof paradigms)[number];

/** Modalities a model reads or writes. i18n keys: `modality.<value>`. */
export const modalities = ['text', 'image', 'video', 'audio'] as const;
export type Modality = (typeof modalities)[number];

/**
 * The role a component plays inside one model. The same component can play different roles in
 * different models (a VQGAN is a tokenizer in one and a decoder in another).
 * i18n keys: `role.<value>`.
 */
export const roles = [
	'understanding-encoder',
	'visual-tokenizer',
	'audio-encoder',
	'audio-tokenizer',
	'connector',
	'backbone',
	'generation-head',
	'image-decoder',
	'video-decoder',
	'audio-decoder',
	'training-technique',
] as const;
export type Role = (typeof roles)[number];

/**
 * What a component is, independent of any model; the tag index groups by it.
 * i18n keys: `kind.<value>`.
 */
export const componentKinds = [
	'encoder',
	'tokenizer',
	'connector',
	'backbone',
	'decoder',
	'technique',
] as const;
export type ComponentKind = (typeof componentKinds)[number];

/**
 * The three routes to a unified model that the landscape overview explains: discretise images
 * into tokens; fuse autoregression and diffusion in one backbone; or let the LLM's visual
 * embeddings condition a separate diffusion decoder. i18n keys: `route.<value>`.
 */
export const unificationRoutes = [
	'discrete-tokens',
	'ar-plus-diffusion',
	'embedding-conditioned',
] as const;
export type UnificationRoute = (typeof unificationRoutes)[number];

/**
 * What a box in a diagram is: `model` is a whole model, for lineage and overview diagrams; the
 * rest are parts of one model's pipeline. Each kind has its own shape and fill in every diagram on the site,
 * explained by the legend. i18n keys: `diagram.kind.<value>`.
 */
export const nodeKinds = [
	'input',
	'encoder',
	'tokenizer',
	'connector',
	'backbone',
	'head',
	'decoder',
	'representation',
	'output',
	'model',
] as const;
export type NodeKind = (typeof nodeKinds)[number];

/**
 * Whether a model part's weights are updated when the model is trained: `partial` covers LoRA,
 * adapters or some layers only. Drawn as a solid, dashed or dotted border (not colour alone).
 * i18n keys: `diagram.state.<value>`.
 */
export const trainingStates = ['trained', 'frozen', 'partial'] as const;
export type TrainingState = (typeof trainingStates)[number];

/**
 * Whether code or weights are released: `open` for anyone, `gated` behind a request, a licence
 * agreement or an API, `none` not at all. i18n keys: `release.<value>`.
 */
export const availabilities = ['open', 'gated', 'none'] as const;
export type Availability = (typeof availabilities)[number];

/**
 * How a model produces speech, for models that speak. `tts-cascade`: the LLM writes text and a
 * separate text-to-speech system reads it; `discrete-tokens`: the backbone predicts speech or
 * codec tokens directly; `thinker-talker`: a second module (the "talker") turns the backbone's
 * hidden states into speech tokens in parallel with its text; `interleaved`: text and speech
 * tokens alternate in one output stream; `other` where none fits (the page explains).
 * i18n keys: `speech.route.<value>`.
 */
export const speechRoutes = [
	'tts-cascade',
	'discrete-tokens',
	'thinker-talker',
	'interleaved',
	'other',
] as const;
export type SpeechRoute = (typeof speechRoutes)[number];

/** The kind of document that introduced a model. i18n keys: `facts.paperKind.<value>`. */
export const paperKinds = [
	'paper',
	'technical-report',
	'system-card',
	'model-card',
	'blog',
] as const;
export type PaperKind = (typeof paperKinds)[number];
