import { randomUUID } from 'node:crypto';
import { DEFAULT_TIER_POLICY } from '@civic/domain/organizations';
import { HENGZHOU_LOCATION, http, organizationBody, startPlatform } from '@civic/testing';

jest.setTimeout(180_000);

const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The R5 tier thresholds are policy data per region (issue #17): a county's approved version
 * overrides the province's for organizations in that county only, and each decision stamps the
 * version it used. The demo organization (12 members, active 3 of 6 months) is street-filed
 * under the province's thresholds, and community-guided where the county asks for 20 members.
 */
describe('tier thresholds by county (issue #17, R5)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let admin: string;
  let officer: string;
  const api = (method: string, path: string, body: unknown, token: string) =>
    http(method, `${platform.api}${path}`, body, {
      token,
      headers: method === 'POST' ? { 'Idempotency-Key': randomUUID() } : {},
    });

  beforeAll(async () => {
    platform = await startPlatform({ withOrganizations: true });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it("decides by the county's own version, and elsewhere by the province's", async () => {
    const proposed = await api(
      'POST',
      '/v1/policies',
      {
        kind: 'TIERS',
        regionCode: '450103',
        effectiveFrom: TODAY,
        reason: '青秀区：街道备案须有 20 名以上成员',
        body: {
          ...DEFAULT_TIER_POLICY,
          version: '2026.1-qingxiu',
          streetFiled: { ...DEFAULT_TIER_POLICY.streetFiled, minMembers: 20 },
        },
      },
      admin,
    );
    expect(proposed.status).toBe(201);
    const admin2 = await platform.login('admin2');
    const approved = await api('POST', `/v1/policies/${proposed.body.id}/approve`, {}, admin2);
    expect(approved.status).toBe(200);

    const inQingxiu = await api('POST', '/v1/organizations', organizationBody(), officer);
    expect(inQingxiu.status).toBe(201);
    expect(inQingxiu.body.tier).toBe('COMMUNITY_GUIDED');
    expect(inQingxiu.body.tierDecision.policyVersion).toBe('2026.1-qingxiu');

    const inHengzhou = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '城东社区夕阳红志愿服务队', location: HENGZHOU_LOCATION }),
      officer,
    );
    expect(inHengzhou.status).toBe(201);
    expect(inHengzhou.body.tier).toBe('STREET_FILED');
    expect(inHengzhou.body.tierDecision.policyVersion).toBe(DEFAULT_TIER_POLICY.version);
  });
});
