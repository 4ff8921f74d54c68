import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from '@civic/testing';
import { openAuditProbe, PROBE_SCHEMA, recordMany } from './audit-fixture';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '../../../..');
const CLI = 'libs/platform/audit/src/verify.cli.ts';

/** `npm run audit:verify` as a real process against a scratch database (R31). */
describe('audit verify CLI', () => {
  let probe: Awaited<ReturnType<typeof openAuditProbe>>;
  let lastStderr = '';

  beforeAll(async () => {
    probe = await openAuditProbe('audit_cli');
    await recordMany(probe.dataSource, 1, 5);
    await recordMany(await probe.openSchema('audit_probe_b'), 1, 3);
  });
  afterAll(() => probe.close());

  async function run(args: string[] = [], databaseUrl = probe.url) {
    // as `npm run audit:verify -- …` runs it
    const child = spawn(process.execPath, ['-r', './tools/dev/register.cjs', CLI, ...args], {
      cwd: ROOT,
      env: childEnv({ DATABASE_URL: databaseUrl }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0 && stderr) lastStderr = stderr;
    return { code, lines: stdout.trim().split('\n') };
  }

  it('exits 0 and prints one line per schema when every chain is intact', async () => {
    expect(await run()).toEqual({
      code: 0,
      lines: [
        `✓ ${PROBE_SCHEMA}: 5 entries, chain intact`,
        '✓ audit_probe_b: 3 entries, chain intact',
      ],
    });
  });

  it('exits 1 when a chain is tampered, naming the first bad entry', async () => {
    await probe.pool.query(
      `UPDATE audit_probe_b.audit_entry SET entity_id = 'org-x' WHERE seq = 2`,
    );
    try {
      expect(await run()).toEqual({
        code: 1,
        lines: [
          `✓ ${PROBE_SCHEMA}: 5 entries, chain intact`,
          '✗ audit_probe_b: entry 2 was edited: its content no longer matches its hash',
        ],
      });
      expect(await run([PROBE_SCHEMA])).toEqual({
        code: 0,
        lines: [`✓ ${PROBE_SCHEMA}: 5 entries, chain intact`],
      });
    } finally {
      await probe.pool.query(
        `UPDATE audit_probe_b.audit_entry SET entity_id = 'org-2' WHERE seq = 2`,
      );
    }
    expect((await run(['audit_probe_b'])).code).toBe(0);
  });

  it('exits 1 for a named schema without a chain, and 2 when it cannot reach the database', async () => {
    expect(await run(['no_such_schema'])).toEqual({
      code: 1,
      lines: ['✗ no_such_schema: no audit_entry table in this database'],
    });
    const unreachable = await run([], 'postgres://postgres@127.0.0.1:1/none');
    expect(unreachable.code).toBe(2);
    expect(lastStderr).toMatch(/^audit verify failed: .*ECONNREFUSED/);
  });
});
