import { checkVenueAssignment, VenueAssignmentInput } from './venue-assignment';

const venue = (over: Partial<VenueAssignmentInput> = {}): VenueAssignmentInput => ({
  capacity: 4,
  occupants: 0,
  shared: true,
  hasPostalAddress: true,
  hasContact: true,
  ...over,
});

describe('rule R4: assigning organizations to venues (合署办公)', () => {
  it('rule R4: a shared venue takes organizations up to its capacity', () => {
    for (const occupants of [0, 1, 2, 3]) {
      expect(checkVenueAssignment(venue({ occupants }))).toEqual({ ok: true });
    }
    expect(checkVenueAssignment(venue({ occupants: 4 }))).toEqual({
      ok: false,
      reason: 'FULL',
      message: 'the shared venue is full: 4 of 4 places taken',
      messageZh: '合署办公场地已满：4 个席位已有 4 个组织使用',
    });
    expect(checkVenueAssignment(venue({ occupants: 5 }))).toMatchObject({ reason: 'FULL' });
  });

  it('rule R4: a venue that is not shared takes one organization, whatever its capacity', () => {
    expect(checkVenueAssignment(venue({ shared: false }))).toEqual({ ok: true });
    expect(checkVenueAssignment(venue({ shared: false, occupants: 1 }))).toEqual({
      ok: false,
      reason: 'NOT_SHARED',
      message: 'the venue is not shared (合署办公) and already hosts an organization',
      messageZh: '该场地不是合署办公场地，已有组织使用',
    });
  });

  it('rule R4: a venue of its own needs no postal address (the rule is about sharing)', () => {
    expect(
      checkVenueAssignment(venue({ shared: false, hasPostalAddress: false, hasContact: false })),
    ).toEqual({ ok: true });
  });

  it.each([
    [false, true, 'this one has no postal address', '该组织缺少通信地址'],
    [true, false, 'this one has no contact', '该组织缺少联系人'],
    [false, false, 'this one has no postal address and no contact', '该组织缺少通信地址和联系人'],
  ])(
    'rule R4: sharing needs each organization reachable by post (address %p, contact %p)',
    (hasPostalAddress, hasContact, end, endZh) => {
      expect(checkVenueAssignment(venue({ hasPostalAddress, hasContact }))).toEqual({
        ok: false,
        reason: 'NOT_REACHABLE',
        message: `a shared venue takes only organizations reachable by post (R4); ${end}`,
        messageZh: `合署办公须保证每个组织邮政通信可达，${endZh}`,
      });
    },
  );

  it('rule R4: a full shared venue says FULL before asking about the organization', () => {
    expect(checkVenueAssignment(venue({ occupants: 4, hasPostalAddress: false }))).toMatchObject({
      reason: 'FULL',
    });
  });

  it.each([
    [{ capacity: 0 }, 'rule R4: capacity must be a whole number of at least 1, got 0'],
    [{ capacity: 1.5 }, 'rule R4: capacity must be a whole number of at least 1, got 1.5'],
    [{ occupants: -1 }, 'rule R4: occupants must be a non-negative whole number, got -1'],
    [{ shared: 'yes' }, 'rule R4: shared must be a boolean, got yes'],
    [{ hasPostalAddress: undefined }, 'rule R4: hasPostalAddress must be a boolean, got undefined'],
    [{ hasContact: 1 }, 'rule R4: hasContact must be a boolean, got 1'],
  ])('rule R4: %p is refused', (over, message) => {
    expect(() => checkVenueAssignment(venue(over as Partial<VenueAssignmentInput>))).toThrow(
      message,
    );
  });
});
