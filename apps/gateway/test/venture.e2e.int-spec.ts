import { setTimeout as sleep } from 'node:timers/promises';
import {
  batchAndApprove,
  callBody,
  http,
  HENGZHOU_LOCATION,
  organizationBody,
  proposalBody,
  type RawAnswer,
  rawHttp,
  seenAndUnknown,
  startPlatform,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const ORGS = [
  { name: '新竹社区夕阳红志愿服务队', areaType: 'URBAN', location: XINZHU_LOCATION },
  { name: '民族苑邻里互助会', areaType: 'URBAN', location: XINZHU_LOCATION },
  { name: '七星社区儿童之家', areaType: 'URBAN', location: XINZHU_LOCATION },
  { name: '城东村互助养老队', areaType: 'RURAL', location: HENGZHOU_LOCATION },
  { name: '长塘村留守儿童关爱队', areaType: 'RURAL', location: HENGZHOU_LOCATION },
  { name: '南阳村老年协会', areaType: 'RURAL', location: HENGZHOU_LOCATION },
];
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A whole call through the gateway, with organizations, finance and venture as real processes:
 * 30 proposals from 6 organizations, the reviewer draw with conflicts of interest (R18), blind
 * scoring, the ranking with the rural reserve, awards in ranked order and the first tranche paid
 * through finance (R17–R19).
 */
describe('venture philanthropy through the gateway (R17, R18, R19)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let admin: string;
  let officer: string;
  let callId: string;
  const orgs: { id: string; token: string; rural: boolean }[] = [];
  const reviewers: { userId: string; token: string; name: string }[] = [];
  const proposals: { id: string; org: number; index: number }[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ withVenture: true });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    for (const [i, o] of ORGS.entries()) {
      const org = await http(
        'POST',
        `${platform.api}/v1/organizations`,
        organizationBody({ name: o.name, areaType: o.areaType, location: o.location }),
        { token: admin },
      );
      expect(org.status).toBe(201);
      const username = `venture-applicant-${i}`;
      const user = await http(
        'POST',
        `${platform.api}/v1/users`,
        {
          username,
          displayName: `申请人 ${i}`,
          password: 'Demo#2026civic',
          roles: ['applicant'],
          organizationId: org.body.id,
        },
        { token: admin },
      );
      expect(user.status).toBe(201);
      orgs.push({
        id: org.body.id,
        token: await platform.login(username, 'Demo#2026civic'),
        rural: o.areaType === 'RURAL',
      });
    }
    for (let i = 0; i < 5; i++) {
      const username = `venture-reviewer-${i}`;
      const user = await http(
        'POST',
        `${platform.api}/v1/users`,
        { username, displayName: `评审专家 ${i}`, password: 'Demo#2026civic', roles: ['reviewer'] },
        { token: admin },
      );
      expect(user.status).toBe(201);
      reviewers.push({
        userId: user.body.id,
        token: await platform.login(username, 'Demo#2026civic'),
        name: `评审专家 ${i}`,
      });
    }
  });

  afterAll(async () => {
    await platform.stop();
  });

  beforeAll(async () => {
    const maker = await platform.login('maker');
    const budget = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 100_000_000 },
      { token: maker },
    );
    expect(budget.status).toBe(201);
  });

  const api = (method: string, path: string, body: unknown, token: string) =>
    http(method, `${platform.api}/v1/venture${path}`, body, { token });
  const raw = (method: string, path: string, body: unknown, token: string) =>
    rawHttp(method, `${platform.api}/v1/venture${path}`, body, { token });
  /** issue #15: a record the caller may not see answers as an unknown id, byte for byte. */
  const expectAsUnknown = async (id: string, call: (id: string) => Promise<RawAnswer>) => {
    const { seen, unknown } = await seenAndUnknown(id, call);
    expect(seen).toEqual(unknown);
    expect(seen.status).toBe(404);
  };

  it('rule R17: opens a call with a rubric whose weights add up to 100, and refuses one that does not', async () => {
    const bad = await api(
      'POST',
      '/calls',
      callBody({ rubric: [{ key: 'need', name: '需求必要性', weight: 60, scaleMax: 10 }] }),
      officer,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.violations[0]).toMatchObject({ rule: 'R17' });
    expect(bad.body.violations[0].field).toMatch(/^rubric/);
    const res = await api('POST', '/calls', callBody({}, 30_000), officer);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      open: true,
      phase: 'OPEN',
      ruralReservePercent: 30, // rule R14: the reserve in force, the call setting none
      tranches: [
        { key: 'SIGNING', percent: 50 },
        { key: 'MID_TERM', percent: 30 },
        { key: 'FINAL', percent: 20 },
      ],
    });
    callId = res.body.id;
  });

  it('rule R18: keeps the reviewer pool with declared relations', async () => {
    const pool = [
      // Worked for the first organization until two years ago: in conflict.
      [{ kind: 'EMPLOYEE', organizationId: orgs[0].id, from: '2019-01-01', to: day(-730) }],
      // Sat on the second one's board until 3 years and 1 day ago: no longer a conflict.
      [
        {
          kind: 'DIRECTOR',
          organizationId: orgs[1].id,
          from: '2015-01-01',
          to: `${Number(day(0).slice(0, 4)) - 3}${day(-1).slice(4)}`,
        },
      ],
      // The spouse of the third one's leader.
      [{ kind: 'SPOUSE', personName: '王建国', from: '2000-05-01' }],
      [],
      [],
    ];
    for (const [i, relations] of pool.entries()) {
      const res = await api(
        'POST',
        '/reviewers',
        { userId: reviewers[i].userId, name: reviewers[i].name, fields: ['eldercare'], relations },
        officer,
      );
      expect(res.status).toBe(201);
    }
    // Every organization's leader is 王建国 in the fixture: reviewer 2 is in conflict with all of them.

    // An entry is kept current: a relation checked like a new one, deactivation and back (R18).
    const listed = (await api('GET', '/reviewers', undefined, officer)).body.items as {
      id: string;
      userId: string;
      active: boolean;
    }[];
    const last = listed.find((r) => r.userId === reviewers[4].userId)!;
    const entry = { name: reviewers[4].name, fields: ['eldercare'], relations: [] };
    const bad = await api(
      'PUT',
      `/reviewers/${last.id}`,
      { ...entry, active: true, relations: [{ kind: 'CLOSE_IN_LAW', from: '2010-01-01' }] },
      officer,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.violations[0]).toMatchObject({ field: 'relations.0.personName', rule: 'R18' });
    const off = await api('PUT', `/reviewers/${last.id}`, { ...entry, active: false }, officer);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const on = await api('PUT', `/reviewers/${last.id}`, { ...entry, active: true }, officer);
    expect(on.body).toMatchObject({ active: true, relations: [], name: reviewers[4].name });
    expect((await api('PUT', `/reviewers/${last.id}`, entry, officer)).status).toBe(400);
  });

  it('rule R17: drafts change until submitted; lines must add up; a submitted proposal is frozen', async () => {
    const draft = await waitFor(
      'the organization at venture',
      () => api('POST', '/proposals', proposalBody(callId), orgs[0].token),
      (res) => res.status !== 409,
    );
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('DRAFT');
    // R30: the owning organization's draft carries its numbers back in full, for its edit form.
    const { accountNumber } = proposalBody(callId).bankAccount;
    expect(draft.body.bankAccount.accountNumber).toBe(accountNumber);
    const { callId: _c, ...content } = proposalBody(callId);
    const uneven = await api(
      'PUT',
      `/proposals/${draft.body.id}`,
      { ...content, requestedFen: 6_000_000 },
      orgs[0].token,
    );
    expect(uneven.status).toBe(200);
    const refused = await api('POST', `/proposals/${draft.body.id}/submit`, {}, orgs[0].token);
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0].rule).toBe('R17');
    expect((await api('PUT', `/proposals/${draft.body.id}`, content, orgs[0].token)).status).toBe(
      200,
    );
    const submitted = await api('POST', `/proposals/${draft.body.id}/submit`, {}, orgs[0].token);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    // R30: once submitted the account is shown masked, and the table never held it in the clear.
    expect(submitted.body.bankAccount.accountNumber).toBe(`${'*'.repeat(15)}6789`);
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT bank_account::text AS account, bank_account->>'accountNumberMasked' AS masked
           FROM venture.proposal WHERE id = $1`,
        [draft.body.id],
      );
      expect(rows[0].account).not.toContain(accountNumber);
      expect(rows[0].masked).toBe(submitted.body.bankAccount.accountNumber);
    } finally {
      await db.end();
    }
    const frozen = await api('PUT', `/proposals/${draft.body.id}`, content, orgs[0].token);
    expect(frozen.body.code).toBe('RULE_R17_PROPOSAL_FROZEN');
    // Another organization's proposal is unknown to it, frozen or not (issue #15).
    await expectAsUnknown(draft.body.id, (id) =>
      raw('PUT', `/proposals/${id}`, content, orgs[1].token),
    );
    proposals.push({ id: draft.body.id, org: 0, index: 0 });

    // A draft can be deleted by its own organization; a submitted proposal stays.
    expect(
      (await api('DELETE', `/proposals/${draft.body.id}`, undefined, orgs[0].token)).body.code,
    ).toBe('RULE_R17_PROPOSAL_FROZEN');
    const unwanted = await api('POST', '/proposals', proposalBody(callId), orgs[0].token);
    await expectAsUnknown(unwanted.body.id, (id) =>
      raw('DELETE', `/proposals/${id}`, undefined, orgs[1].token),
    );
    expect(
      (await api('DELETE', `/proposals/${unwanted.body.id}`, undefined, orgs[0].token)).status,
    ).toBe(204);
    expect(
      (await api('GET', `/proposals/${unwanted.body.id}`, undefined, orgs[0].token)).status,
    ).toBe(404);
  });

  it('rule R17: 30 proposals are submitted before the deadline, and nothing after it', async () => {
    // Six organizations submit at once, five proposals each (the first one's first is in already).
    const submitted = await Promise.all(
      orgs.map(async (org, o) => {
        const mine: { id: string; org: number; index: number }[] = [];
        for (let k = 0; k < 5; k++) {
          const index = k * 6 + o;
          if (index === 0) continue;
          const res = await waitFor(
            'the organization at venture',
            () =>
              api(
                'POST',
                '/proposals',
                proposalBody(callId, {
                  title: `社区服务项目 ${String(index).padStart(2, '0')}`,
                  projectAreaType: org.rural ? 'RURAL' : 'URBAN',
                }),
                org.token,
              ),
            (r) => r.status !== 409,
          );
          expect(res.status).toBe(201);
          expect(
            (await api('POST', `/proposals/${res.body.id}/submit`, {}, org.token)).status,
          ).toBe(200);
          mine.push({ id: res.body.id, org: o, index });
        }
        return mine;
      }),
    );
    proposals.push(...submitted.flat());
    const late = await api('POST', '/proposals', proposalBody(callId), orgs[0].token).then(
      (r) => r.body.id as string,
    );
    const call = (await api('GET', `/calls/${callId}`, undefined, officer)).body;
    await sleep(Math.max(0, new Date(call.deadline).getTime() - Date.now() + 50));
    const after = await api('POST', `/proposals/${late}/submit`, {}, orgs[0].token);
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('RULE_R17_DEADLINE_PASSED');
    expect((await api('GET', `/calls/${callId}`, undefined, officer)).body).toMatchObject({
      open: false,
      submitted: 30,
    });
  });

  it('rule R18: draws 3 reviewers per proposal, never a conflicted one, and logs each recusal with its clause', async () => {
    const drawn = await api('POST', `/calls/${callId}/draw`, {}, officer);
    expect(drawn.status).toBe(200);
    expect(drawn.body.assignments).toHaveLength(30);
    // issue #17: the draw stamps the conflict-of-interest policy it used
    expect(drawn.body.policyVersion).toBe('2016-198');
    for (const a of drawn.body.assignments) expect(a.reviewerNames).toHaveLength(3);
    const byProposal = new Map(proposals.map((p) => [p.id, p]));
    for (const a of drawn.body.assignments as { proposalId: string; reviewerNames: string[] }[]) {
      expect(a.reviewerNames).not.toContain('评审专家 2'); // spouse of every leader
      if (byProposal.get(a.proposalId)!.org === 0)
        expect(a.reviewerNames).not.toContain('评审专家 0');
    }
    const recusals = drawn.body.recusals as {
      reviewerName: string;
      proposalId: string;
      clauses: { clause: string }[];
    }[];
    expect(recusals.filter((r) => r.reviewerName === '评审专家 2')).toHaveLength(30);
    expect(recusals.find((r) => r.reviewerName === '评审专家 2')!.clauses[0].clause).toBe('SPOUSE');
    const employment = recusals.filter((r) => r.reviewerName === '评审专家 0');
    expect(employment).toHaveLength(5);
    expect(employment.every((r) => byProposal.get(r.proposalId)!.org === 0)).toBe(true);
    expect(employment[0].clauses[0].clause).toBe('EMPLOYMENT');
    expect(recusals.some((r) => r.reviewerName === '评审专家 1')).toBe(false); // ended 3 years and 1 day ago
    expect((await api('POST', `/calls/${callId}/draw`, {}, officer)).body.code).toBe(
      'ALREADY_DRAWN',
    );
  });

  it('rule R18, rule R17: reviewers score blind, every criterion on its scale', async () => {
    await Promise.all(
      reviewers.map(async (reviewer) => {
        const tasks = (await api('GET', '/reviews', undefined, reviewer.token)).body.items as {
          proposal: Record<string, unknown> & { id: string };
        }[];
        for (const task of tasks) {
          expect(task.proposal).not.toHaveProperty('organizationName');
          expect(task.proposal).not.toHaveProperty('organizationId');
          expect(task.proposal).not.toHaveProperty('contactName');
          const { index } = proposals.find((p) => p.id === task.proposal.id)!;
          const bad = await api(
            'POST',
            `/reviews/${task.proposal.id}/scores`,
            { scores: { need: 11, design: 5 } },
            reviewer.token,
          );
          expect(bad.status).toBe(422);
          const scores = {
            need: 10 - (index % 10),
            design: 10 - (index % 7),
            budget: 5 + (index % 5),
          };
          expect(
            (await api('POST', `/reviews/${task.proposal.id}/scores`, { scores }, reviewer.token))
              .status,
          ).toBe(200);
        }
      }),
    );
    // A reviewer sees only the proposals drawn for them: any other is unknown (R18, issue #15).
    await expectAsUnknown(proposals[0].id, (id) =>
      raw(
        'POST',
        `/reviews/${id}/scores`,
        { scores: { need: 1, design: 1, budget: 1 } },
        reviewers[2].token,
      ),
    );

    // Officers see each reviewer's sheet (R17); a reviewer does not see the others'.
    const sheets = await api('GET', `/calls/${callId}/score-sheets`, undefined, officer);
    expect(sheets.status).toBe(200);
    const drawn = proposals.length * 3;
    expect(sheets.body).toMatchObject({ callId, drawn, scored: drawn });
    const rows = sheets.body.sheets as {
      proposalId: string;
      reviewerName: string;
      organizationName: string;
      scores: Record<string, number>;
    }[];
    for (const p of proposals) {
      const mine = rows.filter((r) => r.proposalId === p.id);
      expect(mine).toHaveLength(3);
      // every reviewer scored this proposal as the loop above did
      for (const row of mine) {
        expect(row.scores).toEqual({
          need: 10 - (p.index % 10),
          design: 10 - (p.index % 7),
          budget: 5 + (p.index % 5),
        });
        expect(row.organizationName).toBe(ORGS[p.org].name);
      }
    }
    expect(rows.some((r) => r.reviewerName === '评审专家 2')).toBe(false); // recused from all
    expect(
      (await api('GET', `/calls/${callId}/score-sheets`, undefined, reviewers[0].token)).status,
    ).toBe(403);
  });

  it('rule R19, rule R14: awards follow the ranking within the budget, with the rural reserve', async () => {
    const ranking = (await api('GET', `/calls/${callId}/ranking`, undefined, officer)).body;
    expect(ranking).toMatchObject({ budgetFen: 50_000_000, reserveFen: 15_000_000, incomplete: 0 });
    expect(ranking.rows).toHaveLength(30);
    const funded = ranking.rows.filter((r: { outcome: string }) => r.outcome !== 'NOT_FUNDED');
    const notFunded = ranking.rows.find((r: { outcome: string }) => r.outcome === 'NOT_FUNDED');
    const refused = await api(
      'POST',
      `/proposals/${notFunded.proposalId}/award`,
      { comment: '越序资助' },
      officer,
    );
    expect(refused.body.code).toBe('RULE_R19_NOT_FUNDED_IN_RANK_ORDER');
    for (const row of funded) {
      const res = await api(
        'POST',
        `/proposals/${row.proposalId}/award`,
        { comment: '按排名资助' },
        officer,
      );
      expect(res.status).toBe(200);
    }
    const awards = (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body
      .items as {
      amountFen: number;
      source: string;
    }[];
    const total = awards.reduce((sum, a) => sum + a.amountFen, 0);
    expect(total).toBeLessThanOrEqual(50_000_000);
    expect(
      awards.filter((a) => a.source === 'RURAL_RESERVE').reduce((s, a) => s + a.amountFen, 0),
    ).toBe(15_000_000);
    const after = (await api('GET', `/calls/${callId}/ranking`, undefined, officer)).body;
    expect(after.rows.filter((r: { held: boolean }) => r.held)).toHaveLength(funded.length);
    expect(after.rows.some((r: { awardable: boolean }) => r.awardable)).toBe(false);
  });

  it('rule R19, rule R27, rule R28: the first tranche is paid through finance once the agreement is signed; the next waits for its milestone', async () => {
    const maker = await platform.login('maker');
    const checker = await platform.login('checker');
    const [award] = (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body
      .items as {
      id: string;
    }[];
    const awardOf = async () =>
      (
        (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body.items as {
          id: string;
          status: string;
          tranches: {
            id: string;
            payment: string;
            amountFen: number;
            heldBecause?: { reason: string; message: string; messageZh: string };
          }[];
        }[]
      ).find((a) => a.id === award.id)!;
    await waitFor('the award committed at finance', awardOf, (a) => a.status === 'COMMITTED');
    const signed = await api('POST', `/awards/${award.id}/sign`, {}, officer);
    expect(signed.status).toBe(200);
    expect(signed.body.tranches.map((t: { payment: string }) => t.payment)).toEqual([
      'REQUESTED',
      'NOT_RELEASED',
      'NOT_RELEASED',
    ]);
    expect(signed.body.tranches[0].amountFen).toBe(2_500_000);
    expect(signed.body.tranches[1].heldBecause).toMatchObject({
      reason: 'MILESTONE_NOT_APPROVED',
      messageZh: expect.stringContaining('R19'),
    });
    await batchAndApprove(platform.api, signed.body.tranches[0].id, { maker, checker });
    const paid = await waitFor(
      'the first tranche paid',
      awardOf,
      (a) => a.tranches[0].payment === 'PAID',
    );
    expect(paid.tranches.map((t) => t.payment)).toEqual(['PAID', 'NOT_RELEASED', 'NOT_RELEASED']);
  });

  it('rule R19: a failed mid-term review holds the next tranche; a failed final evaluation opens a clawback', async () => {
    type AwardRow = {
      id: string;
      organizationName: string;
      tranches: {
        payment: string;
        milestone: string;
        heldBecause?: { reason: string; message: string; messageZh: string };
      }[];
      clawback: { eligible: boolean; paidFen: number };
      status: string;
      releasedFen: number;
    };
    const awards = (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body
      .items as AwardRow[];
    const [, held, clawed] = awards;
    const tokenOf = (award: AwardRow) =>
      orgs[ORGS.findIndex((o) => o.name === award.organizationName)].token;
    await waitFor(
      'the awards committed at finance',
      async () =>
        (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body.items as {
          id: string;
          status: string;
        }[],
      (all) =>
        [held.id, clawed.id].every((id) => all.find((a) => a.id === id)?.status === 'COMMITTED'),
    );
    const report = (award: AwardRow, position: number, token = tokenOf(award)) =>
      api(
        'POST',
        `/awards/${award.id}/tranches/${position}/report`,
        { report: '已完成阶段目标，服务老人 120 人次，附活动记录' },
        token,
      );
    const review = (award: AwardRow, position: number, outcome: string) =>
      api(
        'POST',
        `/awards/${award.id}/tranches/${position}/review`,
        { outcome, comment: '阶段评估' },
        officer,
      );

    for (const award of [held, clawed])
      expect((await api('POST', `/awards/${award.id}/sign`, {}, officer)).status).toBe(200);
    // Another organization's award is unknown to it (issue #15).
    const outsider = orgs.find((o) => o.token !== tokenOf(held))!.token;
    await expectAsUnknown(held.id, (id) =>
      raw(
        'POST',
        `/awards/${id}/tranches/1/report`,
        { report: '已完成阶段目标，服务老人 120 人次，附活动记录' },
        outsider,
      ),
    );
    expect((await report(held, 1)).status).toBe(200);
    const failed = await review(held, 1, 'FAILED');
    // rule R19, rule R27: a failed evaluation ends the award's payments: the signing tranche
    // already asked for is still paid, the rest will never be, and finance releases it.
    expect(failed.body.tranches.map((t: { payment: string }) => t.payment)).toEqual([
      'REQUESTED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(failed.body.status).toBe('CLOSING');
    expect(failed.body.clawback.eligible).toBe(false);
    const unpaid = failed.body.amountFen - failed.body.tranches[0].amountFen;
    const closed = await waitFor(
      'the unpaid tranches released at finance',
      async () =>
        (
          (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body
            .items as AwardRow[]
        ).find((a) => a.id === held.id)!,
      (a) => a.status === 'CLOSED',
    );
    expect(closed.releasedFen).toBe(unpaid);

    expect((await report(clawed, 1)).status).toBe(200);
    // rule R19: the final report waits for the mid-term evaluation
    const early = await report(clawed, 2);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RULE_R19_EARLIER_MILESTONE_OPEN');
    const approved = await review(clawed, 1, 'APPROVED');
    expect(approved.body.tranches.map((t: { payment: string }) => t.payment)).toEqual([
      'REQUESTED',
      'REQUESTED',
      'NOT_RELEASED',
    ]);
    expect((await report(clawed, 2)).status).toBe(200);
    const finalFailed = await review(clawed, 2, 'FAILED');
    expect(finalFailed.body.tranches[2].payment).toBe('CANCELLED');
    expect(finalFailed.body.status).toBe('CLOSING');
    expect(finalFailed.body.clawback).toMatchObject({ eligible: false, paidFen: 0 });

    // The signing tranche is paid; a clawback of more than that is refused, then one is opened
    // and recorded at finance against the award's commitment.
    const maker = await platform.login('maker');
    const checker = await platform.login('checker');
    await batchAndApprove(platform.api, finalFailed.body.tranches[0].id, { maker, checker });
    await waitFor(
      'the signing tranche paid',
      async () =>
        (
          (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body
            .items as AwardRow[]
        ).find((a) => a.id === clawed.id)!,
      (a) => a.clawback.paidFen === 2_500_000,
    );
    const open = (amountFen: number) =>
      api(
        'POST',
        `/awards/${clawed.id}/clawback`,
        { amountFen, reason: '结项评估未通过，追回已拨资金' },
        officer,
      );
    expect(
      (
        await api(
          'POST',
          `/awards/${held.id}/clawback`,
          { amountFen: 1, reason: '不应追回' },
          officer,
        )
      ).body.code,
    ).toBe('RULE_R19_NO_CLAWBACK');
    const tooMuch = await open(2_500_001);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.violations[0]).toMatchObject({ field: 'amountFen', rule: 'R19' });
    const opened = await open(2_500_000);
    expect(opened.status).toBe(200);
    expect(opened.body.clawbackOpened).toMatchObject({ amountFen: 2_500_000 });
    expect((await open(1)).body.code).toBe('CLAWBACK_OPEN');
    const recorded = await waitFor(
      'the clawback recorded at finance',
      async () =>
        (await http('GET', `${platform.api}/v1/finance/clawbacks`, undefined, { token: maker }))
          .body.items as {
          commitmentId: string;
          status: string;
          amountFen: number;
          paidFen: number;
        }[],
      (rows) => rows.some((r) => r.commitmentId === clawed.id),
    );
    expect(recorded.find((r) => r.commitmentId === clawed.id)).toMatchObject({
      status: 'OPEN',
      amountFen: 2_500_000,
      paidFen: 2_500_000,
    });
  });

  it('rule R19, rule R27, rule R28: money clawed back is recorded by a maker, confirmed by a checker and returned to the budget', async () => {
    const maker = await platform.login('maker');
    const checker = await platform.login('checker');
    const finance = (method: string, path: string, body: unknown, token: string) =>
      http(method, `${platform.api}/v1/finance${path}`, body, { token });
    type Row = {
      id: string;
      commitmentId: string;
      status: string;
      recoveredFen: number;
      outstandingFen: number;
      receipts: { id: string; status: string; amountFen: number }[];
    };
    const [clawback] = (await finance('GET', '/clawbacks', undefined, maker)).body.items as Row[];
    const position = async () =>
      (
        (await finance('GET', '/funds?fiscalYear=2026', undefined, maker)).body as {
          fund: string;
          availableFen: number;
          disbursedFen: number;
        }[]
      ).find((p) => p.fund === 'VENTURE_PHILANTHROPY')!;
    const receipt = (amountFen: number) =>
      finance(
        'POST',
        `/clawbacks/${clawback.id}/receipts`,
        { amountFen, bankReference: `BANK-${amountFen}`, receivedOn: '2026-12-01' },
        maker,
      );
    const decide = (receiptId: string, outcome: string, token = checker) =>
      finance(
        'POST',
        `/clawbacks/${clawback.id}/receipts/${receiptId}/decision`,
        { outcome, comment: '已核对银行流水' },
        token,
      );

    const first = await receipt(1_000_000);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'OPEN',
      recoveredFen: 0,
      outstandingFen: 1_500_000,
    });
    // Receipts awaiting a check count: 1,500,001 more would recover more than is owed.
    const tooMuch = await receipt(1_500_001);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('RULE_R19_RECEIPT_EXCEEDS_OUTSTANDING');
    const pending = first.body.receipts[0].id as string;
    expect((await decide(pending, 'CONFIRMED', maker)).status).toBe(403); // four eyes

    const before = await position();
    const confirmed = await decide(pending, 'CONFIRMED');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'PARTLY_RECOVERED',
      recoveredFen: 1_000_000,
      outstandingFen: 1_500_000,
    });
    const after = await position();
    expect(after.availableFen - before.availableFen).toBe(1_000_000);
    expect(before.disbursedFen - after.disbursedFen).toBe(1_000_000);
    expect((await decide(pending, 'CONFIRMED')).body.code).toBe('RECEIPT_ALREADY_DECIDED');

    // A rejected receipt counts for nothing; the rest comes back and the clawback is closed.
    const wrong = await receipt(1_500_000);
    const rejected = await decide(wrong.body.receipts[1].id, 'REJECTED');
    expect(rejected.body).toMatchObject({ recoveredFen: 1_000_000, outstandingFen: 1_500_000 });
    const last = await receipt(1_500_000);
    const done = await decide(last.body.receipts[2].id, 'CONFIRMED');
    expect(done.body).toMatchObject({
      status: 'RECOVERED',
      recoveredFen: 2_500_000,
      outstandingFen: 0,
    });
    expect((await receipt(1)).body.code).toBe('RULE_R19_CLAWBACK_NOT_OPEN');
    expect((await position()).disbursedFen).toBe(before.disbursedFen - 2_500_000);
    // The programme hears what came back: the award shows it (finance.clawback-recovered.v1).
    const award = await waitFor(
      'the recovery reported to venture',
      async () =>
        (
          (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body.items as {
            id: string;
            clawbackOpened?: { recoveredFen?: number; status?: string };
          }[]
        ).find((a) => a.id === clawback.commitmentId)!,
      (a) => a.clawbackOpened?.status === 'RECOVERED',
    );
    expect(award.clawbackOpened).toMatchObject({ amountFen: 2_500_000, recoveredFen: 2_500_000 });

    // The mid-term tranche was at finance when the final evaluation failed; it is paid now, so a
    // second clawback may recover it, and only it: what the first one claimed is not claimed
    // again (R19).
    const midTerm = (award as unknown as AwardRows[number]).tranches[1];
    await batchAndApprove(platform.api, midTerm.id, { maker, checker });
    const paidAgain = await waitFor(
      'the mid-term tranche paid',
      async () =>
        (
          (await api('GET', `/awards?callId=${callId}`, undefined, officer)).body.items as AwardRows
        ).find((a) => a.id === clawback.commitmentId)!,
      (a) => a.tranches[1].payment === 'PAID',
    );
    expect(paidAgain.clawback).toMatchObject({
      eligible: true,
      paidFen: 2_500_000 + midTerm.amountFen,
      recoverableFen: midTerm.amountFen,
    });
    const second = (amountFen: number) =>
      api(
        'POST',
        `/awards/${clawback.commitmentId}/clawback`,
        { amountFen, reason: '中期拨款于结项评估后到账，一并追回' },
        officer,
      );
    expect((await second(midTerm.amountFen + 1)).status).toBe(422);
    const reopened = await second(midTerm.amountFen);
    expect(reopened.status).toBe(200);
    expect(reopened.body.clawbacks).toHaveLength(2);
    const atFinance = await waitFor(
      'the second clawback recorded at finance',
      async () => (await finance('GET', '/clawbacks', undefined, maker)).body.items as Row[],
      (rows) => rows.filter((r) => r.commitmentId === clawback.commitmentId).length === 2,
    );
    expect(
      atFinance.find((r) => r.commitmentId === clawback.commitmentId && r.id !== clawback.id),
    ).toMatchObject({ status: 'OPEN', outstandingFen: midTerm.amountFen });
    // The ledger still reconciles with its balances, commitments and payments (R28).
    const reconciliation = await finance('GET', '/reconciliation', undefined, maker);
    expect(reconciliation.body.differences).toEqual([]);
  });
});

type AwardRows = {
  id: string;
  tranches: { id: string; payment: string; amountFen: number }[];
  clawback: { eligible: boolean; paidFen: number; recoverableFen: number };
}[];
