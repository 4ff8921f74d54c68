import { beijingMinute, deadlineTone } from '../src/home/work-deadline';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import openapi from '../src/api/openapi.json';

const NOW = new Date('2026-12-07T02:00:00Z'); // 10:00 in Beijing
/** The kinds and services the API declares (WorkKind, WorkService in its OpenAPI document). */
const WORK_KINDS = openapi.components.schemas.WorkKind.enum;
const WORK_SERVICES = openapi.components.schemas.WorkService.enum;

/** The home page's work cards (issue #18): how a deadline reads, and a label for every kind. */
describe('the work queue on the home page (issue #18)', () => {
  it('reads a deadline past as red, within 3 days as orange, later as neither', () => {
    expect(deadlineTone('2026-12-07T01:59:59.999Z', NOW)).toBe('past');
    expect(deadlineTone('2026-12-07T02:00:00.000Z', NOW)).toBe('soon');
    expect(deadlineTone('2026-12-10T02:00:00.000Z', NOW)).toBe('soon');
    expect(deadlineTone('2026-12-10T02:00:00.001Z', NOW)).toBe('later');
  });

  it('shows a deadline in Beijing time, whatever the browser’s zone', () => {
    // rule R16: the end of 12 October 2026 in Beijing is 15:59:59.999 UTC.
    expect(beijingMinute('2026-10-12T15:59:59.999Z')).toBe('2026-10-12 23:59');
  });

  it('labels every kind of work and every service the API declares, in Chinese and English', () => {
    for (const messages of [zhCN, en]) {
      const work = messages.home.work as {
        kinds: Record<string, Record<string, string>>;
        services: Record<string, string>;
      };
      for (const kind of WORK_KINDS) {
        const [service, code] = [
          kind.slice(0, kind.indexOf('.')),
          kind.slice(kind.indexOf('.') + 1),
        ];
        expect([kind, work.kinds[service]?.[code]]).toEqual([kind, expect.stringMatching(/\S/)]);
      }
      for (const service of WORK_SERVICES) {
        expect([service, work.services[service]]).toEqual([service, expect.stringMatching(/\S/)]);
      }
    }
  });
});
