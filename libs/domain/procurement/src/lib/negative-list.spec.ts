import fc from 'fast-check';
import { checkNegativeList, type NegativeListPolicy } from './negative-list';

/** A test policy in the shape of the shipped one (DEFAULT_NEGATIVE_LIST_POLICY holds the real one). */
const POLICY: NegativeListPolicy = {
  version: 'test.1',
  clauses: [
    {
      key: 'GOVERNMENT_DUTY',
      article: 'Order 102 art. 10(2)',
      name: 'duties the government must perform itself',
      nameZh: '应当由政府直接履职的事项',
      terms: ['行政执法', '行政审批'],
    },
    {
      key: 'GOODS',
      article: 'Order 102 art. 10(3)',
      name: 'goods',
      nameZh: '货物',
      terms: ['设备购置', '物资采购'],
    },
    {
      key: 'WORKS',
      article: 'Order 102 art. 10(3)',
      name: 'works',
      nameZh: '工程',
      terms: ['工程', '装修'],
    },
    {
      key: 'FINANCING',
      article: 'Order 102 art. 10(4)',
      name: 'financing',
      nameZh: '融资行为',
      terms: ['融资', '贷款'],
    },
    {
      key: 'STAFFING',
      article: 'Order 102 art. 10(5)',
      name: "staffing of the buyer's own posts",
      nameZh: '购买主体的人员聘用、劳务派遣用工及公益性岗位',
      terms: ['劳务派遣', '公益性岗位'],
    },
  ],
};

const ELDERCARE = {
  categories: ['基本公共服务', '养老服务', '居家养老'],
  name: '居家养老上门探访',
  description: '为辖区独居、空巢老人提供每月两次上门探访、健康提醒和安全检查',
};

describe('the negative list at catalogue entry (R24; R25, Order 102 art. 10)', () => {
  it('lets a community service through, stamped with the policy version it was checked against', () => {
    expect(checkNegativeList(ELDERCARE, POLICY)).toEqual({ ok: true, policyVersion: 'test.1' });
  });

  it.each([
    ['GOODS', { description: '为社区活动中心进行设备购置' }, 'description'],
    ['WORKS', { categories: ['社区服务', '场地装修'] }, 'categories.1'],
    ['FINANCING', { name: '社区养老机构融资服务' }, 'name'],
    ['GOVERNMENT_DUTY', { description: '代为开展城市管理行政执法' }, 'description'],
    ['STAFFING', { description: '以劳务派遣方式为民政局补充窗口人员' }, 'description'],
  ])('refuses an item under %s, naming the clause and the field', (key, change, field) => {
    const check = checkNegativeList({ ...ELDERCARE, ...change }, POLICY);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.clause.key).toBe(key);
    expect(check.field).toBe(field);
    expect(check.message).toContain(check.clause.article);
    expect(check.messageZh).toContain(check.clause.nameZh);
  });

  it('finds a term written in full-width letters or broken by spaces', () => {
    const policy: NegativeListPolicy = {
      version: 'test.2',
      clauses: [{ ...POLICY.clauses[1], terms: ['PPP项目'] }],
    };
    const check = checkNegativeList({ ...ELDERCARE, description: '参与ＰＰＰ 项目' }, policy);
    expect(check.ok).toBe(false);
  });

  it('reads its clauses from the policy: an item refused under one version passes another', () => {
    const item = { ...ELDERCARE, description: '社区小型工程维护' };
    expect(checkNegativeList(item, POLICY).ok).toBe(false);
    const without = { version: 'test.3', clauses: POLICY.clauses.filter((c) => c.key !== 'WORKS') };
    expect(checkNegativeList(item, without)).toEqual({ ok: true, policyVersion: 'test.3' });
  });

  it('refuses any item whose text holds a term of any clause, wherever it stands', () => {
    const terms = POLICY.clauses.flatMap((c) => c.terms.map((t) => [c.key, t] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...terms),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        ([key, term], before, after) => {
          const check = checkNegativeList(
            { ...ELDERCARE, description: `${before}${term}${after}` },
            POLICY,
          );
          expect(check.ok).toBe(false);
          // The first clause found may be an earlier one if the random text holds its term too.
          if (
            !check.ok &&
            !POLICY.clauses.some(
              (c) => c.key !== key && c.terms.some((t) => `${before}${after}`.includes(t)),
            )
          ) {
            expect(check.clause.terms).toContain(term);
          }
        },
      ),
    );
  });
});
