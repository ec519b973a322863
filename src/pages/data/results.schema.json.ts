import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { withBase } from '../../lib/base-path';
import { resultsExportSchema } from '../../schemas/results-export';

/** JSON Schema of `/data/results.json`, generated from the zod schema that validates it. */
export const GET: APIRoute = ({ site }) => {
	const schema = {
		...z.toJSONSchema(resultsExportSchema),
		$id: new URL(withBase('/data/results.schema.json'), site ?? 'https://localhost/').href,
		title: 'Omni-Modal Atlas benchmark results',
	};
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json' },
	});
};
