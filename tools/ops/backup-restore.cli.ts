import 'reflect-metadata';
import { join } from 'node:path';
import {
  backupDatabase,
  checkDatabase,
  defaultBackupFile,
  maskUrl,
  RestoreRefused,
  restoreDatabase,
  restoreSummary,
  restoreTarget,
} from './backup-restore';

const ROOT = join(__dirname, '../..');

/**
 * What tools/ops/backup.mjs and restore.mjs run once they have found the database (issue #20):
 *   backup [FILE]        dumps DATABASE_URL to FILE (backups/civic-<UTC>.dump); prints FILE
 *   restore FILE INTO    restores FILE into INTO (a URL, or a name on DATABASE_URL's server), then
 *                        checks it: every audit chain (R31) and finance's reconciliation (R28)
 * Exit 0 when done (and, for restore, every check passed), 1 when a restored copy fails a check,
 * 2 when nothing was done (refused, or the dump or restore failed).
 */
async function main([command, file, into]: string[], databaseUrl: string): Promise<number> {
  const log = (line: string) => console.error(`[${command}] ${line}`);
  if (command === 'backup' && !into) {
    log(`dumping ${maskUrl(databaseUrl)} (every schema, one snapshot)`);
    const backup = await backupDatabase(databaseUrl, file ?? defaultBackupFile(ROOT));
    const mb = (backup.bytes / 1024 / 1024).toFixed(1);
    log(`${mb} MB, ${backup.schemas.length} schemas: ${backup.schemas.join(', ')}`);
    if (backup.schemas.length === 0) log('warning: this database holds no service schema');
    console.log(backup.file);
    return 0;
  }
  if (command === 'restore' && file && into) {
    const target = restoreTarget(into, databaseUrl);
    log(`restoring ${file} into ${maskUrl(target.url)}`);
    const restored = await restoreDatabase(file, target.url);
    log(`restored; checking the audit chains and finance's books`);
    const check = await checkDatabase(target.url);
    for (const line of restoreSummary(restored, check)) console.log(line);
    return check.ok ? 0 : 1;
  }
  console.error('usage: backup-restore.cli.ts backup [FILE] | restore FILE INTO');
  return 2;
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: run tools/ops/backup.mjs or restore.mjs');
  process.exit(2);
}
main(process.argv.slice(2), databaseUrl).then(
  (code) => process.exit(code),
  (error: Error) => {
    const refused = error instanceof RestoreRefused;
    console.error(`${refused ? 'refused' : 'failed'}: ${error.message}`);
    process.exit(2);
  },
);
