// Demo lottery fund data. Last year: an eldercare programme whose two projects the demo officer
// assessed and approved, and its annual report published (R23). This year: eldercare and
// disability programmes; the demo applicant applied three projects to the eldercare one, the
// officer assessed them and approved the best-ranked (R13), so its publicity notice is open to
// objections and its payment awaits a batch at finance. Skipped when this year's programmes exist.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';

const PROGRAMMES = [
  { purpose: 'ELDERLY', name: '社区居家养老服务补助', budgetFen: 150_000_000 },
  { purpose: 'DISABILITY', name: '残疾人社区康复服务补助', budgetFen: 60_000_000 },
];
const PROJECTS = [
  { projectName: '“银龄互助”居家养老探访服务', merit: 86 },
  { projectName: '社区老年助餐点运营', merit: 78 },
  { projectName: '失能老人家庭照护者培训', merit: 70 },
];

export async function seedLottery({ apiBase, log, year }) {
  const login = (username) => demoToken(call, apiBase, username);
  const officer = await login('officer');
  const as = (token) => (method, path, body) => call(method, `${apiBase}${path}`, body, token);
  const asOfficer = as(officer);
  const existing = await asOfficer('GET', `/lottery/programmes?fiscalYear=${year}`);
  if (existing.total > 0) {
    log(`seed: lottery fund skipped, ${existing.total} programmes exist for ${year}`);
    return;
  }
  const asApplicant = as(await login('applicant'));
  const example = JSON.parse(
    readFileSync(
      new URL('../../libs/testing/src/fixtures/subsidy-application.json', import.meta.url),
    ),
  );
  const apply = (programmeId, projectName) =>
    applyOnceKnown(asApplicant, {
      ...example,
      programmeId,
      projectName,
      bankAccount: { ...example.bankAccount, accountName: '民族宫社区书画协会' },
    });
  const decide = async (applications, approve) => {
    for (const [app, { merit }] of applications) {
      await asOfficer('POST', `/lottery/applications/${app.id}/assessment`, { merit });
    }
    for (const [app] of applications.slice(0, approve)) {
      await asOfficer('POST', `/lottery/applications/${app.id}/approve`, {
        comment: '按排名批准，符合扶老用途',
      });
    }
  };

  // Last year, reported.
  const lastYear = year - 1;
  await fundLastYear(as(await login('maker')), lastYear);
  const past = await asOfficer('POST', '/lottery/programmes', {
    ...PROGRAMMES[0],
    fiscalYear: lastYear,
    name: `${lastYear} 年${PROGRAMMES[0].name}`,
  });
  const pastApps = [];
  for (const project of PROJECTS.slice(0, 2)) {
    pastApps.push([await apply(past.id, project.projectName), project]);
  }
  await decide(pastApps, 2);
  await asOfficer('POST', `/lottery/years/${lastYear}/annual-report`, {
    summary: `${lastYear} 年资助居家养老项目 2 个，上门探访、助餐服务覆盖老年人 240 人。`,
  });

  // This year, under review.
  const created = [];
  for (const p of PROGRAMMES) {
    created.push(
      await asOfficer('POST', '/lottery/programmes', {
        ...p,
        fiscalYear: year,
        name: `${year} 年${p.name}`,
      }),
    );
  }
  const apps = [];
  for (const project of PROJECTS)
    apps.push([await apply(created[0].id, project.projectName), project]);
  await decide(apps, 1);
  log(
    `seed: lottery fund ${lastYear} reported; ${year} programmes (扶老, 助残), 3 applications assessed, the best approved`,
  );
}

/** The organization reaches the lottery fund as an event: 409 until then. */
async function applyOnceKnown(asApplicant, body) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await asApplicant('POST', '/lottery/applications', body);
    } catch (error) {
      if (!String(error.message).includes('409') || attempt >= 30) throw error;
      await sleep(500);
    }
  }
}

/** Last year's lottery welfare budget at finance, so its approvals are committed. */
async function fundLastYear(asMaker, lastYear) {
  const funds = await asMaker('GET', `/finance/funds?fiscalYear=${lastYear}`);
  if (funds.some((f) => f.fund === 'LOTTERY_WELFARE' && f.appropriatedFen > 0)) return;
  await asMaker('POST', '/finance/budgets', {
    fund: 'LOTTERY_WELFARE',
    fiscalYear: lastYear,
    amountFen: 3_000_000_00,
  });
}
