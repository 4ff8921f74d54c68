// Demo venture philanthropy data: the demo officer opens this year's call (deadline in two weeks)
// and puts the demo reviewer in the expert pool; the demo applicant has submitted one proposal and
// keeps another as a draft. Last round's call is decided (seed-venture-round.mjs). Skipped when a
// call exists.
import { readFileSync } from 'node:fs';
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';
import { DEMO_RUBRIC, seedDecidedRound } from './seed-venture-round.mjs';

/**
 * The open call's added questions (issue #17, forms without code): what an officer builds on the
 * call's 附加问题 tab. The decided round has none.
 */
const DEMO_QUESTIONS = [
  {
    key: 'volunteers',
    kind: 'NUMBER',
    label: { zh: '志愿者人数', en: 'Volunteers' },
    help: { zh: '上一年度登记在册的志愿者', en: 'Registered volunteers last year' },
    required: true,
    min: 0,
    max: 10_000,
  },
  {
    key: 'venue',
    kind: 'CHOICE',
    label: { zh: '活动场地', en: 'Venue' },
    required: true,
    options: [
      { value: 'community', label: { zh: '社区活动室', en: 'Community room' } },
      { value: 'village', label: { zh: '村委会', en: 'Village committee' } },
      { value: 'rented', label: { zh: '租用场地', en: 'Rented venue' } },
    ],
  },
  {
    key: 'partyLed',
    kind: 'YES_NO',
    label: { zh: '是否党建引领', en: 'Party-led' },
    required: false,
  },
];

export async function seedVenture({ apiBase, log, now = new Date() }) {
  const login = (username) => demoToken(call, apiBase, username);
  const as = (token) => (method, path, body) => call(method, `${apiBase}${path}`, body, token);
  const officer = as(await login('officer'));
  if ((await officer('GET', '/venture/calls')).total > 0) {
    log('seed: venture skipped, a call exists');
    return;
  }
  const year = now.getFullYear();
  const created = await officer('POST', '/venture/calls', {
    name: `${year} 年青秀区社区公益创投大赛`,
    fiscalYear: year,
    budgetFen: 200_000_000,
    minFen: 2_000_000,
    maxFen: 10_000_000,
    focusGroups: ['ELDERLY', 'CHILDREN', 'DISABLED'],
    rubric: DEMO_RUBRIC,
    deadline: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
    questions: DEMO_QUESTIONS,
  });
  const admin = as(await login('admin'));
  const reviewer = (await admin('GET', '/users?q=reviewer')).items.find(
    (u) => u.username === 'reviewer',
  );
  await officer('POST', '/venture/reviewers', {
    userId: reviewer.id,
    name: reviewer.displayName,
    fields: ['eldercare', 'childcare'],
    relations: [],
  });
  const applicant = as(await login('applicant'));
  const example = JSON.parse(
    readFileSync(
      new URL('../../libs/testing/src/fixtures/subsidy-application.json', import.meta.url),
    ),
  );
  const body = (title, callId = created.id) => ({
    callId,
    title,
    summary: '组织低龄老人结对探访高龄独居老人，每周两次，建立紧急联络机制',
    projectAreaType: 'URBAN',
    servedGroups: ['ELDERLY'],
    budgetLines: [
      { description: '志愿者培训与保险', amountFen: 1_500_000 },
      { description: '探访物资与交通补贴', amountFen: 2_500_000 },
      { description: '项目宣传与评估', amountFen: 1_000_000 },
    ],
    requestedFen: 5_000_000,
    contactName: example.contactName,
    contactPhone: example.contactPhone,
    bankAccount: { ...example.bankAccount, accountName: '民族宫社区书画协会' },
  });
  const submitted = await applicant('POST', '/venture/proposals', {
    ...body('“邻里守望”独居老人互助计划'),
    answers: { volunteers: 18, venue: 'community', partyLed: true },
  });
  await applicant('POST', `/venture/proposals/${submitted.id}/submit`);
  await applicant('POST', '/venture/proposals', body('书画进社区·银龄课堂'));
  log(
    `seed: venture call open until ${created.deadline.slice(0, 10)}, one proposal submitted, one draft`,
  );
  await seedDecidedRound({ as, login, officer, admin, applicant, body, now, log });
}
