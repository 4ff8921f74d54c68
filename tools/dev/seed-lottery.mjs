// Demo lottery fund data: the demo officer opens this year's eldercare and disability subsidy
// programmes, and the demo applicant applies to the eldercare one for its organization (once the
// organization has reached the lottery fund as an event). Skipped when programmes exist.
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
  const body = {
    programmeId: created[0].id,
    projectName: '“银龄互助”居家养老探访服务',
    projectAreaType: 'URBAN',
    beneficiaries: [
      { group: 'ELDERLY', count: 120 },
      { group: 'DISABLED', count: 15 },
    ],
    budgetLines: [
      {
        category: 'SERVICE_DELIVERY',
        description: '为 80 位独居老人每周两次上门探访',
        amountFen: 3_000_000,
      },
      { category: 'MATERIALS', description: '助老服务包（防滑垫、助行器）', amountFen: 1_500_000 },
      {
        category: 'PUBLICITY',
        description: '活动物料，印“彩票公益金资助”标识',
        amountFen: 500_000,
      },
    ],
    requestedFen: 5_000_000,
    contactName: '李秀兰',
    contactPhone: '0771-5551234',
    bankAccount: {
      accountName: '民族宫社区书画协会',
      accountNumber: '6222020102003456789',
      bankName: '广西北部湾银行南宁分行',
    },
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
