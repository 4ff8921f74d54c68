// `npm run audit:verify [schema…]`: checks every service's audit chain (R31) in the database
// `npm start` uses, finding it the same way (DATABASE_URL, this machine's Postgres, or the
// embedded one under .data/, started for the check and stopped after). Exit code 1 names the
// first bad entry of a broken chain; see libs/platform/audit/src/verify.cli.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnPlatformDatabase } from './platform-command.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.error(`[audit] ${message}`);

process.exit(
  await runOnPlatformDatabase({
    root,
    log,
    script: 'libs/platform/audit/src/verify.cli.ts',
    args: process.argv.slice(2),
    failure: 1,
  }),
);
