import type { Benchmark } from '../schemas/benchmark';
import type { ResultRecord } from '../schemas/result';
import { settingKey } from '../lib/results';
import type { ContentProblem } from './content-problems';

/** One model's results file, as the checks see it. */
export interface ResultsFileRef {
	/** `content/results/<model>.yaml`. */
	file: string;
	/** The model slug the file belongs to. */
	model: string;
	results: readonly ResultRecord[];
}

/**
 * Finds results that cannot be right: an unknown benchmark, a value outside the benchmark's
 * range, or the same model, variant, benchmark and setting printed with two different values
 * by the same source. Different sources may disagree; both are kept and shown labelled.
 *
 * @example
 * findResultProblems([{ file: 'content/results/bagel.yaml', model: 'bagel', results: [{ benchmark: 'geneval', value: '1.2', … }] }], benchmarks)
 * // => [{ file: 'content/results/bagel.yaml', field: 'results.0.value', message: '1.2 is outside GenEval's range 0–1' }]
 */
export function findResultProblems(
	files: readonly ResultsFileRef[],
	benchmarks: ReadonlyMap<string, Benchmark>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, results } of files) {
		const seen = new Map<string, { index: number; value: string }>();
		results.forEach((result, index) => {
			const benchmark = benchmarks.get(result.benchmark);
			if (!benchmark) {
				problems.push({
					file,
					field: `results.${index}.benchmark`,
					message: `unknown benchmark "${result.benchmark}"; add content/benchmarks/${result.benchmark}.yaml or use one of: ${[...benchmarks.keys()].join(', ')}`,
				});
				return;
			}
			const value = Number(result.value);
			const [low, high] = benchmark.range;
			if (value < low || value > high) {
				problems.push({
					file,
					field: `results.${index}.value`,
					message: `${result.value} is outside ${benchmark.name}'s range ${low}–${high}`,
				});
			}
			const key = [
				result.variant,
				result.benchmark,
				settingKey(result.setting),
				result.source.url,
			].join('\u0000');
			const first = seen.get(key);
			if (first && Number(first.value) !== value) {
				problems.push({
					file,
					field: `results.${index}.value`,
					message: `${result.value} contradicts results.${first.index} (${first.value}): same variant, benchmark, setting and source`,
				});
			} else if (!first) {
				seen.set(key, { index, value: result.value });
			}
		});
	}
	return problems;
}
