// Demo finance data: the demo maker appropriates each fund's budget for the year, and programmes
// (played here, until the programme services exist) ask finance for commitments and payments for
// the demo organizations by putting messages on finance.inbox, as their outbox relays will. The
// payments then await a batch in the admin UI. Skipped when the year has budgets already.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';

const BUDGETS_YUAN = {
  LOTTERY_WELFARE: 5_000_000,
  GOVERNMENT_PURCHASE: 3_000_000,
  INCUBATION: 1_000_000,
  VENTURE_PHILANTHROPY: 2_000_000,
  SOCIAL_DONATIONS: 500_000,
};

const PROGRAMMES = [
  { programme: 'venture', fund: 'VENTURE_PHILANTHROPY', what: '公益创投项目资助（首期 50%）' },
  { programme: 'lottery-fund', fund: 'LOTTERY_WELFARE', what: '彩票公益金养老服务补助' },
  { programme: 'incubation', fund: 'INCUBATION', what: '孵化基地初创补贴' },
];

export async function seedFinance({ apiBase, redisUrl, log, year, prefix = 'civic' }) {
  const accessToken = await demoToken(call, apiBase, 'maker');
  const request = (method, url, body) => call(method, url, body, accessToken);
  const funds = await request('GET', `${apiBase}/finance/funds?fiscalYear=${year}`);
  if (funds.some((f) => f.appropriatedFen > 0)) {
    log(`seed: finance skipped, the ${year} budgets exist already`);
    return;
  }
  for (const [fund, yuan] of Object.entries(BUDGETS_YUAN)) {
    await request('POST', `${apiBase}/finance/budgets`, {
      fund,
      fiscalYear: year,
      amountFen: yuan * 100,
    });
  }
  const admin = await demoToken(call, apiBase, 'admin');
  const orgs = await call('GET', `${apiBase}/organizations?pageSize=24`, undefined, admin);
  const { commitments, payments } = demoRequests(orgs.items, year);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const inbox = new Queue('{finance.inbox}', { connection: redis, prefix });
  try {
    // v2, naming the recipient, so the funding dashboard counts the money in its county (#18).
    await send(inbox, 'finance.commitment-requested.v2', commitments);
    // Payments wait for their commitment's decision (finance retries them until it is there).
    await send(inbox, 'finance.disbursement-requested.v1', payments);
  } finally {
    await inbox.close();
    await redis.quit();
  }
  log(
    `seed: finance budgets for ${year}; ${payments.length} payments from 3 programmes await a batch`,
  );
}

const LOTTERY_PURPOSES = ['ELDERLY', 'DISABILITY', 'ELDERLY', 'HARDSHIP'];

/** The recipient as a programme names it from its snapshot (libs/platform/programme-kit). */
function recipientOf(org, purpose) {
  return {
    streetCode: org.location.streetCode,
    countyCode: org.location.countyCode,
    areaType: org.areaType,
    category: org.category,
    partyLed: (org.leaders ?? []).some((leader) => leader.isPartyMember === true),
    takesGovernmentFunctions: org.takesGovernmentFunctions ?? false,
    ...(purpose ? { purpose } : {}),
  };
}

function demoRequests(organizations, year) {
  const commitments = [];
  const payments = [];
  organizations.forEach((org, i) => {
    const { programme, fund, what } = PROGRAMMES[i % PROGRAMMES.length];
    const amountFen = (20_000 + ((i * 7_919) % 60_000)) * 100;
    const commitment = {
      commitmentId: randomUUID(),
      programme,
      fund,
      fiscalYear: year,
      organizationId: org.id,
      amountFen,
      reference: `${what}：${org.name}`,
      recipient: recipientOf(org, programme === 'lottery-fund' ? LOTTERY_PURPOSES[i % 4] : null),
    };
    commitments.push(commitment);
    const custodian = org.financialCustodian;
    payments.push({
      paymentId: randomUUID(),
      commitmentId: commitment.commitmentId,
      programme,
      organizationId: org.id,
      organizationName: org.name,
      amountFen: programme === 'venture' ? amountFen / 2 : amountFen,
      reference: commitment.reference,
      bankAccount: {
        accountName: org.name,
        accountNumber: `62220201020${String(100000 + i * 37).padStart(8, '0')}`,
        bankCode: '313',
        bankName: '广西北部湾银行南宁分行',
      },
      ...(custodian
        ? {
            financialCustodian: {
              custodianName: custodian.name,
              bankAccount: {
                accountName: custodian.accountName,
                accountNumber: custodian.accountNumber,
                bankName: custodian.bankName,
                ...(custodian.bankCode ? { bankCode: custodian.bankCode } : {}),
              },
            },
          }
        : {}),
    });
  });
  return { commitments, payments };
}

async function send(queue, name, payloads) {
  await queue.addBulk(
    payloads.map((payload) => {
      const id = randomUUID();
      const data = {
        id,
        name,
        producer: payload.programme,
        occurredAt: new Date().toISOString(),
        payload,
      };
      const opts = {
        jobId: id,
        removeOnComplete: true,
        attempts: 25,
        backoff: { type: 'exponential', delay: 500 },
      };
      return { name, data, opts };
    }),
  );
}
