import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { PROVINCE_REGION } from '@civic/domain/policy';
import { dataSourceOptions } from '@civic/platform/database';
import { startServiceUnderTest, type ServiceUnderTest } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { PolicyDocument } from '../src/policy/policy-document.entity';

jest.setTimeout(120_000);

const ADMIN: RpcActor = { userId: 'admin-1', roles: [Role.ADMINISTRATOR] };
const SECOND_ADMIN: RpcActor = { userId: 'admin-2', roles: [Role.ADMINISTRATOR] };

/**
 * The registry's work queue (issue #18) over RPC, with the service a real process and its rows
 * real: a policy version another administrator proposed waits for a second one (issue #17 with
 * R28's four eyes), never for the one who proposed it.
 */
describe('organizations.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let organizations: ServiceUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    organizations = await startServiceUnderTest('organizations');
    dataSource = await new DataSource(
      dataSourceOptions(ORGANIZATIONS_DATABASE, organizations.databaseUrl, { poolSize: 2 }),
    ).initialize();
    await proposal(SECOND_ADMIN, 'v-work-1', 'PROPOSED', 3);
    await proposal(SECOND_ADMIN, 'v-work-2', 'PROPOSED', 1);
    await proposal(ADMIN, 'v-work-3', 'PROPOSED', 2);
    await proposal(SECOND_ADMIN, 'v-work-4', 'REJECTED', 5);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await organizations?.stop();
  });

  const work = (actor: RpcActor) => organizations.rpc.call('organizations.work-queue', {}, actor);

  async function proposal(
    by: RpcActor,
    version: string,
    status: 'PROPOSED' | 'REJECTED',
    daysAgo: number,
  ) {
    await dataSource.manager.insert(PolicyDocument, {
      id: randomUUID(),
      kind: 'RESERVE',
      regionCode: PROVINCE_REGION,
      version,
      effectiveFrom: '2027-01-01',
      body: { ruralReservePercent: 35 },
      status,
      reason: '提高农村预留比例',
      proposedBy: by.userId,
      proposedByName: by.userId,
      proposedAt: new Date(Date.now() - daysAgo * 86_400_000),
    });
  }

  it('issue #17, rule R28: shows an administrator the versions someone else proposed, not their own nor a decided one', async () => {
    const [item] = await work(ADMIN);
    expect(item).toEqual({
      kind: 'organizations.policies-to-approve',
      count: 2,
      oldestAt: expect.any(String),
      link: '/policies',
    });
    expect(Date.now() - Date.parse(item.oldestAt!)).toBeGreaterThan(2.9 * 86_400_000);
    expect(await work(SECOND_ADMIN)).toEqual([
      expect.objectContaining({ kind: 'organizations.policies-to-approve', count: 1 }),
    ]);
  });

  it('shows nothing to those who do not approve policy (officers, street officers)', async () => {
    expect(await work({ userId: 'o-1', roles: [Role.PROGRAMME_OFFICER] })).toEqual([]);
    expect(
      await work({ userId: 's-1', roles: [Role.STREET_OFFICER], streetCode: '450103001' }),
    ).toEqual([]);
  });
});
