import fc from 'fast-check';
import { Role } from '@civic/domain/access';
import { checkBatchDecision } from './maker-checker';

describe('rule R28: maker-checker properties', () => {
  const roles = fc.subarray(Object.values(Role));
  const id = fc.oneof(fc.string({ minLength: 1 }), fc.uuid());

  it('rule R28: the same id is refused for every id and every set of roles', () => {
    fc.assert(
      fc.property(id, roles, (same, checkerRoles) => {
        expect(checkBatchDecision({ makerId: same, checkerId: same, checkerRoles })).toMatchObject({
          ok: false,
          reason: 'SAME_PERSON',
        });
      }),
    );
  });

  it('rule R28: different ids are accepted exactly when the checker has the finance_checker role', () => {
    fc.assert(
      fc.property(id, id, roles, (makerId, checkerId, checkerRoles) => {
        fc.pre(makerId !== checkerId);
        const result = checkBatchDecision({ makerId, checkerId, checkerRoles });
        expect(result.ok).toBe(checkerRoles.includes(Role.FINANCE_CHECKER));
        if (!result.ok) expect(result.reason).toBe('NOT_A_CHECKER');
      }),
    );
  });
});
