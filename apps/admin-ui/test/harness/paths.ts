import { join } from 'node:path';

// Also loaded by Jest's globalSetup, where path aliases (@civic/*) do not resolve: no imports.
export const ROOT = join(__dirname, '../../../..');

/** Where the browser specs' build of the UI goes (not apps/admin-ui/dist, which npm start uses). */
export const ADMIN_UI_TEST_DIST = join(ROOT, 'tmp/admin-ui-test/dist');
