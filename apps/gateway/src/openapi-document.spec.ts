import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from './openapi-document';

const COMMITTED = join(__dirname, '../../admin-ui/src/api/openapi.json');

describe('the admin UI client is generated from the current API', () => {
  it('has an openapi.json equal to what the gateway describes now (else: node apps/admin-ui/scripts/generate-api.mjs)', async () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(await buildOpenApiDocument()).toEqual(committed);
  });
});
