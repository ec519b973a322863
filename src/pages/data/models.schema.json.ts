import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { withBase } from '../../lib/base-path';
import { modelsExportSchema } from '../../schemas/export';

/** JSON Schema of `/data/models.json`, generated from the same zod schema that validates it. */
export const GET: APIRoute = ({ site }) => {
	const schema = {
		...z.toJSONSchema(modelsExportSchema),
		$id: new URL(withBase('/data/models.schema.json'), site ?? 'https://localhost/').href,
		title: 'Omni-Modal Atlas models',
	};
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json' },
	});
};
