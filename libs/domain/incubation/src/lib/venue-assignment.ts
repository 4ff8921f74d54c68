/** Why an organization cannot be given a place in a venue now. rule R4 */
export type VenueRefusal = 'FULL' | 'NOT_SHARED' | 'NOT_REACHABLE';

export type VenueAssignmentCheck =
  { ok: true } | { ok: false; reason: VenueRefusal; message: string; messageZh: string };

export interface VenueAssignmentInput {
  /** Organizations a shared venue can host. */
  capacity: number;
  /** Organizations assigned to it now. */
  occupants: number;
  /** Several organizations share it (合署办公). */
  shared: boolean;
  /** The organization to assign has a postal address ... */
  hasPostalAddress: boolean;
  /** ... and a contact. */
  hasContact: boolean;
}

/**
 * rule R4, rule R16: a venue that is not shared takes one organization; a shared one (合署办公)
 * takes up to its capacity, and only organizations that stay reachable by post (邮政通信可达):
 * each with a postal address and a contact.
 */
export function checkVenueAssignment(input: VenueAssignmentInput): VenueAssignmentCheck {
  assertInput(input);
  const { capacity, occupants, shared, hasPostalAddress, hasContact } = input;
  if (!shared) {
    if (occupants === 0) return { ok: true };
    return {
      ok: false,
      reason: 'NOT_SHARED',
      message: 'the venue is not shared (合署办公) and already hosts an organization',
      messageZh: '该场地不是合署办公场地，已有组织使用',
    };
  }
  if (occupants >= capacity) {
    return {
      ok: false,
      reason: 'FULL',
      message: `the shared venue is full: ${occupants} of ${capacity} places taken`,
      messageZh: `合署办公场地已满：${capacity} 个席位已有 ${occupants} 个组织使用`,
    };
  }
  if (hasPostalAddress && hasContact) return { ok: true };
  const missing = [
    ...(hasPostalAddress ? [] : [['postal address', '通信地址']]),
    ...(hasContact ? [] : [['contact', '联系人']]),
  ];
  return {
    ok: false,
    reason: 'NOT_REACHABLE',
    message: `a shared venue takes only organizations reachable by post (R4); this one has no ${missing.map((m) => m[0]).join(' and no ')}`,
    messageZh: `合署办公须保证每个组织邮政通信可达，该组织缺少${missing.map((m) => m[1]).join('和')}`,
  };
}

function assertInput(input: VenueAssignmentInput): void {
  const { capacity, occupants } = input ?? ({} as VenueAssignmentInput);
  if (typeof capacity !== 'number' || !Number.isSafeInteger(capacity) || capacity < 1) {
    throw new RangeError(
      `rule R4: capacity must be a whole number of at least 1, got ${String(capacity)}`,
    );
  }
  if (typeof occupants !== 'number' || !Number.isSafeInteger(occupants) || occupants < 0) {
    throw new RangeError(
      `rule R4: occupants must be a non-negative whole number, got ${String(occupants)}`,
    );
  }
  for (const field of ['shared', 'hasPostalAddress', 'hasContact'] as const) {
    if (typeof input[field] !== 'boolean') {
      throw new RangeError(`rule R4: ${field} must be a boolean, got ${String(input[field])}`);
    }
  }
}
