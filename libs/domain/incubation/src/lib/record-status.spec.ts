import { ADMISSION_EVENT, admissionStatus, incubateeStatus } from './record-status';

describe('rule R16: admissions and incubation records', () => {
  it('decides an application once, to each outcome', () => {
    for (const [outcome, event] of Object.entries(ADMISSION_EVENT)) {
      expect(admissionStatus.next('SUBMITTED', event)).toBe(outcome);
      expect(admissionStatus.can(outcome as 'ADMITTED', event)).toBe(false);
    }
  });

  it('lets an active record graduate or exit, once', () => {
    expect(incubateeStatus.next('ACTIVE', 'GRADUATE')).toBe('GRADUATED');
    expect(incubateeStatus.next('ACTIVE', 'EXIT')).toBe('EXITED');
    expect(incubateeStatus.can('GRADUATED', 'EXIT')).toBe(false);
    expect(incubateeStatus.can('EXITED', 'GRADUATE')).toBe(false);
  });
});
