import { AstroError } from 'astro/errors';
import { formatProblems, type ContentProblem } from './content-problems';

/**
 * Fails the build with every problem at once, each naming its file and field.
 *
 * @example
 * throwIfProblems([]) // returns
 * throwIfProblems([{ file: 'content/docs/models/emu.mdx', field: 'model.buildsOn[0]', message: 'unknown model "x"' }]) // throws
 */
export function throwIfProblems(
	problems: readonly ContentProblem[],
	title = 'Invalid content',
): void {
	if (problems.length === 0) return;
	throw new AstroError(
		`${title} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
		'Fix each file and field listed above. CONTRIBUTING.md explains the content model.',
	);
}
