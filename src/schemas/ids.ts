import { z } from 'astro/zod';

/** A stable, lower-case ASCII slug shared by both languages, e.g. `eva-clip` or `emu3.5`. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be a lower-case ASCII slug such as `eva-clip`');

/** A new-style arXiv identifier without version, `YYMM.NNNNN` (or `YYMM.NNNN` before 2015). */
export const arxivIdSchema = z
	.string()
	.regex(
		/^\d{2}(0[1-9]|1[0-2])\.\d{4,5}$/,
		'must be an arXiv id of the form YYMM.NNNNN without a version suffix, e.g. 2307.05222',
	);

/** A calendar day. YAML turns unquoted dates into `Date`s; keep them as `YYYY-MM-DD` strings. */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

/** A public https:// URL. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
