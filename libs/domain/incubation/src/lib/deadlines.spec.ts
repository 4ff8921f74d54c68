import { dateStringOfDay, dayOfDateString, WorkingCalendar } from '@civic/domain/calendar';
import { answerDeadline, spaceReturnDeadline } from './deadlines';
import { DEFAULT_INCUBATION_POLICY, IncubationPolicy } from './incubation-policy';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
const answer = (date: string, policy?: IncubationPolicy, calendar?: WorkingCalendar) =>
  dateStringOfDay(answerDeadline(d(date), policy, calendar));
const giveBack = (date: string, policy?: IncubationPolicy, calendar?: WorkingCalendar) =>
  dateStringOfDay(spaceReturnDeadline(d(date), policy, calendar));
const PLAIN: WorkingCalendar = { version: 'plain', holidays: [], makeUpWorkdays: [] };

describe('rule R16: incubation deadlines in working days', () => {
  it('rule R16: answers are due 5 working days after a plain Wednesday close', () => {
    expect(answer('2025-03-12')).toBe('2025-03-19');
  });

  it.each([
    ['a Friday before 国庆 2025 (Sun 28 Sep worked, 1–8 Oct off)', '2025-09-26', '2025-10-10'],
    ['a Friday before 春节 2025 (Sun 26 Jan worked, 28 Jan–4 Feb off)', '2025-01-24', '2025-02-07'],
    ['a Friday before 清明 2026 (4–6 Apr off)', '2026-04-03', '2026-04-13'],
    ['a Friday before 春节 2026 (Sat 14 Feb worked, 15–23 Feb off)', '2026-02-13', '2026-02-27'],
    ['a Friday before 端午 2026 (19–21 Jun off)', '2026-06-12', '2026-06-22'],
  ])('rule R16: a window closing on %s is answered by %s → %s', (_case, closes, due) => {
    expect(answer(closes)).toBe(due);
  });

  it('rule R16: the holidays matter: the same Friday on a calendar without them is a week', () => {
    expect(answer('2025-09-26', undefined, PLAIN)).toBe('2025-10-03');
  });

  it.each([
    ['2025-09-26', '2025-10-23'],
    ['2026-09-30', '2026-10-27'],
    ['2025-09-30', '2025-10-28'],
  ])(
    'rule R16: space handed back 15 working days across 国庆 after leaving on %s: %s',
    (exit, due) => {
      expect(giveBack(exit)).toBe(due);
    },
  );

  it('rule R16: the policy sets the number of working days', () => {
    const policy = {
      ...DEFAULT_INCUBATION_POLICY,
      answerWithinWorkingDays: 10,
      returnSpaceWithinWorkingDays: 1,
    };
    expect(answer('2025-03-12', policy)).toBe('2025-03-26');
    expect(giveBack('2025-03-14', policy)).toBe('2025-03-17');
  });

  it('rule R16: bad days and bad policies are refused', () => {
    expect(() => answerDeadline(1.5)).toThrow(
      'rule R16: windowClosesDay must be a whole day number',
    );
    expect(() => spaceReturnDeadline(Number.NaN)).toThrow(
      'rule R16: exitDay must be a whole day number',
    );
    expect(() =>
      answerDeadline(d('2025-03-12'), { ...DEFAULT_INCUBATION_POLICY, answerWithinWorkingDays: 0 }),
    ).toThrow('rule R16: answerWithinWorkingDays must be a whole number from 1 to 365');
    expect(() =>
      answerDeadline(d('2025-03-12'), DEFAULT_INCUBATION_POLICY, { ...PLAIN, holidays: ['x'] }),
    ).toThrow('rule R16: calendar.holidays[0] must be a date YYYY-MM-DD');
  });
});
