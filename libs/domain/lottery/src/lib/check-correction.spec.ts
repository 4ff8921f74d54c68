import { checkCorrection } from './check-correction';
import { currentNotice, LotteryNotice, noticeHistory } from './notice';

const notice = (
  id: string,
  day: number,
  corrects?: string,
  kind: LotteryNotice['kind'] = 'PROJECT_FUNDED',
): LotteryNotice => ({
  id,
  kind,
  publishedAt: new Date(Date.UTC(2026, 2, day)),
  ...(corrects === undefined ? {} : { corrects }),
});

const chain = [notice('A', 1), notice('B', 3, 'A'), notice('C', 5, 'B'), notice('D', 2)];

describe('rule R23: checkCorrection', () => {
  it('rule R23: correcting a notice never corrected is fine', () => {
    expect(checkCorrection(chain, notice('D2', 6, 'D'))).toEqual({
      ok: true,
      corrects: 'D',
      originalId: 'D',
    });
  });

  it('rule R23: correcting the latest of a chain is fine, and names the original', () => {
    expect(checkCorrection(chain, notice('C2', 6, 'C'))).toEqual({
      ok: true,
      corrects: 'C',
      originalId: 'A',
    });
  });

  it.each([
    ['A', 'B'],
    ['B', 'C'],
  ])(
    'rule R23: correcting %s, already corrected by %s, is refused and points at the notice in force',
    (target, corrector) => {
      expect(checkCorrection(chain, notice('X', 6, target))).toEqual({
        ok: false,
        reason: 'ALREADY_CORRECTED',
        latestId: 'C',
        message: `rule R23: notice ${target} was already corrected by ${corrector}; correct the notice in force, C`,
        messageZh: `规则 R23：公告 ${target} 已被 ${corrector} 更正，请更正现行公告 C`,
      });
    },
  );

  it('rule R23: a notice that names nothing to correct is not a correction', () => {
    expect(checkCorrection(chain, notice('X', 6))).toMatchObject({
      ok: false,
      reason: 'NOT_A_CORRECTION',
    });
  });

  it('rule R23: a correction cannot reuse an id: published notices are never edited', () => {
    expect(checkCorrection(chain, notice('D', 6, 'C'))).toEqual({
      ok: false,
      reason: 'DUPLICATE_ID',
      message:
        'rule R23: notice D is already published; a correction is a new notice with its own id',
      messageZh: '规则 R23：公告 D 已发布，不得修改；更正须另发新公告',
    });
  });

  it('rule R23: a correction must point to an existing notice', () => {
    expect(checkCorrection(chain, notice('X', 6, 'Q'))).toMatchObject({
      ok: false,
      reason: 'TARGET_NOT_FOUND',
      message: 'rule R23: notice Q, which X would correct, does not exist',
    });
    expect(checkCorrection([], notice('X', 6, 'Q'))).toMatchObject({ reason: 'TARGET_NOT_FOUND' });
  });

  it('rule R23: a correction is a notice of the same kind', () => {
    expect(checkCorrection(chain, notice('X', 6, 'D', 'ANNUAL_REPORT'))).toEqual({
      ok: false,
      reason: 'KIND_MISMATCH',
      message:
        'rule R23: a correction of a PROJECT_FUNDED notice must be a PROJECT_FUNDED notice, not ANNUAL_REPORT',
      messageZh: '规则 R23：更正资助项目信息公开须发布同类公告，而非年度使用情况公告',
    });
  });

  it('rule R23: a correction cannot be dated before the notice it corrects; the same instant is fine', () => {
    expect(checkCorrection(chain, notice('X', 4, 'C'))).toMatchObject({
      reason: 'PUBLISHED_BEFORE_TARGET',
    });
    expect(checkCorrection(chain, notice('X', 5, 'C')).ok).toBe(true);
  });

  it('rule R23: a chain grows one correction at a time, always of the notice in force', () => {
    let notices: LotteryNotice[] = [notice('N0', 1)];
    for (let i = 1; i <= 5; i += 1) {
      const latest = currentNotice(notices, 'N0')!;
      const correction = notice(`N${i}`, 1 + i, latest.id);
      expect(checkCorrection(notices, correction)).toEqual({
        ok: true,
        corrects: latest.id,
        originalId: 'N0',
      });
      notices = [...notices, correction];
    }
    expect(currentNotice(notices, 'N2')?.id).toBe('N5');
    expect(noticeHistory(notices, 'N0').map((n) => n.id)).toEqual([
      'N0',
      'N1',
      'N2',
      'N3',
      'N4',
      'N5',
    ]);
    expect(checkCorrection(notices, notice('N6', 9, 'N3'))).toMatchObject({
      reason: 'ALREADY_CORRECTED',
      latestId: 'N5',
    });
  });

  it('rule R23: a malformed correction or corrupt stored notices throw', () => {
    expect(() =>
      checkCorrection(chain, { ...notice('X', 6, 'C'), publishedAt: new Date('x') }),
    ).toThrow('rule R23: correction.publishedAt must be a valid Date');
    expect(() => checkCorrection(chain, notice('X', 6, 'X'))).toThrow(
      'rule R23: notice X cannot correct itself',
    );
    expect(() => checkCorrection([notice('A', 1), notice('A', 2)], notice('X', 6, 'A'))).toThrow(
      'notice id A appears twice',
    );
  });
});
