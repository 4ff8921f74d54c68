import { FUNDING_SOURCES } from './funding-source';
import { isR9PriorityFounding, R9_FUNDING_SOURCES, R9_SERVICE_FIELDS } from './priority-founding';
import { SERVICE_FIELDS } from './service-field';

describe('rule R9: priority founders and fields', () => {
  it('rule R9: names individuals and enterprises, and the six fields of the guidance', () => {
    expect(R9_FUNDING_SOURCES).toEqual(['INDIVIDUAL', 'ENTERPRISE']);
    expect(R9_SERVICE_FIELDS).toEqual(SERVICE_FIELDS.filter((f) => f !== 'OTHER'));
    expect(R9_SERVICE_FIELDS).toHaveLength(6);
  });

  it('rule R9: holds for every listed funder in every listed field, and for nothing else', () => {
    for (const source of FUNDING_SOURCES) {
      for (const field of SERVICE_FIELDS) {
        const expected = source !== 'RESIDENTS' && field !== 'OTHER';
        expect([
          source,
          field,
          isR9PriorityFounding({ fundingSource: source, serviceField: field }),
        ]).toEqual([source, field, expected]);
      }
    }
  });

  it('rule R9: facts not recorded (a snapshot stored before R9) are not R9', () => {
    expect(isR9PriorityFounding({ serviceField: 'HEALTH' })).toBe(false);
    expect(isR9PriorityFounding({ fundingSource: 'INDIVIDUAL', serviceField: null })).toBe(false);
    expect(isR9PriorityFounding({ fundingSource: null })).toBe(false);
  });
});
