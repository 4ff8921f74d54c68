import { proposalStatus } from './proposal-status';

describe('rule R17: a proposal', () => {
  it('is submitted once, from a draft, then awarded or passed over', () => {
    expect(proposalStatus.next('DRAFT', 'SUBMIT')).toBe('SUBMITTED');
    expect(proposalStatus.next('SUBMITTED', 'AWARD')).toBe('AWARDED');
    expect(proposalStatus.next('SUBMITTED', 'PASS_OVER')).toBe('NOT_AWARDED');
  });

  it('is frozen once submitted: never a draft again, never awarded twice', () => {
    expect(proposalStatus.can('SUBMITTED', 'SUBMIT')).toBe(false);
    expect(proposalStatus.can('AWARDED', 'AWARD')).toBe(false);
    expect(proposalStatus.can('DRAFT', 'AWARD')).toBe(false);
    expect(proposalStatus.takes('SUBMIT')).toEqual(['DRAFT']);
  });
});
