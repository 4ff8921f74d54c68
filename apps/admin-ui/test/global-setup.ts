import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ADMIN_UI_TEST_DIST, ROOT } from './harness/paths';

/** Builds the UI once for all browser specs (skipped when the sources did not change). */
export default function buildAdminUi(): void {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'apps/admin-ui/scripts/serve.mjs'),
      '--build-only',
      '--out-dir',
      ADMIN_UI_TEST_DIST,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`building the admin UI failed (${result.status})`);
}
