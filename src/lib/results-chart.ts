import { bestSoFar } from './leaderboard';

/** One dot on a results chart. */
export interface ChartPoint {
	/** First-release date of the model, `YYYY-MM-DD`. */
	date: string;
	value: number;
	/** Shown on hover and read by screen readers, e.g. `BAGEL: 0.82`. */
	label: string;
	/** The model's page. */
	href: string;
}

/** Layout of the chart; the numbers are SVG user units. */
const size = { width: 720, height: 300, left: 56, right: 16, top: 16, bottom: 36 };

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Score against release date as inline SVG, drawn at build time: one linked dot per result and
 * the best-so-far line as a step. The y axis runs over the values shown (padded), in the
 * benchmark's direction, so "better" is always up. Colours are Starlight's theme variables, so
 * the chart follows light and dark themes with no script. The SVG takes no image role (its
 * dots are links, which an image role would hide); the figure's caption names it.
 *
 * @example
 * resultsChart({ points: [{ date: '2024-10-17', value: 0.61, label: 'Janus: 0.61', href: '/models/janus/' }], higherIsBetter: true, title: 'GenEval' })
 * // => '<svg viewBox="0 0 720 300" class="results-chart" …><title>GenEval</title>…</svg>'
 */
export function resultsChart({
	points,
	higherIsBetter,
	title,
}: {
	points: readonly ChartPoint[];
	higherIsBetter: boolean;
	title: string;
}): string {
	if (points.length === 0) return '';
	const times = points.map((p) => Date.parse(p.date));
	const firstYear = new Date(Math.min(...times)).getUTCFullYear();
	const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
	const x0 = Date.UTC(firstYear, 0, 1);
	const x1 = Date.UTC(lastYear, 0, 1);
	const values = points.map((p) => p.value);
	const pad = (Math.max(...values) - Math.min(...values)) * 0.1 || Math.abs(values[0]!) * 0.1 || 1;
	const low = Math.min(...values) - pad;
	const high = Math.max(...values) + pad;
	const plotW = size.width - size.left - size.right;
	const plotH = size.height - size.top - size.bottom;
	const x = (date: string) => size.left + ((Date.parse(date) - x0) / (x1 - x0)) * plotW;
	// Better is up: for lower-is-better benchmarks the axis is flipped.
	const y = (value: number) => {
		const share = (value - low) / (high - low);
		return size.top + (higherIsBetter ? 1 - share : share) * plotH;
	};
	const round = (n: number) => Math.round(n * 10) / 10;
	const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
	const yTicks = [low + pad, (low + high) / 2, high - pad];
	const format = (n: number) => String(Number(n.toPrecision(3)));
	const frontier = bestSoFar(points, higherIsBetter);
	const step = frontier
		.map((p, i) => {
			const px = round(x(p.date));
			const py = round(y(p.value));
			const previous = frontier[i - 1];
			return i === 0 ? `M${px},${py}` : `L${px},${round(y(previous!.value))} L${px},${py}`;
		})
		.join(' ');
	const end = round(size.left + plotW);
	const last = frontier.at(-1)!;
	return [
		`<svg viewBox="0 0 ${size.width} ${size.height}" class="results-chart" xmlns="http://www.w3.org/2000/svg">`,
		`<title>${escape(title)}</title>`,
		// A year's label sits inside its span, so the closing boundary has a line but no label.
		...years.map((year) => {
			const px = round(x(`${year}-01-01`));
			const label =
				year < lastYear
					? `<text x="${px + 4}" y="${size.height - 12}" class="chart-label">${year}</text>`
					: '';
			return `<line x1="${px}" x2="${px}" y1="${size.top}" y2="${size.top + plotH}" class="chart-grid"/>${label}`;
		}),
		...yTicks.map((value) => {
			const py = round(y(value));
			return `<line x1="${size.left}" x2="${end}" y1="${py}" y2="${py}" class="chart-grid"/><text x="${size.left - 6}" y="${py + 4}" text-anchor="end" class="chart-label">${format(value)}</text>`;
		}),
		`<path d="${step} L${end},${round(y(last.value))}" class="chart-frontier" fill="none"/>`,
		...points.map(
			(p) =>
				`<a href="${escape(p.href)}"><circle cx="${round(x(p.date))}" cy="${round(y(p.value))}" r="5" class="chart-point"><title>${escape(p.label)}</title></circle></a>`,
		),
		'</svg>',
	].join('');
}
