// `npm run restore -- FILE --into DATABASE_URL_OR_NAME`: restores a backup made by
// tools/ops/backup.mjs into a NEW database (a postgres:// URL, or a name on the server of the
// platform's database, found as `npm start` finds it), then checks the copy: every schema's audit
// chain verifies (R31) and finance's reconciliation report lists no difference (R28).
//   exit 0  restored, every check passed
//   exit 1  restored, a check failed (the copy is left as restored, for inspection)
//   exit 2  nothing restored: the target exists and holds the platform's schemas (a restore never
//           overwrites a live database), or the file or pg_restore failed
// pg_restore comes from PATH, or from PG_BIN. See tools/ops/backup-restore.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runOnPlatformDatabase } from '../dev/platform-command.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.error(`[restore] ${message}`);
const USAGE = 'usage: node tools/ops/restore.mjs FILE --into DATABASE_URL_OR_NAME';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { into: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [given, ...extra] = parsed.positionals;
const into = parsed.values.into;
if (!given || extra.length > 0 || !into) {
  console.error(USAGE);
  process.exit(2);
}
const file = path.resolve(given);
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}

// A URL names its server; a name is a database on the platform database's server.
const byUrl = /^postgres(ql)?:\/\//.test(into);
process.exit(
  await runOnPlatformDatabase({
    root,
    log,
    script: 'tools/ops/backup-restore.cli.ts',
    args: ['restore', file, into],
    ...(byUrl ? { databaseUrl: into } : { server: true }),
  }),
);
