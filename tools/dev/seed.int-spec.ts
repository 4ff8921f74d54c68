import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  http,
  rememberSecondFactor,
  startPlatform,
  testRedisUrl,
  totpStep,
  waitFor,
} from '@civic/testing';

jest.setTimeout(300_000);

const SEED = resolve(__dirname, 'seed.mjs');
/** Where the seed keeps the TOTP secrets of the demo users it enrolled (issue #15). */
const secondFactors = resolve(mkdtempSync(resolve(tmpdir(), 'seed-')), 'demo-second-factor.json');

/**
 * The demo data `npm start` seeds (tools/dev/seed*.mjs), run as it runs there: a Node process of
 * its own calling the platform's API (and finance's inbox for its demo requests). Every programme
 * gets data a first-time user can click through; a second run leaves everything as it was.
 */
describe('the demo seed', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let admin: string;
  const get = async (path: string, token = admin) =>
    (await http('GET', `${platform.api}/v1${path}`, undefined, { token })).body;

  const seed = () =>
    promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { seed } = await import(${JSON.stringify(SEED)});
         await seed({ apiBase: process.env.API, redisUrl: process.env.REDIS, prefix: process.env.PREFIX, log: console.log });`,
      ],
      {
        env: {
          ...process.env,
          API: `${platform.api}/v1`,
          REDIS: testRedisUrl(),
          PREFIX: platform.prefix,
          DEMO_SECOND_FACTOR_FILE: secondFactors,
        },
        timeout: 180_000,
      },
    );

  beforeAll(async () => {
    platform = await startPlatform({
      withFinance: true,
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
    });
  });

  /** After the seed set up the second factor of admin and maker: the test kit signs in with it. */
  const signInAfterSeed = async () => {
    const enrolled = JSON.parse(readFileSync(secondFactors, 'utf8'));
    for (const [username, f] of Object.entries<{ secret: string; recoveryCodes: string[] }>(
      enrolled,
    )) {
      rememberSecondFactor(platform.api, username, f.secret, totpStep() + 1, f.recoveryCodes);
    }
    admin = await platform.login('admin');
  };

  afterAll(() => platform?.stop());

  it('seeds every programme, venture with an open call and a decided round (R17–R19)', async () => {
    const { stdout } = await seed();
    expect(stdout).toContain("seed: venture's first round decided");
    await signInAfterSeed();
    expect((await get('/organizations?pageSize=1')).total).toBeGreaterThan(0);
    const officer = await platform.login('officer');
    const calls = (await get('/venture/calls', officer)).items as { id: string; open: boolean }[];
    expect(calls.map((c) => c.open)).toEqual([true, false]);
    const decided = calls[1].id;
    // Three reviewers drawn for each of the three proposals, every sheet scored.
    expect(await get(`/venture/calls/${decided}/score-sheets`, officer)).toMatchObject({
      drawn: 9,
      scored: 9,
    });
    const awards = (await get(`/venture/awards?callId=${decided}`, officer)).items as {
      status: string;
      amountFen: number;
      tranches: { milestone: string; payment: string }[];
    }[];
    // 120,000.00 yuan funds two proposals of 50,000.00, in rank order (R19).
    expect(awards).toHaveLength(2);
    expect(awards.every((a) => a.status === 'COMMITTED')).toBe(true);
    expect(awards[0].tranches[0]).toMatchObject({ milestone: 'APPROVED', payment: 'REQUESTED' });
    // The signed award's first tranche waits in finance for a batch.
    const maker = await platform.login('maker');
    await waitFor(
      'the venture tranche awaiting a batch',
      async () =>
        (await get('/finance/payments?status=AWAITING_BATCH&pageSize=100', maker)).items as {
          programme: string;
          amountFen: number;
        }[],
      (items) => items.some((p) => p.programme === 'venture' && p.amountFen === 2_500_000),
    );
    expect((await get('/lottery/programmes', officer)).total).toBeGreaterThan(0);
  });

  it('changes nothing when run again', async () => {
    const officer = await platform.login('officer');
    const before = await get('/venture/calls', officer);
    const organizations = (await get('/organizations?pageSize=1')).total;
    const { stdout } = await seed();
    expect(stdout).toContain('seed: venture skipped, a call exists');
    expect(await get('/venture/calls', officer)).toEqual(before);
    expect((await get('/organizations?pageSize=1')).total).toBe(organizations);
  });
});
