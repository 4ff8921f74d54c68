import { dayOfDateString } from '@civic/domain/calendar';
import { ConflictApplicant, DeclaredRelation } from '@civic/domain/conflicts';
import { drawPanel, PanelBidder, PanelDrawInput, PanelExpert } from './panel-draw';

const TODAY = dayOfDateString('2026-03-15', 'today');

const organization = (n: number): ConflictApplicant => ({
  organizationId: `org-${n}`,
  organizationName: `社区服务中心${n}`,
  people: [{ name: `负责人${n}`, role: '理事长' }],
});
const bidder = (id: string, n: number): PanelBidder => ({ id, organization: organization(n) });
const expert = (id: string, extra: Partial<PanelExpert> = {}): PanelExpert => ({
  id,
  fields: [],
  relations: [],
  active: true,
  ...extra,
});
const employee = (n: number, to?: string): DeclaredRelation => ({
  kind: 'EMPLOYEE',
  organizationId: `org-${n}`,
  from: '2015-01-01',
  ...(to === undefined ? {} : { to }),
});
const spouse = (n: number): DeclaredRelation => ({
  kind: 'SPOUSE',
  personName: `负责人${n}`,
  from: '2010-05-01',
});

const POOL = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((id) => expert(id));
const BIDDERS = [bidder('b1', 1), bidder('b2', 2), bidder('b3', 3)];
const input = (extra: Partial<PanelDrawInput> = {}): PanelDrawInput => ({
  pool: POOL,
  bidders: BIDDERS,
  size: 3,
  seed: 42,
  today: TODAY,
  ...extra,
});

describe('rule R18: drawPanel, the evaluation panel of a purchase project (财库〔2016〕198号 art. 16)', () => {
  it('rule R18: draws `size` distinct active experts, in id order, with no recusal or shortfall', () => {
    const result = drawPanel(input());
    expect(result.members).toHaveLength(3);
    expect(new Set(result.members).size).toBe(3);
    expect([...result.members].sort()).toEqual(result.members);
    expect(result.recusals).toEqual([]);
    expect(result.shortfall).toBeUndefined();
  });

  it('rule R18: an expert conflicted with ANY bidder sits on no panel of the project, and every pair is a recusal with its clause', () => {
    const pool = [
      expert('e1', { relations: [employee(2)] }),
      expert('e2', { relations: [spouse(1), employee(3, '2024-01-31')] }),
      expert('e3'),
      expert('e4'),
      expert('e5'),
    ];
    const result = drawPanel(input({ pool }));
    expect(result.members).toEqual(['e3', 'e4', 'e5']);
    expect(result.recusals).toEqual([
      {
        expertId: 'e1',
        bidderId: 'b2',
        clauses: [expect.objectContaining({ clause: 'EMPLOYMENT', relation: employee(2) })],
      },
      {
        expertId: 'e2',
        bidderId: 'b1',
        clauses: [expect.objectContaining({ clause: 'SPOUSE' })],
      },
      {
        expertId: 'e2',
        bidderId: 'b3',
        clauses: [expect.objectContaining({ clause: 'EMPLOYMENT' })],
      },
    ]);
    expect(result.recusals[1].clauses[0].message).toContain('rule R18');
    expect(result.recusals[1].clauses[0].messageZh).toContain('规则 R18');
  });

  it('rule R18: a tie that ended more than 3 years ago no longer recuses; exactly 3 years still does', () => {
    const pool = [
      expert('e1', { relations: [employee(1, '2023-03-15')] }),
      expert('e2', { relations: [employee(1, '2023-03-14')] }),
      expert('e3'),
      expert('e4'),
    ];
    const result = drawPanel(input({ pool }));
    expect(result.recusals.map((r) => r.expertId)).toEqual(['e1']);
    expect(result.members).toEqual(['e2', 'e3', 'e4']);
  });

  it('rule R18: the conflict policy is a parameter (a 1-year look-back frees a tie ended 2 years ago)', () => {
    const pool = [expert('e1', { relations: [employee(1, '2024-03-01')] }), expert('e2')];
    const policy = { version: 'test-1y', lookbackYears: 1, collateralGenerations: 3 };
    expect(drawPanel(input({ pool })).recusals).toHaveLength(1);
    expect(drawPanel(input({ pool, policy })).recusals).toEqual([]);
  });

  it('rule R18: inactive experts are never drawn, but their conflicts are still recusals', () => {
    const pool = [
      expert('e1', { active: false }),
      expert('e2', { active: false, relations: [employee(1)] }),
      expert('e3'),
      expert('e4'),
      expert('e5'),
    ];
    const result = drawPanel(input({ pool }));
    expect(result.members).toEqual(['e3', 'e4', 'e5']);
    expect(result.recusals.map((r) => [r.expertId, r.bidderId])).toEqual([['e2', 'b1']]);
  });

  it("rule R18: experts of the project's field are drawn first, the rest fill the panel", () => {
    const pool = [
      expert('e1', { fields: ['eldercare'] }),
      expert('e2', { fields: ['childcare'] }),
      expert('e3', { fields: ['eldercare', 'culture'] }),
      expert('e4'),
      expert('e5'),
      expert('e6'),
    ];
    for (let seed = 0; seed < 20; seed += 1) {
      const { members } = drawPanel(input({ pool, seed, field: 'eldercare' }));
      expect(members).toEqual(expect.arrayContaining(['e1', 'e3']));
      expect(members).toHaveLength(3);
    }
  });

  it('rule R18: the same seed draws the same panel whatever the input order; seeds vary the draw', () => {
    const a = drawPanel(input());
    const b = drawPanel(input({ pool: [...POOL].reverse(), bidders: [...BIDDERS].reverse() }));
    expect(b).toEqual(a);
    const panels = new Set(
      Array.from({ length: 30 }, (_, seed) => drawPanel(input({ seed })).members.join()),
    );
    expect(panels.size).toBeGreaterThan(1);
  });

  it('rule R18: too few eligible experts is a shortfall naming R18 and its causes; all of them are returned', () => {
    const pool = [
      expert('e1', { relations: [employee(1)] }),
      expert('e2', { active: false }),
      expert('e3'),
      expert('e4'),
    ];
    const result = drawPanel(input({ pool, size: 5, minSize: 5 }));
    expect(result.members).toEqual(['e3', 'e4']);
    expect(result.shortfall).toEqual({
      ok: false,
      rule: 'R18',
      code: 'RULE_R18_PANEL_SHORTFALL',
      field: 'size',
      available: 2,
      needed: 5,
      recused: 1,
      inactive: 1,
      message:
        'rule R18: the evaluation panel needs 5 experts but only 2 can be drawn (1 recused for conflicts of interest with a bidder (财库〔2016〕198号 art. 16), 1 inactive); add experts to the pool',
      messageZh:
        '规则 R18：评审委员会需要 5 名评审专家，仅能抽取 2 名（1 名因与投标人存在利害关系回避（财库〔2016〕198号第十六条），1 名未启用），请补充专家库',
    });
  });

  it('rule R18: an empty pool is a shortfall without causes', () => {
    const { members, shortfall } = drawPanel(input({ pool: [] }));
    expect(members).toEqual([]);
    expect(shortfall?.message).toBe(
      'rule R18: the evaluation panel needs 3 experts but only 0 can be drawn; add experts to the pool',
    );
  });

  it('rule R18: with no bidders nobody is recused', () => {
    const pool = [expert('e1', { relations: [employee(1)] }), expert('e2'), expert('e3')];
    expect(drawPanel(input({ pool, bidders: [] }))).toEqual({
      members: ['e1', 'e2', 'e3'],
      recusals: [],
    });
  });

  it.each([2, 4, 1, 0, -3, 3.5, Number.NaN, '3'])(
    'rule R18: size %p is refused: the panel is an odd number of at least 3',
    (size) => {
      expect(() => drawPanel(input({ size: size as number }))).toThrow(
        /^rule R18: size must be an odd whole number of at least 3/,
      );
    },
  );

  it('rule R18: minSize carries the method rule (public tender: 5 or more) and is never below 3', () => {
    expect(() => drawPanel(input({ size: 3, minSize: 5 }))).toThrow(
      new RangeError(
        'rule R18: size must be an odd whole number of at least 5 (the panel is three or more, an odd number: 三人以上单数), got 3',
      ),
    );
    expect(drawPanel(input({ size: 5, minSize: 5 })).members).toHaveLength(5);
    expect(() => drawPanel(input({ minSize: 1 }))).toThrow(
      'rule R18: minSize must be a whole number of at least 3, got 1',
    );
  });

  it('rule R18: refuses input that cannot be drawn, naming the field', () => {
    expect(() => drawPanel(null as unknown as PanelDrawInput)).toThrow(/rule R18: .*object/);
    expect(() => drawPanel(input({ seed: -1 }))).toThrow(/rule R18: seed/);
    expect(() => drawPanel(input({ today: 1.5 }))).toThrow(/today/);
    expect(() => drawPanel(input({ pool: [expert('e1'), expert('e1')] }))).toThrow(
      'rule R18: expert id e1 appears more than once',
    );
    expect(() => drawPanel(input({ bidders: [bidder('b1', 1), bidder('b1', 2)] }))).toThrow(
      'rule R18: bidder id b1 appears more than once',
    );
    expect(() => drawPanel(input({ pool: [expert(' ')] }))).toThrow('rule R18: pool.0.id');
    expect(() =>
      drawPanel(input({ pool: [expert('e1', { active: 'yes' as unknown as boolean })] })),
    ).toThrow('rule R18: active of expert e1 must be a boolean');
    expect(() =>
      drawPanel(input({ pool: [expert('e1', { relations: [{ kind: 'FRIEND' } as never] })] })),
    ).toThrow(/relations of expert e1\.0/);
    expect(() =>
      drawPanel(input({ bidders: [{ id: 'b1', organization: { organizationId: 'x' } as never }] })),
    ).toThrow('rule R18: organization of bidder b1.organizationName must be a non-empty string');
    expect(() =>
      drawPanel(input({ policy: { version: '', lookbackYears: 3, collateralGenerations: 3 } })),
    ).toThrow('rule R18: conflict policy version');
  });
});
