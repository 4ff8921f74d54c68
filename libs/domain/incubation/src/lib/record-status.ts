import { stateMachine } from '@civic/domain/programme';

/**
 * An admission application (rule R16): SUBMITTED, then decided once, with the whole cohort, in
 * ranked order: ADMITTED, WAITLISTED or REJECTED.
 */
export type AdmissionStatus = 'SUBMITTED' | 'ADMITTED' | 'WAITLISTED' | 'REJECTED';

export const ADMISSION_STATUSES: readonly AdmissionStatus[] = Object.freeze([
  'SUBMITTED',
  'ADMITTED',
  'WAITLISTED',
  'REJECTED',
]);

export const admissionStatus = stateMachine<AdmissionStatus, 'ADMIT' | 'WAITLIST' | 'REJECT'>({
  name: 'admission application',
  nameZh: '入驻申请',
  rule: 'R16',
  transitions: {
    SUBMITTED: { ADMIT: 'ADMITTED', WAITLIST: 'WAITLISTED', REJECT: 'REJECTED' },
    ADMITTED: {},
    WAITLISTED: {},
    REJECTED: {},
  },
});

/** The event that gives a decided application its outcome. rule R16 */
export const ADMISSION_EVENT = Object.freeze({
  ADMITTED: 'ADMIT',
  WAITLISTED: 'WAITLIST',
  REJECTED: 'REJECT',
} as const);

/** An incubation record (rule R16): ACTIVE until it graduates (出壳) or exits. */
export type IncubateeStatus = 'ACTIVE' | 'GRADUATED' | 'EXITED';

export const incubateeStatus = stateMachine<IncubateeStatus, 'GRADUATE' | 'EXIT'>({
  name: 'incubation record',
  nameZh: '入驻记录',
  rule: 'R16',
  transitions: {
    ACTIVE: { GRADUATE: 'GRADUATED', EXIT: 'EXITED' },
    GRADUATED: {},
    EXITED: {},
  },
});
