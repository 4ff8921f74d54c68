import { AdmissionCandidate } from './admission-types';
import { decideAdmissions } from './decide-admissions';
import { DEFAULT_INCUBATION_POLICY } from './incubation-policy';

const urban = (
  id: string,
  merit: number | null,
  bonus = 0,
  eligible = true,
): AdmissionCandidate => ({
  id,
  eligible,
  merit,
  bonus,
  rural: false,
});
const rural = (
  id: string,
  merit: number | null,
  bonus = 15,
  eligible = true,
): AdmissionCandidate => ({
  id,
  eligible,
  merit,
  bonus,
  rural: true,
});

/** 15 urban and 10 rural applicants; rural ones carry the R13 +15 bonus. */
const APPLICANTS: AdmissionCandidate[] = [
  urban('u01', 95),
  urban('u02', 92),
  urban('u03', 90, 10), // 99
  urban('u04', 88),
  urban('u05', 86),
  urban('u06', 85),
  urban('u07', 84),
  urban('u08', 83),
  urban('u09', 82),
  urban('u10', 80),
  urban('u11', 78),
  urban('u12', 59), // below the passing mark
  urban('u13', 90, 0, false), // not eligible
  urban('u14', 75),
  urban('u15', 70),
  rural('r01', 70), // 80.5
  rural('r02', 68), // 78.2
  rural('r03', 66), // 75.9
  rural('r04', 65), // 74.75
  rural('r05', 62), // 71.3
  rural('r06', 58), // below the passing mark, bonus or not
  rural('r07', 60), // 69, exactly the passing mark
  rural('r08', 80, 15, false), // not eligible
  rural('r09', null, 15, false), // not eligible, never assessed
  rural('r10', 72), // 82.8
];

const outcomes = (r: ReturnType<typeof decideAdmissions>) =>
  r.decisions.map((d) => [d.id, d.outcome, d.rank, d.seatSource ?? d.waitlistPosition ?? null]);

describe('rule R16 (with R13, R14): deciding admissions to a cohort', () => {
  it('rule R16 / R14: a cohort of 10 with 25 mixed applicants seats the best 7 plus the best 3 rural', () => {
    const result = decideAdmissions({ capacity: 10, reservePercent: 30, candidates: APPLICANTS });
    expect(result).toMatchObject({ seatsLeft: 0, reserveSeats: 3, reserveUsed: 3 });
    expect(outcomes(result)).toEqual([
      ['u03', 'ADMITTED', 1, 'GENERAL'],
      ['u01', 'ADMITTED', 2, 'GENERAL'],
      ['u02', 'ADMITTED', 3, 'GENERAL'],
      ['u04', 'ADMITTED', 4, 'GENERAL'],
      ['u05', 'ADMITTED', 5, 'GENERAL'],
      ['u06', 'ADMITTED', 6, 'GENERAL'],
      ['u07', 'ADMITTED', 7, 'GENERAL'],
      ['u08', 'WAITLISTED', 8, 1], // the reserve took the 8th seat
      ['r10', 'ADMITTED', 9, 'RURAL_RESERVE'],
      ['u09', 'WAITLISTED', 10, 2],
      ['r01', 'ADMITTED', 11, 'RURAL_RESERVE'],
      ['u10', 'WAITLISTED', 12, 3],
      ['r02', 'ADMITTED', 13, 'RURAL_RESERVE'],
      ['u11', 'WAITLISTED', 14, 4],
      ['r03', 'WAITLISTED', 15, 5],
      ['u14', 'WAITLISTED', 16, 6],
      ['r04', 'WAITLISTED', 17, 7],
      ['r05', 'WAITLISTED', 18, 8],
      ['u15', 'WAITLISTED', 19, 9],
      ['r07', 'WAITLISTED', 20, 10],
      ['r06', 'REJECTED', null, null],
      ['r08', 'REJECTED', null, null],
      ['r09', 'REJECTED', null, null],
      ['u12', 'REJECTED', null, null],
      ['u13', 'REJECTED', null, null],
    ]);
    expect(result.decisions.find((d) => d.id === 'r02')).toEqual({
      id: 'r02',
      outcome: 'ADMITTED',
      rank: 13,
      rankScore: 78.2,
      seatSource: 'RURAL_RESERVE',
      message: 'rank 13 (rural, score 68 × (1 + 15/100) = 78.2): admitted to a rural reserve seat',
      messageZh: '第 13 名（农村，排序分 68 × (1 + 15/100) = 78.2）：录取，占用农村预留名额',
    });
    expect(result.decisions[0]).toMatchObject({
      rankScore: 99,
      message: 'rank 1 (urban, score 90 × (1 + 10/100) = 99): admitted to a general seat',
      messageZh: '第 1 名（城市，排序分 90 × (1 + 10/100) = 99）：录取，占用一般名额',
    });
    expect(result.decisions[7]).toMatchObject({
      message:
        'rank 8 (urban, score 83 × (1 + 0/100) = 83): waitlisted, position 1; all 10 seats are taken',
      messageZh: '第 8 名（城市，排序分 83 × (1 + 0/100) = 83）：候补第 1 位，10 个名额已满',
    });
    expect(result.decisions[14]).toMatchObject({
      id: 'r03',
      message:
        'rank 15 (rural, score 66 × (1 + 15/100) = 75.9): waitlisted, position 5; all 10 seats, the rural reserve included, are taken',
      messageZh:
        '第 15 名（农村，排序分 66 × (1 + 15/100) = 75.9）：候补第 5 位，10 个名额（含农村预留名额）已满',
    });
  });

  it('rule R16: rejections say why: not eligible, or merit below the passing mark', () => {
    const result = decideAdmissions({ capacity: 10, reservePercent: 30, candidates: APPLICANTS });
    const byId = new Map(result.decisions.map((d) => [d.id, d]));
    expect(byId.get('u12')).toEqual({
      id: 'u12',
      outcome: 'REJECTED',
      rank: null,
      rankScore: null,
      message: 'rejected: merit 59 is below the passing mark of 60',
      messageZh: '未录取：评审得分 59，低于合格分 60',
    });
    expect(byId.get('r06')).toMatchObject({
      message: 'rejected: merit 58 is below the passing mark of 60',
    });
    expect(byId.get('u13')).toEqual({
      id: 'u13',
      outcome: 'REJECTED',
      rank: null,
      rankScore: null,
      message: 'rejected: not eligible (see the screening reasons)',
      messageZh: '未录取：不符合申请条件（见资格审查结果）',
    });
  });

  it('rule R14: a reserve rural applicants cannot fill returns to the general seats', () => {
    const candidates = [
      urban('a', 90),
      urban('b', 85),
      urban('c', 80),
      urban('d', 75),
      rural('r', 61),
    ];
    const result = decideAdmissions({ capacity: 4, reservePercent: 50, candidates });
    expect(outcomes(result)).toEqual([
      ['a', 'ADMITTED', 1, 'GENERAL'],
      ['b', 'ADMITTED', 2, 'GENERAL'],
      ['c', 'ADMITTED', 3, 'GENERAL'],
      ['d', 'WAITLISTED', 4, 1],
      ['r', 'ADMITTED', 5, 'RURAL_RESERVE'],
    ]);
    expect(result).toMatchObject({ seatsLeft: 0, reserveSeats: 2, reserveUsed: 1 });
  });

  it('rule R16: seats nobody can take stay free, and nobody waits', () => {
    const result = decideAdmissions({
      capacity: 10,
      reservePercent: 30,
      candidates: [urban('a', 70), rural('b', 65), urban('c', 50)],
    });
    expect(outcomes(result)).toEqual([
      ['b', 'ADMITTED', 1, 'RURAL_RESERVE'],
      ['a', 'ADMITTED', 2, 'GENERAL'],
      ['c', 'REJECTED', null, null],
    ]);
    expect(result).toMatchObject({ seatsLeft: 8, reserveSeats: 3, reserveUsed: 1 });
  });

  it('rule R13: equal scores go to the higher merit, then the lower id, whatever the ids say', () => {
    const candidates = [urban('a', 80, 10), urban('b', 88, 0), urban('c', 88, 0)];
    const result = decideAdmissions({ capacity: 1, reservePercent: 0, candidates });
    expect(outcomes(result)).toEqual([
      ['b', 'ADMITTED', 1, 'GENERAL'],
      ['c', 'WAITLISTED', 2, 1],
      ['a', 'WAITLISTED', 3, 2],
    ]);
    expect(result.decisions.map((d) => d.rankScore)).toEqual([88, 88, 88]);
  });

  it('rule R16: the policy sets the passing mark', () => {
    const policy = { ...DEFAULT_INCUBATION_POLICY, passingMerit: 80 };
    const result = decideAdmissions(
      { capacity: 5, reservePercent: 30, candidates: [urban('a', 85), rural('b', 79)] },
      policy,
    );
    expect(outcomes(result)).toEqual([
      ['a', 'ADMITTED', 1, 'GENERAL'],
      ['b', 'REJECTED', null, null],
    ]);
    expect(result.decisions[1].message).toBe('rejected: merit 79 is below the passing mark of 80');
  });

  it('rule R16: an applicant admitted earlier keeps its seat against better newcomers', () => {
    const result = decideAdmissions({
      capacity: 2,
      reservePercent: 50,
      candidates: [
        { ...urban('old', 65), held: true },
        { ...rural('oldr', 61), held: true, heldSource: 'RURAL_RESERVE' },
        urban('new', 99),
        rural('newr', 98),
      ],
    });
    expect(outcomes(result)).toEqual([
      ['newr', 'WAITLISTED', 1, 1],
      ['new', 'WAITLISTED', 2, 2],
      ['oldr', 'ADMITTED', 3, 'RURAL_RESERVE'],
      ['old', 'ADMITTED', 4, 'GENERAL'],
    ]);
    expect(result.decisions[3].message).toBe(
      'rank 4 (urban, score 65 × (1 + 0/100) = 65): admitted earlier; keeps a general seat',
    );
    expect(result.decisions[2].messageZh).toBe(
      '第 3 名（农村，排序分 61 × (1 + 15/100) = 70.15）：此前已录取，保留农村预留名额',
    );
    expect(result.decisions[0].message).toBe(
      'rank 1 (rural, score 98 × (1 + 15/100) = 112.7): waitlisted, position 1; all 2 seats, the rural reserve included, are taken',
    );
    expect(result).toMatchObject({ seatsLeft: 0, reserveSeats: 1, reserveUsed: 1 });
  });

  it('rule R16: a held seat stays even when its holder would not be ranked now', () => {
    const result = decideAdmissions({
      capacity: 2,
      reservePercent: 0,
      candidates: [{ ...urban('held', 40), held: true }, urban('a', 90), urban('b', 80)],
    });
    expect(outcomes(result)).toEqual([
      ['a', 'ADMITTED', 1, 'GENERAL'],
      ['b', 'WAITLISTED', 2, 1],
      ['held', 'ADMITTED', null, 'GENERAL'],
    ]);
    expect(result.decisions[2]).toMatchObject({
      rank: null,
      rankScore: null,
      message:
        'not ranked now (merit 40 is below the passing mark of 60); admitted earlier, keeps a general seat',
      messageZh: '本次不参与排序（评审得分 40，低于合格分 60）；此前已录取，保留一般名额',
    });
  });

  it('rule R16: a cohort of 0 seats waitlists everyone who passes', () => {
    const result = decideAdmissions({
      capacity: 0,
      reservePercent: 30,
      candidates: [urban('a', 90), rural('b', 90)],
    });
    expect(outcomes(result)).toEqual([
      ['b', 'WAITLISTED', 1, 1],
      ['a', 'WAITLISTED', 2, 2],
    ]);
    expect(result.decisions[0].message).toContain('all 0 seats are taken');
    expect(result).toEqual(
      expect.objectContaining({ seatsLeft: 0, reserveSeats: 0, reserveUsed: 0 }),
    );
  });

  it('rule R16: no candidates, no decisions', () => {
    expect(decideAdmissions({ capacity: 3, reservePercent: 30, candidates: [] })).toEqual({
      decisions: [],
      seatsLeft: 3,
      reserveSeats: 0,
      reserveUsed: 0,
    });
  });

  it.each([
    [{ capacity: -1 }, 'rule R16: capacity must be a whole number of seats, got -1'],
    [{ capacity: 2.5 }, 'rule R16: capacity must be a whole number of seats, got 2.5'],
    [{ reservePercent: 101 }, 'rule R14: reservePercent must be between 0 and 100, got 101'],
    [{ reservePercent: Number.NaN }, 'rule R14: reservePercent must be between 0 and 100, got NaN'],
    [{ candidates: null }, 'rule R16: candidates must be an array'],
    [
      { candidates: [urban('a', 70), urban('a', 80)] },
      'rule R16: candidate id a appears more than once',
    ],
    [{ candidates: [urban('', 70)] }, 'rule R16: candidate id must be a non-empty string'],
    [
      { candidates: [urban('a', null)] },
      'rule R16: candidate a is eligible but not assessed; assess every eligible applicant first',
    ],
    [
      { candidates: [urban('a', 101)] },
      'rule R16: merit of candidate a must be from 0 to 100, got 101',
    ],
    [
      { candidates: [urban('a', -1)] },
      'rule R16: merit of candidate a must be from 0 to 100, got -1',
    ],
    [
      { candidates: [urban('a', 70, -5)] },
      'rule R13: bonus of candidate a must be a non-negative number',
    ],
    [
      { candidates: [{ ...urban('a', 70), eligible: 'yes' }] },
      'rule R16: eligible of candidate a must be a boolean, got yes',
    ],
    [
      { candidates: [{ ...urban('a', 70), rural: undefined }] },
      'rule R16: rural of candidate a must be a boolean, got undefined',
    ],
    [
      { candidates: [{ ...urban('a', 70), held: 1 }] },
      'rule R16: held of candidate a must be a boolean, got 1',
    ],
    [
      { candidates: [{ ...urban('a', 70), heldSource: 'GENERAL' }] },
      'rule R16: heldSource of candidate a must be RURAL_RESERVE or GENERAL, and only for a held seat',
    ],
    [
      { candidates: [{ ...rural('a', 70), held: true, heldSource: 'POOL' }] },
      'rule R16: heldSource of candidate a must be RURAL_RESERVE or GENERAL',
    ],
    [
      { candidates: [{ ...urban('a', 70), held: true, heldSource: 'RURAL_RESERVE' }] },
      'rule R14: candidate a is urban and cannot hold a rural reserve seat',
    ],
    [
      {
        capacity: 1,
        candidates: [
          { ...urban('a', 70), held: true },
          { ...urban('b', 70), held: true },
        ],
      },
      'rule R16: 2 candidates hold seats, more than the capacity 1',
    ],
  ])('rule R16: %p is refused', (over, message) => {
    const input = { capacity: 10, reservePercent: 30, candidates: [urban('x', 70)], ...over };
    expect(() => decideAdmissions(input as never)).toThrow(message);
  });

  it('rule R16: an ineligible candidate need not be assessed; a bad policy is refused', () => {
    expect(() =>
      decideAdmissions({
        capacity: 1,
        reservePercent: 0,
        candidates: [urban('a', null, 0, false)],
      }),
    ).not.toThrow();
    expect(() =>
      decideAdmissions(
        { capacity: 1, reservePercent: 0, candidates: [] },
        { ...DEFAULT_INCUBATION_POLICY, passingMerit: 120 },
      ),
    ).toThrow('rule R16: passingMerit must be between 0 and 100, got 120');
  });
});
