import { z } from 'astro/zod';
import { withBase } from './base-path';

/**
 * A JSON Schema document generated from the zod schema that validates an export, with its
 * public `$id`, as the response of a `/data/*.schema.json` route.
 *
 * @example
 * jsonSchemaResponse(modelsExportSchema, { path: '/data/models.schema.json', title: 'Omni-Modal Atlas models', site })
 * // => Response with { "$schema": …, "$id": "https://…/data/models.schema.json", "title": "Omni-Modal Atlas models", … }
 */
export function jsonSchemaResponse(
	schema: z.ZodType,
	{ path, title, site }: { path: string; title: string; site: URL | undefined },
): Response {
	const document = {
		...z.toJSONSchema(schema),
		$id: new URL(withBase(path), site ?? 'https://localhost/').href,
		title,
	};
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json' },
	});
}
