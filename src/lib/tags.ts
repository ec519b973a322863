import type { ComponentKind, Paradigm, Role } from '../schemas/vocabulary';
import { componentKinds, roles } from '../schemas/vocabulary';
import type { Translatable } from '../schemas/translatable';
import type { ModelPage } from './pages';

/** One use of a component by one model. */
export interface ComponentUsage {
	model: ModelPage;
	role: Role;
	/** Language-neutral specifics, e.g. `ViT-g/14`. */
	spec: string | undefined;
	/** A remark in words, per language. */
	note: Translatable | undefined;
	year: number;
	paradigm: Paradigm;
}

/**
 * Lists, for every component slug, the models (of one locale) that use it and in which role,
 * oldest model first. A model that uses a component in two roles appears twice.
 *
 * @example
 * usagesByComponent([emu]).get('eva-clip')
 * // => [{ model: emu, role: 'understanding-encoder', spec: 'ViT-g/14', note: undefined, year: 2023, paradigm: 'ar-learnable-query' }]
 */
export function usagesByComponent(models: readonly ModelPage[]): Map<string, ComponentUsage[]> {
	const result = new Map<string, ComponentUsage[]>();
	const byDate = [...models].sort(
		(a, b) => a.facts.date.localeCompare(b.facts.date) || a.slug.localeCompare(b.slug),
	);
	for (const model of byDate) {
		for (const { tag, role, spec, note } of model.facts.components) {
			const list = result.get(tag) ?? [];
			list.push({
				model,
				role,
				spec,
				note,
				year: Number(model.facts.date.slice(0, 4)),
				paradigm: model.facts.paradigm,
			});
			result.set(tag, list);
		}
	}
	return result;
}

/**
 * Groups a model's components by role, in the canonical role order (input side first), so
 * chips read like the pipeline.
 *
 * @example
 * componentsByRole(emu.facts.components)
 * // => [['understanding-encoder', [{ tag: 'eva-clip', … }]], ['connector', …], …]
 */
export function componentsByRole<T extends { role: Role }>(
	components: readonly T[],
): [Role, T[]][] {
	return roles
		.map((role): [Role, T[]] => [role, components.filter((component) => component.role === role)])
		.filter(([, list]) => list.length > 0);
}

/**
 * Groups components by kind for the tag index, in the canonical kind order, names sorted.
 *
 * @example
 * componentsByKind([{ slug: 'vqgan', name: 'VQGAN', kind: 'tokenizer' }])
 * // => [['tokenizer', [{ slug: 'vqgan', … }]]]
 */
export function componentsByKind<T extends { kind: ComponentKind; name: string }>(
	components: readonly T[],
): [ComponentKind, T[]][] {
	return componentKinds
		.map((kind): [ComponentKind, T[]] => [
			kind,
			components.filter((c) => c.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
		])
		.filter(([, list]) => list.length > 0);
}
