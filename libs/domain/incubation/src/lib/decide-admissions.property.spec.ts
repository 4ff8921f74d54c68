import fc from 'fast-check';
import { percentOf } from '@civic/domain/money';
import { AdmissionCandidate, AdmissionDecision } from './admission-types';
import { decideAdmissions } from './decide-admissions';
import { DEFAULT_INCUBATION_POLICY } from './incubation-policy';

const PASSING = DEFAULT_INCUBATION_POLICY.passingMerit;

const candidateArb = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    eligible: fc.boolean(),
    merit: fc.option(fc.integer({ min: 0, max: 200 }).map((n) => n / 2)),
    bonus: fc.constantFrom(0, 3, 5, 10, 15, 18, 25, 33),
    rural: fc.boolean(),
  })
  // Every eligible applicant is assessed before deciding.
  .map((c) => (c.eligible && c.merit === null ? { ...c, merit: 60 } : c));
const candidatesArb = fc.uniqueArray(candidateArb, { selector: (c) => c.id, maxLength: 40 });
const inputArb = fc.record({
  capacity: fc.integer({ min: 0, max: 30 }),
  reservePercent: fc.oneof(fc.constantFrom(0, 30, 100), fc.integer({ min: 0, max: 100 })),
  candidates: candidatesArb,
});

const passes = (c: AdmissionCandidate) => c.eligible && (c.merit as number) >= PASSING;
const admitted = (decisions: AdmissionDecision[]) =>
  decisions.filter((d) => d.outcome === 'ADMITTED');

describe('rule R16 (with R13, R14): admission properties', () => {
  it('rule R16: never more admitted than seats; seats left, reserve and counts add up', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = decideAdmissions(input);
        const seated = admitted(r.decisions);
        expect(seated.length).toBeLessThanOrEqual(input.capacity);
        expect(r.seatsLeft).toBe(input.capacity - seated.length);
        expect(r.reserveSeats).toBe(percentOf(input.capacity, input.reservePercent));
        expect(r.reserveUsed).toBe(seated.filter((d) => d.seatSource === 'RURAL_RESERVE').length);
        expect(r.reserveUsed).toBeLessThanOrEqual(r.reserveSeats);
        const ranked = input.candidates.filter(passes).length;
        expect(seated.length).toBe(Math.min(input.capacity, ranked));
      }),
    );
  });

  it('rule R14: rural admitted ≥ min(rural eligible at the passing mark, reserved seats)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = decideAdmissions(input);
        const ruralIds = new Set(input.candidates.filter((c) => c.rural).map((c) => c.id));
        const ruralPassing = input.candidates.filter((c) => c.rural && passes(c)).length;
        const ruralAdmitted = admitted(r.decisions).filter((d) => ruralIds.has(d.id)).length;
        expect(ruralAdmitted).toBeGreaterThanOrEqual(Math.min(ruralPassing, r.reserveSeats));
        for (const d of r.decisions) {
          if (d.seatSource === 'RURAL_RESERVE') expect(ruralIds.has(d.id)).toBe(true);
        }
      }),
    );
  });

  it('rule R16: everyone is decided once: ranked in rank order, then the rejected; waitlist 1..n', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = decideAdmissions(input);
        expect(r.decisions.map((d) => d.id).sort()).toEqual(
          input.candidates.map((c) => c.id).sort(),
        );
        const ranked = r.decisions.filter((d) => d.rank !== null);
        expect(ranked.map((d) => d.rank)).toEqual(ranked.map((_, i) => i + 1));
        expect(r.decisions.slice(0, ranked.length)).toEqual(ranked);
        const scores = ranked.map((d) => d.rankScore as number);
        for (let i = 1; i < scores.length; i += 1)
          expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
        const byId = new Map(input.candidates.map((c) => [c.id, c]));
        for (const d of r.decisions) {
          const c = byId.get(d.id) as AdmissionCandidate;
          expect(d.rank !== null).toBe(passes(c));
          expect(d.outcome === 'REJECTED').toBe(!passes(c));
          expect(d.seatSource !== undefined).toBe(d.outcome === 'ADMITTED');
          expect(d.waitlistPosition !== undefined).toBe(d.outcome === 'WAITLISTED');
          expect(d.message).not.toBe('');
          expect(d.messageZh).not.toBe('');
        }
        const waitlist = r.decisions.filter((d) => d.outcome === 'WAITLISTED');
        expect(waitlist.map((d) => d.waitlistPosition)).toEqual(waitlist.map((_, i) => i + 1));
        if (waitlist.length > 0) expect(r.seatsLeft).toBe(0);
      }),
    );
  });

  it('rule R16: the same decisions for the applicants in any order', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.candidates, {
              minLength: input.candidates.length,
              maxLength: input.candidates.length,
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(decideAdmissions({ ...input, candidates: shuffled })).toEqual(
            decideAdmissions(input),
          );
        },
      ),
    );
  });

  it('rule R16: held seats stay admitted from their source, however strong the newcomers', () => {
    fc.assert(
      fc.property(inputArb, candidatesArb, (input, late) => {
        const first = decideAdmissions(input);
        const seats = new Map(admitted(first.decisions).map((d) => [d.id, d.seatSource]));
        const known = new Set(input.candidates.map((c) => c.id));
        const newcomers = late
          .filter((c) => !known.has(c.id))
          .map((c) => ({ ...c, eligible: true, merit: 100, bonus: 50 }));
        const again = decideAdmissions({
          ...input,
          candidates: [
            ...input.candidates.map((c) =>
              seats.has(c.id) ? { ...c, held: true, heldSource: seats.get(c.id) } : c,
            ),
            ...newcomers,
          ],
        });
        const after = new Map(again.decisions.map((d) => [d.id, d]));
        for (const [id, source] of seats) {
          expect(after.get(id)).toMatchObject({ outcome: 'ADMITTED', seatSource: source });
        }
        expect(admitted(again.decisions).length).toBeLessThanOrEqual(input.capacity);
      }),
    );
  });

  it('rule R16: holding what a decision admitted and deciding again changes no outcome', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = decideAdmissions(input);
        const seats = new Map(admitted(first.decisions).map((d) => [d.id, d.seatSource]));
        const again = decideAdmissions({
          ...input,
          candidates: input.candidates.map((c) =>
            seats.has(c.id) ? { ...c, held: true, heldSource: seats.get(c.id) } : c,
          ),
        });
        const strip = (d: AdmissionDecision) => [
          d.id,
          d.outcome,
          d.rank,
          d.seatSource,
          d.waitlistPosition,
        ];
        expect(again.decisions.map(strip)).toEqual(first.decisions.map(strip));
        expect(again.seatsLeft).toBe(first.seatsLeft);
        expect(again.reserveUsed).toBe(first.reserveUsed);
      }),
    );
  });
});
