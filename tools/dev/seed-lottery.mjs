// Demo lottery fund data: the demo officer opens this year's eldercare and disability subsidy
// programmes, and the demo applicant applies to the eldercare one for its organization (once the
// organization has reached the lottery fund as an event). Skipped when programmes exist.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_PASSWORD, call } from './seed.mjs';

const PROGRAMMES = [
  { purpose: 'ELDERLY', name: '社区居家养老服务补助', budgetFen: 150_000_000 },
  { purpose: 'DISABILITY', name: '残疾人社区康复服务补助', budgetFen: 60_000_000 },
];

export async function seedLottery({ apiBase, log, year }) {
  const login = async (username) =>
    (await call('POST', `${apiBase}/auth/login`, { username, password: DEMO_PASSWORD }))
      .accessToken;
  const officer = await login('officer');
  const existing = await call(
    'GET',
    `${apiBase}/lottery/programmes?fiscalYear=${year}`,
    undefined,
    officer,
  );
  if (existing.length > 0) {
    log(`seed: lottery fund skipped, ${existing.length} programmes exist for ${year}`);
    return;
  }
  const created = [];
  for (const p of PROGRAMMES) {
    created.push(
      await call(
        'POST',
        `${apiBase}/lottery/programmes`,
        { ...p, fiscalYear: year, name: `${year} 年${p.name}` },
        officer,
      ),
    );
  }
  const applicant = await login('applicant');
  const example = JSON.parse(
    readFileSync(
      new URL('../../libs/testing/src/fixtures/subsidy-application.json', import.meta.url),
    ),
  );
  const body = {
    ...example,
    programmeId: created[0].id,
    bankAccount: { ...example.bankAccount, accountName: '民族宫社区书画协会' },
  };
  // The organization reaches the lottery fund as an event: wait for it (409 until then).
  for (let attempt = 0; ; attempt++) {
    try {
      await call('POST', `${apiBase}/lottery/applications`, body, applicant);
      break;
    } catch (error) {
      if (!String(error.message).includes('409') || attempt >= 30) throw error;
      await sleep(500);
    }
  }
  log(
    `seed: lottery fund programmes for ${year} (扶老, 助残) and one application from the demo applicant`,
  );
}
