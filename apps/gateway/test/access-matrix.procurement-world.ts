import { randomInt } from 'node:crypto';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import type { http } from '@civic/testing';

/**
 * The world government purchase's access-matrix cases need (R24, R25, R18), prepared through the
 * API (deadlines moved into the past with SQL, as time passing would); the cases themselves are in
 * access-matrix.procurement.ts.
 */
export type MatrixUser =
  'applicant' | 'incubator' | 'reviewer' | 'officer' | 'maker' | 'checker' | 'street' | 'admin';

export interface MatrixCase {
  route: string;
  path: () => string;
  body?: (user: MatrixUser) => unknown;
  allowed: readonly MatrixUser[];
  hidden?: { users: readonly MatrixUser[]; id: () => string };
  mutates?: boolean;
  /** Puts the world in the state the case needs, once, before its calls. */
  before?: () => Promise<void>;
  why: string;
}

export interface ProcurementWorld {
  itemId: string;
  ownEntryId: string;
  otherEntryId: string;
  companyEntries: string[];
  directoryToDecide: string[];
  expertUsers: string[];
  drafts: string[];
  cancellable: string[];
  /** A draft without bids, whose added questions officers may change (issue #17). */
  formProject: string;
  openProject: string;
  withdrawable: string[];
  /** Paper bids of a company on announced projects: no bid of the applicant's organization. */
  othersBids: string[];
  /** The one of othersBids the current call is about. */
  othersBid: string;
  toClose: string[];
  toDrawPanel: string[];
  drawnProject: string;
  bidToScore: string;
  toAward: string[];
  awardedProject: string;
  /** Awarded, its objection window open, and the applicant's organization never bid on it. */
  awardedToOthers: string;
  openObjections: string[];
  toSign: string[];
  ownContract: string;
  otherContract: string;
  toRenew: string[];
}

/** A company's credit code nobody holds yet (R29: authority 9). */
export const companyCode = () => {
  const body = `91450103MA${String(randomInt(10_000_000)).padStart(7, '0')}`;
  return body + usccCheckCharacter(body);
};
export const CONTACT = { contactName: '李红', contactPhone: '13800771234' };
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];
export const PROPOSAL = '组建社工团队入户探访，建立一人一档';

export function projectBody(itemId: string, title: string, contractMonths = 12) {
  return {
    catalogueItemId: itemId,
    regionCode: '450103',
    fiscalYear: 2026,
    title,
    description: '矩阵测试：居家养老上门探访',
    budgetFen: 10_000,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths,
    budgetSecured: contractMonths > 12,
    criteria: CRITERIA,
  };
}

export function contractBody(months: number) {
  return {
    startDate: '2026-07-01',
    months,
    instalments: [
      { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
      { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
    ],
    indicators: [
      { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 60 },
      { name: '满意度', target: '服务对象满意度不低于 90%', weight: 40 },
    ],
    bankAccount: {
      accountName: '矩阵测试组织',
      accountNumber: '6222020102003456789',
      bankName: '广西北部湾银行南宁分行',
      bankCode: '313',
    },
  };
}

export async function removeOwnEntry(w: ProcurementWorld): Promise<void> {
  const removed = await world.api(
    'POST',
    `/procurement/directory/${w.ownEntryId}/decision`,
    { decision: 'REMOVED', reason: '矩阵测试：移出后重新申请' },
    world.tokens.officer,
  );
  if (removed.status !== 200) throw new Error(`could not remove the entry: ${removed.status}`);
}

/** The platform the preparation talks to, set by prepareProcurement. */
export const world = {} as {
  api: (method: string, path: string, body: unknown, token: string) => ReturnType<typeof http>;
  tokens: Record<MatrixUser, string>;
};
