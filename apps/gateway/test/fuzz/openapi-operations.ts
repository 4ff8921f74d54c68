/**
 * The operations of an OpenAPI 3.0 document, as the API fuzz test needs them: method, path,
 * parameters, the body's schema with `$ref`s resolved, and who may call it (`x-roles`, or
 * anonymous `security: [{}]`).
 */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  /** The path template, e.g. `/api/v1/organizations/{id}`. */
  path: string;
  operationId: string;
  parameters: Parameter[];
  body?: Schema;
  /** The roles that may call it; empty when anyone may (no sign-in). */
  roles: string[];
  anonymous: boolean;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
  'x-roles'?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Replaces `$ref`s (and one-schema `allOf`s) by what they point to, to a depth. */
export function resolver(document: OpenApiDocument) {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined, depth = 0): Schema | undefined => {
    if (!schema || depth > 10) return undefined; // deep enough for an enum in an array item
    if (schema.$ref)
      return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')], depth + 1);
    if (schema.allOf?.length === 1)
      return { ...resolve(schema.allOf[0], depth + 1), nullable: schema.nullable };
    const resolved: Schema = { ...schema };
    if (schema.properties)
      resolved.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, property]) => [
          name,
          resolve(property, depth + 1) ?? {},
        ]),
      );
    if (schema.items) resolved.items = resolve(schema.items, depth + 1);
    return resolved;
  };
  return resolve;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = resolver(document);
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(methods)) {
      const anonymous = JSON.stringify(operation.security ?? []) === '[{}]';
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        parameters: (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body: resolve(operation.requestBody?.content?.['application/json']?.schema),
        roles: operation['x-roles'] ?? [],
        anonymous,
      });
    }
  return operations;
}
