import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { randomUUID } from 'node:crypto';
import type { OrganizationSnapshotV1, RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import {
  constraintRefusal,
  createScratchDatabase,
  dataSourceOptions,
  migrateSchema,
} from '@civic/platform/database';
import type { HandlerContext } from '@civic/platform/messaging';
import { ServiceError } from '@civic/platform/rpc';
import { keepOrganizationSnapshot } from '@civic/platform/snapshots';
import { PersonalDataCipher } from '@civic/platform/pii';
import { beijingDate, TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AdmissionApplication } from '../src/admissions/admission.entity';
import { AdmissionsService } from '../src/admissions/admissions.service';
import { IncubationBase } from '../src/bases/base.entity';
import { Cohort } from '../src/cohorts/cohort.entity';
import { INCUBATION_DATABASE } from '../src/database';

jest.setTimeout(60_000);

/**
 * An organization applies to a cohort once (rule R16), even when it submits many times at once on
 * the real Postgres: of 10 concurrent submissions exactly one is stored (with its one audit entry),
 * and each of the other 9 is refused 409 ALREADY_APPLIED, by the service's own check or by the
 * `admission_once_per_organization` unique index answered through constraintRefusal, never a 500.
 */
describe('incubation admissions, submitted concurrently (rule R16), on the real Postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let admissions: AdmissionsService;
  let cohortId: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'incubation_admissions');
    dataSource = await new DataSource(
      dataSourceOptions(INCUBATION_DATABASE, scratch.url, { poolSize: 12 }),
    ).initialize();
    await migrateSchema(dataSource);
    admissions = new AdmissionsService(
      dataSource,
      new AuditTrail(),
      new PersonalDataCipher(TEST_PII_KEY, 'k1'),
    );
    const baseId = randomUUID();
    await dataSource.manager.insert(IncubationBase, {
      id: baseId,
      name: '青秀区社区社会组织孵化基地',
      level: 'COUNTY',
      countyCode: '450103',
      address: '南宁市青秀区民族大道 100 号',
      contactName: '黄丽',
      contactPhone: '0771-5550000',
    });
    cohortId = randomUUID();
    await dataSource.manager.insert(Cohort, {
      id: cohortId,
      baseId,
      name: '2026 年第二期孵化',
      capacity: 10,
      windowOpensOn: beijingDate(-1),
      windowClosesOn: beijingDate(30),
      closedEarlyOn: null,
      startsOn: beijingDate(45),
      termMonths: 12,
      ruralReservePercent: 30,
      support: {
        spaceM2: 15,
        monthlyFeeFen: 50_000,
        feeWaivedPercent: 100,
        startupSubsidyFen: 2_000_000,
        trainingSessions: 6,
      },
      graduationCriteria: [{ kind: 'MIN_MONTHS', months: 6 }],
      eligibleCategories: null,
      policyVersion: DEFAULT_INCUBATION_POLICY.version,
      policy: DEFAULT_INCUBATION_POLICY,
      decidedAt: null,
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  /** An organization this service knows (its snapshot), and someone acting for it. */
  async function organization(i: number): Promise<RpcActor> {
    const organizationId = randomUUID();
    await dataSource.transaction((manager) =>
      keepOrganizationSnapshot(
        snapshot(organizationId, i),
        { manager } as HandlerContext,
        new PersonalDataCipher(TEST_PII_KEY, 'k1'),
      ),
    );
    return { userId: `applicant-${i}`, roles: [Role.APPLICANT], organizationId };
  }
  const body = () => ({
    cohortId,
    kind: 'ORGANIZATION',
    servedGroups: ['CHILDREN'],
    plan: '为双职工家庭提供课后托管和作业辅导',
    contactName: '陈静',
    contactPhone: '13800000000',
  });
  const stored = (organizationId: string) =>
    dataSource.manager.findBy(AdmissionApplication, { cohortId, organizationId });
  const auditEntries = async (entityIds: string[]) =>
    (
      await dataSource.query<{ entity_id: string }[]>(
        `SELECT entity_id FROM incubation.audit_entry WHERE entity_id = ANY($1::text[])`,
        [entityIds],
      )
    ).map((r) => r.entity_id);

  /** How a refusal reaches the caller: a ServiceError, or a constraint the RPC filter maps. */
  function answered(error: unknown): { status: number; code: string } | null {
    if (error instanceof ServiceError) return { status: error.status, code: error.code };
    const refusal = constraintRefusal(error);
    return refusal && { status: refusal.status, code: refusal.code };
  }

  it('stores one of 10 concurrent submissions from the same organization; the other 9 are refused 409 ALREADY_APPLIED', async () => {
    const actor = await organization(0);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => admissions.submit(body(), actor)),
    );
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const outcome of refused) {
      expect(answered(outcome.reason)).toEqual({ status: 409, code: 'ALREADY_APPLIED' });
    }

    const rows = await stored(actor.organizationId!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: accepted[0].value.id,
      kind: 'ORGANIZATION',
      status: 'SUBMITTED',
      submittedBy: 'applicant-0',
    });
    // the refused submissions left no audit entry behind (R31): only the stored one is audited
    expect(
      await auditEntries(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.id : ''))),
    ).toEqual([rows[0].id]);

    // applying again later is refused by the service's own check
    await expect(admissions.submit(body(), actor)).rejects.toMatchObject({
      status: 409,
      code: 'ALREADY_APPLIED',
    });
    expect(await stored(actor.organizationId!)).toHaveLength(1);
  });

  it('another organization applying to the same cohort at the same time is not refused', async () => {
    const [first, second] = [await organization(1), await organization(2)];
    const answers = await Promise.all([
      admissions.submit(body(), first),
      admissions.submit(body(), second),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(await stored(first.organizationId!)).toHaveLength(1);
    expect(await stored(second.organizationId!)).toHaveLength(1);
  });

  it('stores the contact phone sealed and answers it masked (R30)', async () => {
    const actor = await organization(3);
    const answer = await admissions.submit({ ...body(), contactPhone: '138 0077 1234' }, actor);
    expect(answer.contactPhone).toBe('138****1234');
    const [row] = await dataSource.query(
      `SELECT contact_phone, contact_phone_masked, to_jsonb(a)::text AS text
         FROM incubation.admission_application a WHERE id = $1`,
      [answer.id],
    );
    expect(row.contact_phone).toMatch(/^v1\.k1\./);
    expect(row.contact_phone_masked).toBe('138****1234');
    expect(row.text).not.toContain('13800771234');
    expect(new PersonalDataCipher(TEST_PII_KEY, 'k1').decrypt(row.contact_phone)).toBe(
      '13800771234',
    );
  });
});

function snapshot(organizationId: string, i: number): OrganizationSnapshotV1 {
  return {
    organizationId,
    version: 1,
    name: `青山社区儿童托管互助会 ${i + 1} 号`,
    category: 'MUTUAL_AID',
    areaType: 'URBAN',
    countyCode: '450103',
    streetCode: '450103001',
    communityCode: '450103001001',
    tier: 'STREET_FILED',
    uscc: null,
    leaders: [],
    financialCustodian: null,
    takesGovernmentFunctions: false,
    founderBackground: null,
    graduatedFromIncubation: false,
    occurredAt: new Date().toISOString(),
  } as OrganizationSnapshotV1;
}
