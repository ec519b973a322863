import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../lib/json-schema-response';
import { modelsExportSchema } from '../../schemas/export';

/** JSON Schema of `/data/models.json`, generated from the same zod schema that validates it. */
export const GET: APIRoute = ({ site }) =>
	jsonSchemaResponse(modelsExportSchema, {
		path: '/data/models.schema.json',
		title: 'Omni-Modal Atlas models',
		site,
	});
