/**
 * The directory of undertakers fit to take on community services (承接社区服务的社会组织指导目录,
 * R24), and who may undertake government-purchased services at all (R25, Order 102 art. 6–8).
 * Who an undertaker is, how its identifier must read, and how its entry moves.
 */
import {
  normalizeResidentId,
  normalizeUscc,
  USCC_AUTHORITIES,
  validateResidentId,
  validateUscc,
} from '@civic/domain/identifiers';
import { stateMachine } from '@civic/domain/programme';

/** The kinds of undertaker Order 102 art. 6 and art. 8 name. */
export const UNDERTAKER_KINDS = Object.freeze([
  'SOCIAL_ORGANIZATION',
  'COMPANY',
  'PUBLIC_INSTITUTION_CATEGORY_2',
  'RURAL_COLLECTIVE',
  'GRASSROOTS_SELF_GOVERNING',
  'INDIVIDUAL',
  'PUBLIC_INSTITUTION_CATEGORY_1',
] as const);

export type UndertakerKind = (typeof UNDERTAKER_KINDS)[number];

/** Category-1 public institutions (公益一类事业单位) may not undertake (Order 102 art. 8). */
export const INELIGIBLE_UNDERTAKER_KINDS: readonly UndertakerKind[] = Object.freeze([
  'PUBLIC_INSTITUTION_CATEGORY_1',
]);

/** The kinds that may be listed (Order 102 art. 6). */
export const ELIGIBLE_UNDERTAKER_KINDS: readonly UndertakerKind[] = Object.freeze(
  UNDERTAKER_KINDS.filter((k) => !INELIGIBLE_UNDERTAKER_KINDS.includes(k)),
);

/** Each kind in Chinese, as the directory shows it. */
export const UNDERTAKER_KIND_LABELS_ZH: Readonly<Record<UndertakerKind, string>> = Object.freeze({
  SOCIAL_ORGANIZATION: '社会组织',
  COMPANY: '企业',
  PUBLIC_INSTITUTION_CATEGORY_2: '公益二类事业单位',
  RURAL_COLLECTIVE: '农村集体经济组织',
  GRASSROOTS_SELF_GOVERNING: '基层群众性自治组织',
  INDIVIDUAL: '具备条件的个人',
  PUBLIC_INSTITUTION_CATEGORY_1: '公益一类事业单位',
});

/**
 * The registration authority (position 1 of the unified social credit code, GB 32100-2015
 * appendix A) that codes each kind: 机构编制 1 for public institutions, 民政 5 for social
 * organizations and for residents' and villagers' committees (赋码 by civil affairs since the
 * Civil Code made them special legal persons), 工商/市场监管 9 for companies, 农业农村 N for rural
 * collective economic organizations. An individual has no credit code.
 */
export const UNDERTAKER_AUTHORITIES: Readonly<
  Record<Exclude<UndertakerKind, 'INDIVIDUAL'>, readonly string[]>
> = Object.freeze({
  SOCIAL_ORGANIZATION: ['5'],
  COMPANY: ['9'],
  PUBLIC_INSTITUTION_CATEGORY_2: ['1'],
  PUBLIC_INSTITUTION_CATEGORY_1: ['1'],
  RURAL_COLLECTIVE: ['N'],
  GRASSROOTS_SELF_GOVERNING: ['5'],
});

/** Who applies to be listed, as far as eligibility goes. */
export interface UndertakerIdentity {
  kind: UndertakerKind;
  creditCode?: string | null;
  residentId?: string | null;
  /**
   * A social organization known from the organizations registry, identified by its id there: a
   * community-guided or street-filed one (R5) has no credit code, and needs none to be listed.
   */
  registryOrganization?: boolean;
}

/** Why an undertaker may not be listed: the field, the rule, and the article or standard. */
export interface UndertakerRefusal {
  ok: false;
  code:
    | 'RULE_R25_NOT_ELIGIBLE'
    | 'RULE_R25_IDENTIFIER'
    | 'RULE_R29_INVALID'
    | 'RULE_R29_AUTHORITY'
    | 'RULE_R30_INVALID';
  rule: 'R25' | 'R29' | 'R30';
  field: 'kind' | 'creditCode' | 'residentId';
  message: string;
  messageZh: string;
}

export type UndertakerCheck = { ok: true } | UndertakerRefusal;

function refuse(
  code: UndertakerRefusal['code'],
  rule: UndertakerRefusal['rule'],
  field: UndertakerRefusal['field'],
  message: string,
  messageZh: string,
): UndertakerRefusal {
  return { ok: false, code, rule, field, message, messageZh };
}

/**
 * Whether this undertaker may be listed, rule R25 (Order 102 art. 6–8), its identifier checked
 * by rule R29 (credit code, GB 32100-2015) or rule R30 (resident ID, GB 11643-1999): a category-1
 * public institution is refused naming art. 8; an organization gives a credit code whose
 * registration authority codes its kind; an individual gives a resident ID and no credit code.
 * Messages never repeat a resident ID number. `asOf` dates the resident ID's birth-date check.
 */
export function checkUndertaker(
  identity: UndertakerIdentity,
  asOf: Date = new Date(),
): UndertakerCheck {
  const { kind } = identity;
  const creditCode = identity.creditCode ?? null;
  const residentId = identity.residentId ?? null;
  if (!UNDERTAKER_KINDS.includes(kind)) {
    return refuse(
      'RULE_R25_NOT_ELIGIBLE',
      'R25',
      'kind',
      `rule R25 (Order 102 art. 6): ${String(kind)} is not a kind of undertaker the order names`,
      `规则 R25（财政部令第102号第六条）：${String(kind)} 不是可作为承接主体的类型`,
    );
  }
  if (INELIGIBLE_UNDERTAKER_KINDS.includes(kind)) {
    return refuse(
      'RULE_R25_NOT_ELIGIBLE',
      'R25',
      'kind',
      'rule R25 (Order 102 art. 8): a category-1 public institution may not undertake government-purchased services',
      '规则 R25（财政部令第102号第八条）：公益一类事业单位不作为政府购买服务的承接主体',
    );
  }
  if (kind === 'INDIVIDUAL') return checkIndividual(creditCode, residentId, asOf);
  if (residentId !== null) {
    return refuse(
      'RULE_R25_IDENTIFIER',
      'R25',
      'residentId',
      `rule R25: a resident ID number identifies an individual, not a ${kind}; give its unified social credit code`,
      `规则 R25：${UNDERTAKER_KIND_LABELS_ZH[kind]}以统一社会信用代码标识，不填写居民身份证号码`,
    );
  }
  if (creditCode === null) {
    if (kind === 'SOCIAL_ORGANIZATION' && identity.registryOrganization) return { ok: true };
    return refuse(
      'RULE_R25_IDENTIFIER',
      'R25',
      'creditCode',
      `rule R25, rule R29: a ${kind} is identified by its unified social credit code`,
      `规则 R25、R29：${UNDERTAKER_KIND_LABELS_ZH[kind]}须填写统一社会信用代码`,
    );
  }
  return checkCreditCodeAuthority(kind, creditCode);
}

function checkIndividual(
  creditCode: string | null,
  residentId: string | null,
  asOf: Date,
): UndertakerCheck {
  if (creditCode !== null) {
    return refuse(
      'RULE_R25_IDENTIFIER',
      'R25',
      'creditCode',
      'rule R25: an individual has no unified social credit code; give the resident ID number',
      '规则 R25：个人没有统一社会信用代码，请填写居民身份证号码',
    );
  }
  if (residentId === null) {
    return refuse(
      'RULE_R25_IDENTIFIER',
      'R25',
      'residentId',
      'rule R25, rule R30: an individual is identified by a resident ID number',
      '规则 R25、R30：个人须填写居民身份证号码',
    );
  }
  const check = validateResidentId(normalizeResidentId(residentId), asOf);
  if (!check.valid) {
    return refuse(
      'RULE_R30_INVALID',
      'R30',
      'residentId',
      `rule R30: ${check.message}`,
      '规则 R30：居民身份证号码的长度、出生日期或校验码不符合 GB 11643-1999',
    );
  }
  return { ok: true };
}

/**
 * rule R29: a credit code is valid (GB 32100-2015) and issued by the registration authority that
 * codes the kind (`UNDERTAKER_AUTHORITIES`); a company's 9… given as a social organization is
 * refused naming both authorities.
 */
export function checkCreditCodeAuthority(
  kind: Exclude<UndertakerKind, 'INDIVIDUAL'>,
  creditCode: string,
): UndertakerCheck {
  const code = normalizeUscc(creditCode);
  const valid = validateUscc(code);
  if (!valid.valid) {
    return refuse(
      'RULE_R29_INVALID',
      'R29',
      'creditCode',
      `rule R29: ${valid.message}`,
      '规则 R29：统一社会信用代码的长度、字符或校验码不符合 GB 32100-2015',
    );
  }
  const expected = UNDERTAKER_AUTHORITIES[kind];
  if (expected.includes(code[0])) return { ok: true };
  const issuer = USCC_AUTHORITIES[code[0]] ?? 'no registration authority';
  const wanted = expected.map((a) => `'${a}' (${USCC_AUTHORITIES[a]})`).join(' or ');
  return refuse(
    'RULE_R29_AUTHORITY',
    'R29',
    'creditCode',
    `rule R29 (GB 32100-2015): a ${kind}'s code is issued by ${wanted}, ` +
      `but position 1 is '${code[0]}', ${issuer}`,
    `规则 R29（GB 32100-2015）：${UNDERTAKER_KIND_LABELS_ZH[kind]}的统一社会信用代码第 1 位应为 ` +
      `${expected.join('、')}，实际为 ${code[0]}，登记管理部门与类型不符`,
  );
}

/** A directory entry's status (R24): applied, then listed or refused; a listed one may be removed. */
export type DirectoryStatus = 'PENDING' | 'LISTED' | 'REFUSED' | 'REMOVED';

export const DIRECTORY_STATUSES: readonly DirectoryStatus[] = Object.freeze([
  'PENDING',
  'LISTED',
  'REFUSED',
  'REMOVED',
]);

/** The statuses that hold an undertaker's place: one such entry per undertaker. */
export const DIRECTORY_ACTIVE_STATUSES: readonly DirectoryStatus[] = Object.freeze([
  'PENDING',
  'LISTED',
]);

/** What an officer decides: the status an entry moves to. */
export type DirectoryDecision = Exclude<DirectoryStatus, 'PENDING'>;

export const DIRECTORY_DECISIONS: readonly DirectoryDecision[] = Object.freeze([
  'LISTED',
  'REFUSED',
  'REMOVED',
]);

type DirectoryEvent = 'LIST' | 'REFUSE' | 'REMOVE';

const EVENT_OF: Readonly<Record<DirectoryDecision, DirectoryEvent>> = Object.freeze({
  LISTED: 'LIST',
  REFUSED: 'REFUSE',
  REMOVED: 'REMOVE',
});

export const directoryStatus = stateMachine<DirectoryStatus, DirectoryEvent>({
  name: 'directory entry',
  nameZh: '承接主体目录条目',
  rule: 'R24',
  transitions: {
    PENDING: { LIST: 'LISTED', REFUSE: 'REFUSED' },
    LISTED: { REMOVE: 'REMOVED' },
    REFUSED: {},
    REMOVED: {},
  },
});

export interface DirectoryTransitionRefusal {
  ok: false;
  /** `TRANSITION`: the status does not move that way (409); `REASON_REQUIRED`: 422 on `reason`. */
  kind: 'TRANSITION' | 'REASON_REQUIRED';
  message: string;
  messageZh: string;
}

export type DirectoryTransition = { ok: true; next: DirectoryStatus } | DirectoryTransitionRefusal;

/**
 * rule R24: an officer's decision on a directory entry. PENDING becomes LISTED or REFUSED, LISTED
 * becomes REMOVED, nothing else moves; a refusal or a removal gives its reason (not blank).
 */
export function decideDirectoryEntry(
  current: DirectoryStatus,
  decision: DirectoryDecision,
  reason?: string | null,
): DirectoryTransition {
  const check = directoryStatus.check(current, EVENT_OF[decision]);
  if (!check.ok) {
    return { ok: false, kind: 'TRANSITION', message: check.message, messageZh: check.messageZh };
  }
  if (decision !== 'LISTED' && (reason ?? '').trim() === '') {
    return {
      ok: false,
      kind: 'REASON_REQUIRED',
      message: `rule R24: an entry is ${decision.toLowerCase()} with its reason`,
      messageZh: '规则 R24：不予列入或移出目录须说明理由',
    };
  }
  return { ok: true, next: check.next };
}

/** How a contract's final evaluation came out (R25, performance). */
export type PerformanceOutcome = 'PASSED' | 'FAILED';

export const PERFORMANCE_OUTCOMES: readonly PerformanceOutcome[] = Object.freeze([
  'PASSED',
  'FAILED',
]);

/** One contract's evaluation on the undertaker's directory entry (R24, R25 performance). */
export interface PerformanceRecord {
  contractId: string;
  title: string;
  /** The year the contract ran (its fiscal year). */
  year: number;
  /** The final evaluation's score, 0–100. */
  score: number;
  outcome: PerformanceOutcome;
}

/**
 * rule R24, rule R25: the entry's performance history with one more contract evaluation, newest
 * year first; a contract is recorded once a year (a second record of it is refused).
 */
export function appendPerformance(
  history: readonly PerformanceRecord[],
  record: PerformanceRecord,
): PerformanceRecord[] {
  if (!Number.isInteger(record.year) || record.year < 2000 || record.year > 2100) {
    throw new RangeError(`rule R25: performance year must be 2000–2100, got ${record.year}`);
  }
  if (!Number.isFinite(record.score) || record.score < 0 || record.score > 100) {
    throw new RangeError(`rule R25: performance score must be 0–100, got ${record.score}`);
  }
  if (history.some((h) => h.contractId === record.contractId && h.year === record.year)) {
    throw new RangeError(
      `rule R25: contract ${record.contractId} is already evaluated for ${record.year}`,
    );
  }
  return [...history, record].sort(
    (a, b) => b.year - a.year || a.contractId.localeCompare(b.contractId),
  );
}

/**
 * The prefix of a division code that every division inside it shares (GB/T 2260): a province
 * `450000` → `45`, a city `450100` → `4501`, a county `450103` → itself. rule R24
 */
export function divisionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code))
    throw new RangeError(`rule R24: ${code} is not a 6-digit division code`);
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * rule R24: whether an undertaker serving `areas` serves `region`: one of its areas lies inside
 * the region (a county of the city asked for), or the region lies inside one of its areas (it
 * serves the whole province).
 */
export function servesRegion(areas: readonly string[], region: string): boolean {
  const regionPrefix = divisionPrefix(region);
  return areas.some(
    (area) => area.startsWith(regionPrefix) || region.startsWith(divisionPrefix(area)),
  );
}
