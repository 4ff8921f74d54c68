import {
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  waitFor,
} from '@civic/testing';
import type { Client } from 'pg';
import {
  type Applicant,
  type Draft,
  env,
  type Platform,
  progress,
  VENTURE,
} from './venture-deadline-env';
import { expectStatus, inParallel, run as runLoad, summary } from './surge-kit';

// ---- fixtures ----

/** N organizations (half rural), and M applicants bound to them in turn, logged in. */
export async function applicants(platform: Platform, db: Client): Promise<Applicant[]> {
  const admin = await platform.login('admin');
  const since = Date.now();
  const took = (what: string) => progress(`${what}: ${((Date.now() - since) / 1000).toFixed(1)} s`);
  const orgCount = Math.min(env.DEADLINE_ORGANIZATIONS, env.DEADLINE_APPLICANTS);
  const organizations = await inParallel(
    Array.from({ length: orgCount }, (_, i) => i),
    8,
    async (i) =>
      expectStatus(
        await http(
          'POST',
          `${platform.api}/v1/organizations`,
          organizationBody({
            name: `七星社区公益服务社 ${i + 1} 号`,
            areaType: i % 2 === 0 ? 'RURAL' : 'URBAN',
          }),
          { token: admin },
        ),
        201,
        `organization ${i}`,
      ),
  );
  took('organizations');
  const indexes = Array.from({ length: env.DEADLINE_APPLICANTS }, (_, i) => i);
  await inParallel(indexes, 4, async (i) =>
    expectStatus(
      await http(
        'POST',
        `${platform.api}/v1/users`,
        {
          username: `deadline-applicant-${i + 1}`,
          displayName: `申请人 ${i + 1}`,
          password: DEMO_PASSWORD,
          roles: ['applicant'],
          organizationId: organizations[i % orgCount].id,
        },
        { token: admin },
      ),
      201,
      `applicant ${i}`,
    ),
  );
  // Until an organization's snapshot reaches venture, its drafts get 409.
  await waitFor(
    'the organizations at venture',
    async () =>
      Number((await db.query(`SELECT count(*) FROM venture.organization_snapshot`)).rows[0].count),
    (n) => n === orgCount,
    { timeoutMs: 120_000, everyMs: 200 },
  );
  took('users, snapshots at venture');
  return inParallel(indexes, 4, async (i) => ({
    token: await platform.login(`deadline-applicant-${i + 1}`),
    rural: (i % orgCount) % 2 === 0,
  }));
}

/** A call through the API; its deadline far enough away to prepare drafts at leisure. */
export async function openCall(platform: Platform, officer: string, name: string): Promise<string> {
  return expectStatus(
    await http('POST', `${platform.api}/v1/venture/calls`, callBody({ name }, 3_600_000), {
      token: officer,
    }),
    201,
    name,
  ).id;
}

/**
 * `count` drafts, written through the API by the applicants in turn; returned in that order
 * (draft n from applicant n mod M), so that consecutive submissions come from different applicants.
 */
export async function prepareDrafts(
  gateway: string,
  people: Applicant[],
  callId: string,
  count: number,
): Promise<Draft[]> {
  const perApplicant = Math.ceil(count / people.length);
  const mine: string[][] = people.map(() => []);
  let next = 0;
  const refused: string[] = [];
  // Setup, not measured: fewer connections and a long timeout, for a machine shared with others.
  const load = await runLoad({
    url: gateway,
    connections: Math.min(50, env.DEADLINE_CONNECTIONS),
    timeout: 120,
    amount: perApplicant * people.length,
    requests: [
      {
        method: 'POST',
        path: `${VENTURE}/proposals`,
        setupRequest: (request, context) => {
          const n = next++;
          const who = n % people.length;
          (context as { who?: number }).who = who;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${people[who].token}`,
            },
            body: JSON.stringify(
              proposalBody(callId, {
                title: `社区服务项目 ${n + 1}`,
                projectAreaType: people[who].rural ? 'RURAL' : 'URBAN',
              }),
            ),
          };
        },
        onResponse: (status, body, context) => {
          const who = (context as { who?: number }).who!;
          if (status === 201) mine[who].push((JSON.parse(body) as { id: string }).id);
          else refused.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  if (refused.length > 0 || load.result.errors > 0 || load.result.timeouts > 0) {
    throw new Error(
      `drafts: ${refused.length} refused (${refused[0]}), ${JSON.stringify(summary(load))}`,
    );
  }
  const drafts: Draft[] = [];
  for (let round = 0; round < perApplicant; round++) {
    for (const [who, ids] of mine.entries()) {
      if (round < ids.length) drafts.push({ id: ids[round], token: people[who].token });
    }
  }
  return drafts;
}
