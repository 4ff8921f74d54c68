import fc from 'fast-check';
import { dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addYears } from './add-years';
import { ConflictApplicant, DeclaredRelation } from './conflict-types';
import { conflictsOf } from './conflicts-of';
import { ORGANIZATION_RELATION_KINDS } from './relation-kind';

const APPLICANT: ConflictApplicant = {
  organizationId: 'org-1',
  organizationName: '阳光社区服务中心',
  people: [{ name: '张伟', role: '理事长' }],
};
const FIRST = dayOfDateString('2000-01-01', 'first');
const LAST = dayOfDateString('2040-12-31', 'last');
const dayArb = fc.integer({ min: FIRST, max: LAST });

describe('rule R18: conflict properties', () => {
  it('rule R18: an ended organization tie conflicts exactly while today ≤ its end + 3 years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANIZATION_RELATION_KINDS),
        dayArb,
        fc.integer({ min: -400, max: 1600 }),
        (kind, toDay, after) => {
          const today = toDay + after;
          const relation: DeclaredRelation = {
            kind,
            organizationId: 'org-1',
            from: '1999-01-01',
            to: dateStringOfDay(toDay),
          };
          const conflict = conflictsOf([relation], APPLICANT, today).length === 1;
          expect(conflict).toBe(today <= addYears(toDay, 3));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rule R18: a tie with another organization never conflicts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORGANIZATION_RELATION_KINDS), dayArb, (kind, today) => {
        const relation: DeclaredRelation = {
          kind,
          organizationId: 'org-2',
          organizationName: '另一家社会组织',
          from: '1999-01-01',
        };
        expect(conflictsOf([relation], APPLICANT, today)).toEqual([]);
      }),
    );
  });

  it('rule R18: another relation naming the applicant or its leader conflicts exactly while it lasts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          { organizationId: 'org-1' },
          { organizationName: '阳光社区服务中心' },
          { personName: '张伟' },
          { organizationId: 'org-2', personName: '张伟' },
        ),
        dayArb,
        fc.option(dayArb),
        (target, today, toDay) => {
          const relation: DeclaredRelation = {
            kind: 'OTHER',
            ...target,
            description: '曾有业务往来',
            from: '1990-01-01',
            ...(toDay === null ? {} : { to: dateStringOfDay(toDay) }),
          };
          const current = toDay === null || toDay >= today;
          expect(conflictsOf([relation], APPLICANT, today).map((c) => c.clause)).toEqual(
            current ? ['OTHER_RELATION'] : [],
          );
        },
      ),
    );
  });

  it('rule R18: collateral kinship conflicts exactly within 3 generations, while it lasts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        dayArb,
        fc.option(dayArb),
        (generations, today, toDay) => {
          const relation: DeclaredRelation = {
            kind: 'COLLATERAL_RELATIVE',
            personName: '张伟',
            generations,
            from: '1990-01-01',
            ...(toDay === null ? {} : { to: dateStringOfDay(toDay) }),
          };
          const current = toDay === null || toDay >= today;
          expect(conflictsOf([relation], APPLICANT, today).length).toBe(
            current && generations <= 3 ? 1 : 0,
          );
        },
      ),
    );
  });
});
