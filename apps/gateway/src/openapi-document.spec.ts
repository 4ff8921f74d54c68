import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi-document';

const COMMITTED = join(__dirname, '../../admin-ui/src/api/openapi.json');

interface Operation {
  parameters?: {
    name: string;
    in: string;
    schema?: { type?: string; minimum?: number; maximum?: number };
  }[];
}

let built: Promise<OpenAPIObject> | undefined;
const document = () => (built ??= buildOpenApiDocument());

describe('the admin UI client is generated from the current API', () => {
  it('has an openapi.json equal to what the gateway describes now (else: node apps/admin-ui/scripts/generate-api.mjs)', async () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(await document()).toEqual(committed);
  });
});

describe('the OpenAPI document', () => {
  it('gives every numeric query and path parameter the bounds its validator enforces (issue #15)', async () => {
    const unbounded: string[] = [];
    for (const [path, methods] of Object.entries((await document()).paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const parameter of (operation as Operation).parameters ?? []) {
          const schema = parameter.schema ?? {};
          const numeric = schema.type === 'number' || schema.type === 'integer';
          if (numeric && (schema.minimum === undefined || schema.maximum === undefined)) {
            unbounded.push(`${method.toUpperCase()} ${path} ${parameter.in} ${parameter.name}`);
          }
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});
