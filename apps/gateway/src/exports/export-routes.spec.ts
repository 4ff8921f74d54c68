import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../openapi-document';

interface Operation {
  'x-roles'?: string[];
  security?: unknown[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

const EXPORT = '/export.xlsx';

/**
 * Lists the UI shows that are not exported beside themselves: the audit trail has its own export
 * (`entries.xlsx`); the work queue and a user's own notifications are an inbox, not a register.
 */
const NOT_EXPORTED = new Set([
  '/api/v1/audit/{service}/entries',
  '/api/v1/me/work',
  '/api/v1/me/notifications',
]);

let built: Promise<OpenAPIObject> | undefined;
const document = () => (built ??= buildOpenApiDocument());

/** GET routes answering a page: a schema with `items` and `total` (issue #18 "every list"). */
async function pagedLists(): Promise<string[]> {
  const doc = await document();
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
  return Object.entries(doc.paths).flatMap(([path, methods]) => {
    const get = (methods as Record<string, Operation>).get;
    const ref = get?.responses['200']?.content?.['application/json']?.schema?.$ref;
    const schema = ref ? schemas[ref.split('/').pop() as string] : undefined;
    return schema?.properties?.items && schema.properties.total ? [path] : [];
  });
}

describe('an Excel export beside every list (issue #18)', () => {
  it('finds the lists', async () => {
    expect((await pagedLists()).length).toBeGreaterThan(25);
  });

  it('exports every paged list at <list>/export.xlsx', async () => {
    const doc = await document();
    const missing = (await pagedLists()).filter(
      (path) => !NOT_EXPORTED.has(path) && !doc.paths[`${path}${EXPORT}`],
    );
    expect(missing).toEqual([]);
  });

  it("gives each export exactly its list's roles (or its publicness), path and filters", async () => {
    const doc = await document();
    const exports = Object.keys(doc.paths).filter((path) => path.endsWith(EXPORT));
    expect(exports.length).toBeGreaterThan(25);
    const differences = exports.flatMap((path) => {
      const list = path.slice(0, -EXPORT.length);
      // the tranches are a part of each award: exported beside the awards' list
      const listed = list.endsWith('/awards/tranches') ? list.replace('/tranches', '') : list;
      const own = (doc.paths[path] as Record<string, Operation>).get;
      const theirs = (doc.paths[listed] as Record<string, Operation> | undefined)?.get;
      if (!theirs) return [`${path}: no list at ${listed}`];
      const filters = (op: Operation) =>
        (op.parameters ?? [])
          .filter((p) => !['page', 'pageSize', 'lang'].includes(p.name))
          .map((p) => `${p.in}:${p.name}`)
          .sort();
      const problems: string[] = [];
      if (JSON.stringify(own['x-roles']) !== JSON.stringify(theirs['x-roles'])) {
        problems.push(`${path}: roles ${own['x-roles']} ≠ ${theirs['x-roles']}`);
      }
      if (JSON.stringify(own.security) !== JSON.stringify(theirs.security)) {
        problems.push(`${path}: security differs from ${listed}`);
      }
      if (JSON.stringify(filters(own)) !== JSON.stringify(filters(theirs))) {
        problems.push(`${path}: filters ${filters(own)} ≠ ${filters(theirs)}`);
      }
      return problems;
    });
    expect(differences).toEqual([]);
  });

  it('documents each export: a summary, an xlsx answer, a lang parameter and no paging', async () => {
    const doc = await document();
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const bad = Object.entries(doc.paths)
      .filter(([path]) => path.endsWith(EXPORT))
      .filter(([, methods]) => {
        const op = (methods as Record<string, Operation>).get;
        const names = (op.parameters ?? []).map((p) => p.name);
        return (
          !op.summary ||
          !op.responses['200']?.content?.[XLSX] ||
          !names.includes('lang') ||
          names.includes('page') ||
          names.includes('pageSize')
        );
      })
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });
});
