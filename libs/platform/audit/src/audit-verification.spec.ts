import { setTimeout as sleep } from 'node:timers/promises';
import { SingleFlight, verificationView } from './audit-verification';

const AT = new Date('2026-05-01T02:00:00.000Z');

describe('verificationView (R31)', () => {
  it('says an intact chain is verified up to its last entry', () => {
    expect(verificationView('finance', { schema: 'finance', checked: 120, ok: true }, AT)).toEqual({
      service: 'finance',
      ok: true,
      checked: 120,
      verifiedUpTo: 120,
      checkedAt: '2026-05-01T02:00:00.000Z',
    });
    expect(
      verificationView('gateway', { schema: 'gateway', checked: 0, ok: true }, AT),
    ).toMatchObject({ ok: true, verifiedUpTo: 0 });
  });

  it('names the first broken entry, what is wrong, and the entries before it as verified', () => {
    const detail = 'entry 57 was edited: its content no longer matches its hash';
    expect(
      verificationView(
        'organizations',
        {
          schema: 'organizations',
          checked: 57,
          ok: false,
          firstBad: { seq: 57, problem: 'edited', detail },
        },
        AT,
      ),
    ).toEqual({
      service: 'organizations',
      ok: false,
      checked: 57,
      verifiedUpTo: 56,
      firstBrokenSeq: 57,
      problem: 'edited',
      detail,
      checkedAt: '2026-05-01T02:00:00.000Z',
    });
  });
});

describe('SingleFlight', () => {
  it('runs once for callers that ask at the same time, and again after it ended', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    const task = async () => {
      runs++;
      await sleep(20);
      return runs;
    };
    const together = await Promise.all([flight.run('s', task), flight.run('s', task)]);
    expect(together).toEqual([1, 1]);
    expect(await flight.run('s', task)).toBe(2);
    expect(await flight.run('other', task)).toBe(3);
  });

  it('forgets a run that failed', async () => {
    const flight = new SingleFlight<number>();
    await expect(flight.run('s', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await flight.run('s', async () => 7)).toBe(7);
  });
});
