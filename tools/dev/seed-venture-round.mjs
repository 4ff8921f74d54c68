// Demo venture philanthropy data, continued: last round's call, run to its first tranche. Three
// proposals from the demo applicant close within seconds; the demo reviewer and two more experts
// are drawn and score them; the officer awards in ranked order and signs the top award, whose
// first tranche (50 %) then waits in finance for a batch. Officers see a draw, score sheets, a
// ranking and awards; reviewers their scored tasks; finance a venture tranche to pay.
import { DEMO_PASSWORD } from './seed.mjs';

const EXPERTS = [
  { username: 'expert-zhou', displayName: '周敏', fields: ['social-work'] },
  { username: 'expert-huang', displayName: '黄立新', fields: ['eldercare', 'finance'] },
];

const PROPOSALS = [
  { title: '“银龄互助”高龄老人助餐服务', scores: [9, 8, 8, 7] },
  { title: '“四点半课堂”社区儿童托管', scores: [8, 8, 7, 8] },
  { title: '残疾人家庭喘息服务试点', scores: [7, 6, 7, 6] },
];

/** The rubric both demo calls use (R17): weights add up to 100. */
export const DEMO_RUBRIC = [
  { key: 'need', name: '需求必要性', weight: 30, scaleMax: 10 },
  { key: 'design', name: '项目设计与可行性', weight: 30, scaleMax: 10 },
  { key: 'capacity', name: '组织执行能力', weight: 20, scaleMax: 10 },
  { key: 'budget', name: '预算合理性', weight: 20, scaleMax: 10 },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks until `done(answer)` or about 30 s have passed; answers the last value either way. */
async function until(ask, done) {
  let last;
  for (let i = 0; i < 60; i++) {
    last = await ask();
    if (done(last)) return last;
    await sleep(500);
  }
  return last;
}

export async function seedDecidedRound({ as, login, officer, admin, applicant, body, now, log }) {
  const year = now.getFullYear();
  const experts = [];
  for (const expert of EXPERTS) {
    const user = await admin('POST', '/users', {
      username: expert.username,
      displayName: expert.displayName,
      password: DEMO_PASSWORD,
      roles: ['reviewer'],
    });
    await officer('POST', '/venture/reviewers', {
      userId: user.id,
      name: expert.displayName,
      fields: expert.fields,
      relations: [],
    });
    experts.push(expert.username);
  }
  const round = await officer('POST', '/venture/calls', {
    name: `${year} 年社区公益创投（第一批）`,
    fiscalYear: year,
    budgetFen: 12_000_000,
    minFen: 2_000_000,
    maxFen: 6_000_000,
    focusGroups: ['ELDERLY', 'CHILDREN', 'DISABLED'],
    rubric: DEMO_RUBRIC,
    deadline: new Date(Date.now() + 8_000).toISOString(),
  });
  for (const { title } of PROPOSALS) {
    const draft = await applicant('POST', '/venture/proposals', body(title, round.id));
    await applicant('POST', `/venture/proposals/${draft.id}/submit`);
  }
  await sleep(Math.max(0, new Date(round.deadline).getTime() - Date.now() + 300));
  await officer('POST', `/venture/calls/${round.id}/draw`);
  for (const username of ['reviewer', ...experts]) {
    const reviewer = as(await login(username));
    const { items: tasks } = await reviewer('GET', '/venture/reviews?pageSize=200');
    for (const task of tasks.filter((t) => t.proposal.callId === round.id)) {
      const [need, design, capacity, budget] = PROPOSALS.find(
        (p) => p.title === task.proposal.title,
      ).scores;
      await reviewer('POST', `/venture/reviews/${task.proposal.id}/scores`, {
        scores: { need, design, capacity, budget },
        comment: '需求清晰，执行方案可行',
      });
    }
  }
  for (;;) {
    const ranking = await officer('GET', `/venture/calls/${round.id}/ranking`);
    const next = ranking.rows.find((row) => row.awardable);
    if (!next) break;
    await officer('POST', `/venture/proposals/${next.proposalId}/award`, {
      comment: '按排名在预算内资助',
    });
  }
  const awards = await until(
    async () => (await officer('GET', `/venture/awards?callId=${round.id}&pageSize=200`)).items,
    (all) => all.length > 0 && all.every((a) => a.status !== 'AWARDED'),
  );
  const top = awards.find((a) => a.status === 'COMMITTED');
  if (top) await officer('POST', `/venture/awards/${top.id}/sign`);
  log(
    `seed: venture's first round decided: ${awards.length} award(s)${top ? ', the top one signed, its first tranche awaiting a batch' : ''}`,
  );
}
