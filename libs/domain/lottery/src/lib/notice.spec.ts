import {
  assertNotice,
  currentNotice,
  indexNotices,
  isNoticeKind,
  LotteryNotice,
  NOTICE_KIND_LABELS_ZH,
  NOTICE_KINDS,
  noticeHistory,
} from './notice';

const notice = (id: string, day: number, corrects?: string): LotteryNotice => ({
  id,
  kind: 'PROJECT_FUNDED',
  publishedAt: new Date(Date.UTC(2026, 2, day)),
  ...(corrects === undefined ? {} : { corrects }),
});

// A ← B ← C is one chain (C corrects B, which corrects A); D stands alone; E ← F another chain.
const notices = [
  notice('C', 5, 'B'),
  notice('A', 1),
  notice('D', 2),
  notice('B', 3, 'A'),
  notice('E', 4),
  notice('F', 6, 'E'),
];

describe('rule R23: notices and their correction chains', () => {
  it('rule R23: notice kinds have Chinese labels and a guard', () => {
    expect(NOTICE_KINDS).toEqual(['PUBLICITY', 'PROJECT_FUNDED', 'ANNUAL_REPORT']);
    expect(Object.keys(NOTICE_KIND_LABELS_ZH).sort()).toEqual([...NOTICE_KINDS].sort());
    expect(isNoticeKind('ANNUAL_REPORT')).toBe(true);
    expect(isNoticeKind('CORRECTION')).toBe(false);
  });

  it.each([
    ['A', 'C'],
    ['B', 'C'],
    ['C', 'C'],
    ['D', 'D'],
    ['E', 'F'],
    ['F', 'F'],
  ])('rule R23: the notice in force for %s is %s', (id, latest) => {
    expect(currentNotice(notices, id)?.id).toBe(latest);
  });

  it('rule R23: an unknown id has no notice in force and no history', () => {
    expect(currentNotice(notices, 'Z')).toBeUndefined();
    expect(noticeHistory(notices, 'Z')).toEqual([]);
    expect(currentNotice([], 'A')).toBeUndefined();
  });

  it.each([['A'], ['B'], ['C']])('rule R23: the history of %s is the whole chain A, B, C', (id) => {
    expect(noticeHistory(notices, id).map((n) => n.id)).toEqual(['A', 'B', 'C']);
  });

  it('rule R23: a notice never corrected is its own history', () => {
    expect(noticeHistory(notices, 'D')).toEqual([notice('D', 2)]);
  });

  it.each([
    ['a duplicate id', [notice('A', 1), notice('A', 2)], 'notice id A appears twice'],
    [
      'two corrections of one notice (a fork)',
      [notice('A', 1), notice('B', 2, 'A'), notice('X', 3, 'A')],
      'notice A is corrected by both B and X; a chain cannot fork',
    ],
    [
      'a correction of a missing notice',
      [notice('B', 2, 'A')],
      'notice B corrects A, which does not exist',
    ],
    ['a notice correcting itself', [notice('A', 1, 'A')], 'notice A cannot correct itself'],
    ['a correction loop', [notice('A', 1, 'B'), notice('B', 2, 'A')], 'is in a correction loop'],
    [
      'a longer loop',
      [notice('A', 1, 'C'), notice('B', 2, 'A'), notice('C', 3, 'B'), notice('D', 4)],
      'is in a correction loop',
    ],
  ])('rule R23: stored notices with %s are refused', (_name, broken, message) => {
    expect(() => currentNotice(broken, 'A')).toThrow(message);
    expect(() => indexNotices(broken)).toThrow(`rule R23: `);
  });

  it.each([
    [{ ...notice('A', 1), id: '' }, 'notice.id must be a non-empty string'],
    [
      { ...notice('A', 1), kind: 'CORRECTION' },
      'notice.kind must be a notice kind, got CORRECTION',
    ],
    [{ ...notice('A', 1), publishedAt: '2026-03-01' }, 'notice.publishedAt must be a valid Date'],
    [{ ...notice('A', 1), corrects: '' }, 'notice.corrects must be a notice id when present'],
    [null, 'notice.id must be a non-empty string'],
  ])('rule R23: assertNotice refuses %p', (bad, message) => {
    expect(() => assertNotice(bad as LotteryNotice)).toThrow(`rule R23: ${message}`);
  });
});
