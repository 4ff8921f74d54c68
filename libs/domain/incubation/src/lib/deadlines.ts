import {
  addWorkingDays,
  assertDay,
  DEFAULT_WORKING_CALENDAR,
  WorkingCalendar,
} from '@civic/domain/calendar';
import {
  assertIncubationPolicy,
  DEFAULT_INCUBATION_POLICY,
  IncubationPolicy,
} from './incubation-policy';

// rule R16: applications are answered within 5 working days (policy) of the window closing.
export function answerDeadline(
  windowClosesDay: number,
  policy: IncubationPolicy = DEFAULT_INCUBATION_POLICY,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  assertDay(windowClosesDay, 'windowClosesDay', 'R16');
  assertIncubationPolicy(policy);
  return addWorkingDays(windowClosesDay, policy.answerWithinWorkingDays, calendar);
}

// rule R16: a leaving organization hands its space back within 15 working days (policy).
export function spaceReturnDeadline(
  exitDay: number,
  policy: IncubationPolicy = DEFAULT_INCUBATION_POLICY,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  assertDay(exitDay, 'exitDay', 'R16');
  assertIncubationPolicy(policy);
  return addWorkingDays(exitDay, policy.returnSpaceWithinWorkingDays, calendar);
}
