import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi-document';

/** Writes the gateway's OpenAPI document; the admin UI generates its client from it. */
const out = process.argv[2];
if (!out) {
  console.error('usage: openapi.cli.ts <out.json>');
  process.exit(2);
}
buildOpenApiDocument().then(
  (document) => {
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    process.exit(0); // the preview app may keep handles open
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
