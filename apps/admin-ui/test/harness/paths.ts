import { isAbsolute, join } from 'node:path';

export const ROOT = join(__dirname, '../../../..');

/** Where the browser specs' build of the UI goes (not apps/admin-ui/dist, which npm start uses). */
export const ADMIN_UI_TEST_DIST = join(ROOT, 'tmp/admin-ui-test/dist');

/** tmp/screenshots, or SCREENSHOTS_DIR (e.g. docs/screenshots to refresh the committed ones). */
export function screenshotsDir(): string {
  const dir = process.env.SCREENSHOTS_DIR || 'tmp/screenshots';
  return isAbsolute(dir) ? dir : join(ROOT, dir);
}
