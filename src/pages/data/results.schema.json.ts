import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../lib/json-schema-response';
import { resultsExportSchema } from '../../schemas/results-export';

/** JSON Schema of `/data/results.json`, generated from the zod schema that validates it. */
export const GET: APIRoute = ({ site }) =>
	jsonSchemaResponse(resultsExportSchema, {
		path: '/data/results.schema.json',
		title: 'Omni-Modal Atlas benchmark results',
		site,
	});
