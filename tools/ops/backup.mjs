// `npm run backup [-- --out FILE]`: dumps the platform's database (every service's schema, one
// consistent snapshot) with `pg_dump --format=custom` to FILE, by default
// backups/civic-<UTC timestamp>.dump, and prints its path. The database is found as `npm start`
// finds it (DATABASE_URL, this machine's Postgres, or the embedded one under .data/). pg_dump and
// pg_restore come from PATH, or from PG_BIN; they must be of the server's major version or newer.
// Restore with tools/ops/restore.mjs; see tools/ops/backup-restore.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runOnPlatformDatabase } from '../dev/platform-command.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.error(`[backup] ${message}`);

let options;
try {
  ({ values: options } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  console.error(`${error.message}\nusage: node tools/ops/backup.mjs [--out FILE]`);
  process.exit(2);
}
if (options.help) {
  console.log('usage: node tools/ops/backup.mjs [--out FILE]   (default backups/civic-<UTC>.dump)');
  process.exit(0);
}
// resolved here, against the directory the command was given in; the default is the CLI's
const file = options.out ? [path.resolve(options.out)] : [];

process.exit(
  await runOnPlatformDatabase({
    root,
    log,
    script: 'tools/ops/backup-restore.cli.ts',
    args: ['backup', ...file],
  }),
);
