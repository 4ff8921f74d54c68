import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

/** Conventions of the pure domain libraries (style.md "Domain first"), checked on their sources. */
const ROOT = __dirname;
const LIBS = [
  'access',
  'calendar',
  'conflicts',
  'dashboards',
  'finance',
  'forms',
  'identifiers',
  'incubation',
  'lottery',
  'money',
  'organizations',
  'policy',
  'priority',
  'procurement',
  'programme',
  'spreadsheet',
  'venture',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = LIBS.flatMap((lib) => sourceFiles(join(ROOT, lib, 'src')));
const production = files.filter((f) => !/\.(spec|fixture)\.ts$/.test(f));
const importsOf = (text: string) =>
  [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('domain libraries stay pure (rules R1–R31 live in libs/domain)', () => {
  it('finds the sources it checks', () => {
    expect(production.length).toBeGreaterThan(20);
  });

  it.each(production.map((f) => [relative(ROOT, f), f]))(
    '%s imports only relative files and @civic/domain/*',
    (_name, file) => {
      const foreign = importsOf(readFileSync(file, 'utf8')).filter(
        (spec) => !spec.startsWith('.') && !spec.startsWith('@civic/domain/'),
      );
      expect(foreign).toEqual([]);
    },
  );

  it.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s imports nothing from the framework, ORM, queue or database',
    (_name, file) => {
      const banned = importsOf(readFileSync(file, 'utf8')).filter((spec) =>
        /^(@nestjs\/|typeorm|bullmq|ioredis|pg$|pg\/|class-validator|class-transformer)/.test(spec),
      );
      expect(banned).toEqual([]);
    },
  );

  it.each(production.map((f) => [relative(ROOT, f), f]))(
    '%s: every exported function cites its rule id (or domain.md "Actors" for access)',
    (_name, file) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const uncited = lines.flatMap((line, i) => {
        const match = /^export function (\w+)/.exec(line);
        if (!match) return [];
        const before = lines.slice(Math.max(0, i - 12), i).reverse();
        const end = before.findIndex((l) => l.trim() === '' || l.startsWith('}'));
        const comment = (end < 0 ? before : before.slice(0, end)).join('\n');
        return /rule R\d+|domain\.md "Actors"/.test(comment) ? [] : [match[1]];
      });
      expect(uncited).toEqual([]);
    },
  );

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s has no default export', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/export default/);
  });
});
