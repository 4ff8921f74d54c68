import { randomUUID } from 'node:crypto';
import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { dataSourceOptions } from '@civic/platform/database';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { tallyDrift } from '@civic/platform/tallies';
import { startServiceUnderTest, type ServiceUnderTest, TEST_PII_KEY } from '@civic/testing';
import { DataSource } from 'typeorm';
import { SubsidyApplication } from '../src/applications/entities/subsidy-application.entity';
import { LotteryFundingPort } from '../src/applications/lottery-funding.port';
import { TIMELINESS_SOURCE, TIMELINESS_TALLY } from '../src/dashboard/timeliness';
import { LOTTERY_FUND_DATABASE } from '../src/database';
import type { DisclosureService } from '../src/disclosure/disclosure.service';
import { TIMELINESS_BACKFILL } from '../src/migrations/1796731000000-TimelinessTally';
import { SubsidyProgramme } from '../src/programmes/entities/subsidy-programme.entity';

jest.setTimeout(120_000);

const CIPHER = new PersonalDataCipher(TEST_PII_KEY, 'k1');
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
const DAY_MS = 86_400_000;
const AMOUNT = 3_000_000;

/**
 * The lottery fund's timeliness tally (issue #18; R16, R28), the service a real process deciding
 * over RPC on the real Postgres, and finance's answers taken through the programme kit as its
 * inbox takes them: an approval and a rejection count their days from submission, in Beijing
 * calendar days, under the applicant's street; the approved subsidy's payment its days to the
 * settlement. The tally equals the GROUP BY of the rows after each step, and the service answers
 * the histograms by area.
 */
describe('lottery-fund timeliness (issue #18), on the real Postgres', () => {
  let lottery: ServiceUnderTest;
  let dataSource: DataSource;
  let programmeId: string;
  const drift = () => tallyDrift(dataSource.manager, TIMELINESS_TALLY, TIMELINESS_SOURCE);
  const histograms = (input: object, actor: RpcActor = OFFICER) =>
    lottery.rpc.call('lottery-fund.dashboard.timeliness', input, actor);

  beforeAll(async () => {
    lottery = await startServiceUnderTest('lottery-fund');
    dataSource = await new DataSource(
      dataSourceOptions(LOTTERY_FUND_DATABASE, lottery.databaseUrl, { poolSize: 2 }),
    ).initialize();
    programmeId = randomUUID();
    await dataSource.manager.insert(SubsidyProgramme, {
      id: programmeId,
      fiscalYear: 2026,
      purpose: 'ELDERLY',
      name: '2026 年社区居家养老服务补助',
      budgetFen: 10_000_000,
      ruralReservePercent: 30,
      createdBy: 'officer',
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await lottery?.stop();
  });

  /** An assessed application from a street, submitted `daysAgo` days ago. */
  async function application(streetCode: string, daysAgo: number): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(SubsidyApplication, {
      id,
      programmeId,
      organizationId: randomUUID(),
      organizationName: `组织 ${streetCode}`,
      organizationAreaType: 'URBAN',
      streetCode,
      projectName: `项目 ${id}`,
      projectKey: `项目${id}`,
      projectAreaType: 'URBAN',
      beneficiaries: [{ group: 'ELDERLY', count: 40 }],
      budgetLines: [{ category: 'SERVICE_DELIVERY', description: '上门服务', amountFen: AMOUNT }],
      requestedFen: AMOUNT,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, {
        accountName: `组织 ${streetCode}`,
        accountNumber: '6222020102003456789',
        bankName: '广西北部湾银行南宁分行',
      }),
      status: 'SUBMITTED',
      priorityBonus: 0,
      priority: { bonus: 0, policyVersion: 'test', reasons: [] },
      merit: 80,
      submittedBy: 'applicant',
    });
    await dataSource.query(
      `UPDATE lottery_fund.subsidy_application SET submitted_at = now() - make_interval(days => $2)
        WHERE id = $1`,
      [id, daysAgo],
    );
    return id;
  }

  const decide = (id: string, how: 'approve' | 'reject') =>
    lottery.rpc.call(
      `lottery-fund.applications.${how}`,
      { id, decision: { comment: how === 'approve' ? '同意资助' : '不符合申报条件' } },
      OFFICER,
    );

  it('rule R16: an approval and a rejection count their days from submission, in the deciding transaction', async () => {
    const approved = await application('450103001', 2);
    const rejected = await application('450202001', 10);
    await decide(rejected, 'reject');
    await decide(approved, 'approve');
    expect(await drift()).toEqual([]);
    const province = await histograms({});
    expect(province.programme).toBe('lottery-fund');
    expect(province.buckets).toEqual([
      { areaCode: '4501', stage: 'DECISION', days: 2, count: 1 },
      { areaCode: '4502', stage: 'DECISION', days: 10, count: 1 },
    ]);

    // Finance commits and pays (its answers, as the inbox takes them), 4 days after submission.
    const funding = new ProgrammeFunding(
      new LotteryFundingPort({} as DisclosureService),
      new OutboxWriter(),
    );
    const row = await dataSource.manager.findOneByOrFail(SubsidyApplication, { id: approved });
    await dataSource.transaction((m) =>
      funding.commitmentDecided(
        {
          commitmentId: approved,
          programme: 'lottery-fund',
          status: 'ACCEPTED',
          amountFen: AMOUNT,
          paymentId: row.paymentId!,
        },
        m,
      ),
    );
    const settledAt = new Date(row.submittedAt.getTime() + 4 * DAY_MS).toISOString();
    await dataSource.transaction((m) =>
      funding.settled(
        {
          paymentId: row.paymentId!,
          commitmentId: approved,
          programme: 'lottery-fund',
          organizationId: row.organizationId,
          amountFen: AMOUNT,
          settledAt,
          bankReference: 'BR-LOTTERY-1',
          paidTo: { kind: 'ORGANIZATION', accountName: row.organizationName },
        },
        m,
      ),
    );
    expect(await drift()).toEqual([]);
    const county = await histograms({ areaCode: '450103' });
    expect(county.buckets).toEqual([
      { areaCode: '450103001', stage: 'DECISION', days: 2, count: 1 },
      { areaCode: '450103001', stage: 'PAYMENT', days: 4, count: 1 },
    ]);
  });

  it('refuses those who do not read finance, and a bad area naming the field; the backfill reproduces it', async () => {
    await expect(
      histograms({}, { userId: 's', roles: [Role.STREET_OFFICER], streetCode: '450103001' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(histograms({ areaCode: '4501x' })).rejects.toMatchObject({ status: 400 });
    const before = await histograms({});
    await dataSource.query('DELETE FROM lottery_fund.timeliness_tally');
    await dataSource.query(TIMELINESS_BACKFILL);
    expect(await drift()).toEqual([]);
    expect(await histograms({})).toEqual(before);
  });
});
