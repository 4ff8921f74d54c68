/** 青秀区新竹街道: the demo street officer's jurisdiction. */
export const XINZHU_LOCATION = {
  countyCode: '450103',
  countyName: '青秀区',
  streetCode: '450103001',
  streetName: '新竹街道',
  communityCode: '450103001001',
  communityName: '新竹社区居委会',
};

/** 横县横州镇: another county and street. */
export const HENGZHOU_LOCATION = {
  countyCode: '450127',
  countyName: '横县',
  streetCode: '450127100',
  streetName: '横州镇',
  communityCode: '450127100001',
  communityName: '城东社区居委会',
};

/** A valid registration body; override what a test is about. */
export function organizationBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '新竹社区夕阳红志愿服务队',
    category: 'PUBLIC_WELFARE',
    areaType: 'URBAN',
    location: XINZHU_LOCATION,
    postalAddress: {
      address: '南宁市青秀区新竹路 8 号',
      postcode: '530022',
      contactName: '李红',
      contactPhone: '13800771234',
    },
    registeredFundsFen: 150_000,
    isFederation: false,
    memberCount: 12,
    leaders: [{ name: '王建国', role: '负责人', isPartyMember: true }],
    activityMonths: recentMonths(3),
    ...overrides,
  };
}

/** The last `count` calendar months up to this one, as 'YYYY-MM'. */
export function recentMonths(count: number): string[] {
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** A call to the API as one user: method, path below `/api`, body. */
export type ApiCall = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Binds a demo user (by username) to an organization, as the admin's user page does, so that the
 * user applies in the organization's name.
 */
export async function bindUser(
  asAdmin: ApiCall,
  username: string,
  organizationId: string,
): Promise<string> {
  const users = await asAdmin('GET', `/v1/users?q=${encodeURIComponent(username)}`);
  const user = (users.body.items as { id: string; username: string }[]).find(
    (u) => u.username === username,
  );
  if (!user) throw new Error(`no user ${username}`);
  const bound = await asAdmin('PATCH', `/v1/users/${user.id}`, { organizationId });
  if (bound.status !== 200) throw new Error(`binding ${username}: ${bound.status}`);
  return user.id;
}
