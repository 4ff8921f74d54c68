import { Role } from '@civic/domain/access';
import { checkBatchDecision } from './maker-checker';

const CHECKER = [Role.FINANCE_CHECKER];

describe('rule R28: maker-checker', () => {
  it.each([
    ['a different finance checker', 'u1', 'u2', CHECKER, { ok: true }],
    [
      'a checker with other roles too',
      'u1',
      'u2',
      [Role.FINANCE_MAKER, Role.FINANCE_CHECKER],
      { ok: true },
    ],
    ['the maker', 'u1', 'u1', CHECKER, { ok: false, reason: 'SAME_PERSON' }],
    ['the maker, even without the role', 'u1', 'u1', [], { ok: false, reason: 'SAME_PERSON' }],
    ['a finance maker', 'u1', 'u2', [Role.FINANCE_MAKER], { ok: false, reason: 'NOT_A_CHECKER' }],
    ['an administrator', 'u1', 'u2', [Role.ADMINISTRATOR], { ok: false, reason: 'NOT_A_CHECKER' }],
    ['a user without roles', 'u1', 'u2', [], { ok: false, reason: 'NOT_A_CHECKER' }],
    ['ids differing only in case', 'U1', 'u1', CHECKER, { ok: true }],
  ])('rule R28: a batch checked by %s', (_name, makerId, checkerId, checkerRoles, expected) => {
    expect(checkBatchDecision({ makerId, checkerId, checkerRoles })).toMatchObject(expected);
  });

  it('rule R28: refusals explain themselves in English and Chinese', () => {
    expect(checkBatchDecision({ makerId: 'a', checkerId: 'a', checkerRoles: CHECKER })).toEqual({
      ok: false,
      reason: 'SAME_PERSON',
      message: 'rule R28: the maker of a disbursement batch cannot also check it',
      messageZh: '拨付批次的经办人不能复核自己制作的批次',
    });
    expect(checkBatchDecision({ makerId: 'a', checkerId: 'b', checkerRoles: [] })).toEqual({
      ok: false,
      reason: 'NOT_A_CHECKER',
      message: 'rule R28: only a user with the finance_checker role can check a disbursement batch',
      messageZh: '只有具备财务复核角色的用户才能复核拨付批次',
    });
  });

  it.each([
    ['makerId', { makerId: '', checkerId: 'b', checkerRoles: CHECKER }],
    ['checkerId', { makerId: 'a', checkerId: '', checkerRoles: CHECKER }],
  ])('rule R28: an empty %s is a programming error', (field, input) => {
    expect(() => checkBatchDecision(input)).toThrow(
      `rule R28: ${field} must be a non-empty string`,
    );
  });

  it('rule R28: a clawback receipt is confirmed by another finance checker, in its own words', () => {
    const maker = { makerId: 'u1', checkerId: 'u1', checkerRoles: [Role.FINANCE_CHECKER] };
    expect(checkBatchDecision(maker, 'CLAWBACK_RECEIPT')).toMatchObject({
      ok: false,
      reason: 'SAME_PERSON',
      messageZh: '退回款的登记人不能复核自己登记的退回款',
    });
    expect(
      checkBatchDecision({ makerId: 'u1', checkerId: 'u2', checkerRoles: [] }, 'CLAWBACK_RECEIPT'),
    ).toMatchObject({ ok: false, reason: 'NOT_A_CHECKER' });
    expect(checkBatchDecision({ ...maker, checkerId: 'u2' }, 'CLAWBACK_RECEIPT')).toEqual({
      ok: true,
    });
  });

  it('rule R28: a payment re-issue is approved by another finance checker, in its own words', () => {
    const maker = { makerId: 'u1', checkerId: 'u1', checkerRoles: [Role.FINANCE_CHECKER] };
    expect(checkBatchDecision(maker, 'PAYMENT_REISSUE')).toMatchObject({
      ok: false,
      reason: 'SAME_PERSON',
      messageZh: '重新拨付的提出人不能复核自己提出的重新拨付',
    });
    expect(
      checkBatchDecision({ makerId: 'u1', checkerId: 'u2', checkerRoles: [] }, 'PAYMENT_REISSUE'),
    ).toMatchObject({ ok: false, reason: 'NOT_A_CHECKER' });
    expect(checkBatchDecision({ ...maker, checkerId: 'u2' }, 'PAYMENT_REISSUE')).toEqual({
      ok: true,
    });
  });
});
