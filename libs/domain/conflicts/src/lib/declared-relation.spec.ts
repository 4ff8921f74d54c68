import { assertRelations, checkDeclaredRelation } from './declared-relation';

const fieldsOf = (relation: unknown) => {
  const result = checkDeclaredRelation(relation);
  return result.ok ? [] : result.violations.map((v) => v.field);
};

describe('rule R18: checkDeclaredRelation', () => {
  it('rule R18: well-formed declarations pass', () => {
    expect(
      checkDeclaredRelation({ kind: 'EMPLOYEE', organizationId: 'org-1', from: '2020-01-01' }),
    ).toEqual({ ok: true });
    expect(
      checkDeclaredRelation({
        kind: 'DIRECTOR',
        organizationName: '阳光社区服务中心',
        from: '2020-01-01',
        to: '2020-01-01',
      }),
    ).toEqual({ ok: true });
    expect(
      checkDeclaredRelation({
        kind: 'COLLATERAL_RELATIVE',
        personName: '张伟',
        generations: 3,
        from: '1990-05-01',
      }),
    ).toEqual({ ok: true });
    expect(
      checkDeclaredRelation({ kind: 'LINEAL_RELATIVE', personName: '张伟', from: '1990-05-01' }),
    ).toEqual({ ok: true });
  });

  it('rule R18: an unknown kind is refused, listing the kinds', () => {
    expect(checkDeclaredRelation({ kind: 'FRIEND', from: '2020-01-01' })).toEqual({
      ok: false,
      violations: [
        {
          field: 'kind',
          message:
            'rule R18: the relation must be one of EMPLOYEE, DIRECTOR, SUPERVISOR, CONTROLLER, SPOUSE, LINEAL_RELATIVE, COLLATERAL_RELATIVE, CLOSE_IN_LAW, OTHER, got "FRIEND"',
          messageZh:
            '规则 R18：关系类型须为劳动关系（雇员）、董事（理事）、监事、控股股东或实际控制人、配偶、直系血亲、旁系血亲、近姻亲、其他可能影响公正评审的关系之一，实际为 "FRIEND"',
        },
      ],
    });
  });

  it('rule R18: an organization tie names the organization; kinship names the person', () => {
    expect(checkDeclaredRelation({ kind: 'SUPERVISOR', from: '2020-01-01' })).toEqual({
      ok: false,
      violations: [
        {
          field: 'organizationName',
          message: 'rule R18: name the organization you are related to as supervisor',
          messageZh: '规则 R18：请填写与您存在“监事”关系的组织',
        },
      ],
    });
    expect(fieldsOf({ kind: 'EMPLOYEE', organizationId: ' ', from: '2020-01-01' })).toEqual([
      'organizationId',
    ]);
    expect(fieldsOf({ kind: 'EMPLOYEE', organizationName: '', from: '2020-01-01' })).toEqual([
      'organizationName',
    ]);
    expect(checkDeclaredRelation({ kind: 'SPOUSE', personName: '  ', from: '2020-01-01' })).toEqual(
      {
        ok: false,
        violations: [
          {
            field: 'personName',
            message: 'rule R18: name the person who is your spouse',
            messageZh: '规则 R18：请填写与您存在“配偶”关系的人员姓名',
          },
        ],
      },
    );
  });

  it('rule R18: collateral kinship needs its generations as a positive whole number', () => {
    expect(
      fieldsOf({ kind: 'COLLATERAL_RELATIVE', personName: '张伟', from: '2020-01-01' }),
    ).toEqual(['generations']);
    for (const generations of [0, -1, 2.5, '3', null]) {
      expect(
        fieldsOf({
          kind: 'COLLATERAL_RELATIVE',
          personName: '张伟',
          generations,
          from: '2020-01-01',
        }),
      ).toEqual(['generations']);
    }
    expect(
      fieldsOf({ kind: 'LINEAL_RELATIVE', personName: '张伟', generations: 0, from: '2020-01-01' }),
    ).toEqual(['generations']);
  });

  it('rule R18: dates are real YYYY-MM-DD dates, the end not before the start', () => {
    const base = { kind: 'SPOUSE', personName: '张伟' };
    expect(fieldsOf({ ...base })).toEqual(['from']);
    expect(fieldsOf({ ...base, from: '2023-02-29' })).toEqual(['from']);
    expect(fieldsOf({ ...base, from: '2023/01/01' })).toEqual(['from']);
    expect(fieldsOf({ ...base, from: '2023-01-01', to: '' })).toEqual(['to']);
    expect(checkDeclaredRelation({ ...base, from: '2023-01-02', to: '2023-01-01' })).toEqual({
      ok: false,
      violations: [
        {
          field: 'to',
          message: 'rule R18: the end 2023-01-01 is before the start 2023-01-02',
          messageZh: '规则 R18：终止日期 2023-01-01 早于起始日期 2023-01-02',
        },
      ],
    });
  });

  it('rule R18: another relation names an organization, a person or both, and describes itself', () => {
    const other = { kind: 'OTHER', description: '近三年为其提供审计服务', from: '2024-01-01' };
    expect(checkDeclaredRelation({ ...other, organizationId: 'org-1' })).toEqual({ ok: true });
    expect(checkDeclaredRelation({ ...other, organizationName: '阳光社区服务中心' })).toEqual({
      ok: true,
    });
    expect(checkDeclaredRelation({ ...other, personName: '张伟' })).toEqual({ ok: true });
    expect(
      checkDeclaredRelation({
        ...other,
        organizationId: 'org-1',
        personName: '张伟',
        to: '2027-01-01',
      }),
    ).toEqual({ ok: true });
    expect(checkDeclaredRelation(other)).toEqual({
      ok: false,
      violations: [
        {
          field: 'organizationName',
          message: 'rule R18: name the organization or the person you have the other relation with',
          messageZh: '规则 R18：请填写与您存在“其他可能影响公正评审的关系”的组织或人员',
        },
      ],
    });
    expect(fieldsOf({ ...other, personName: ' ' })).toEqual(['personName']);
    expect(fieldsOf({ ...other, organizationName: '' })).toEqual(['organizationName']);
    expect(fieldsOf({ ...other, organizationId: ' ', personName: '张伟' })).toEqual([
      'organizationId',
    ]);
  });

  it('rule R18: another relation needs a description of 2 to 200 characters', () => {
    const other = { kind: 'OTHER', personName: '张伟', from: '2024-01-01' };
    expect(checkDeclaredRelation(other)).toEqual({
      ok: false,
      violations: [
        {
          field: 'description',
          message: 'rule R18: describe the relation in 2 to 200 characters, got undefined',
          messageZh: '规则 R18：请用 2 至 200 个字说明该关系，实际为 undefined',
        },
      ],
    });
    expect(checkDeclaredRelation({ ...other, description: ' 同 ' })).toEqual({
      ok: false,
      violations: [
        {
          field: 'description',
          message: 'rule R18: describe the relation in 2 to 200 characters, got 1 characters',
          messageZh: '规则 R18：请用 2 至 200 个字说明该关系，实际为 1 个字',
        },
      ],
    });
    for (const description of [null, 42, '', '   ', '甲'.repeat(201)]) {
      expect(fieldsOf({ ...other, description })).toEqual(['description']);
    }
    expect(fieldsOf({ ...other, description: '同学' })).toEqual([]);
    expect(fieldsOf({ ...other, description: '甲'.repeat(200) })).toEqual([]);
    // Characters outside the BMP count once each.
    expect(fieldsOf({ ...other, description: '𠮷'.repeat(200) })).toEqual([]);
  });

  it('rule R18: other kinds may carry a description as a note, within the same bounds', () => {
    const spouse = { kind: 'SPOUSE', personName: '张伟', from: '2020-01-01' };
    expect(fieldsOf({ ...spouse, description: '2020 年登记结婚' })).toEqual([]);
    expect(fieldsOf({ ...spouse, description: 'x' })).toEqual(['description']);
    expect(fieldsOf({ ...spouse })).toEqual([]);
  });

  it('rule R18: a declaration that is not an object is refused', () => {
    expect(fieldsOf(null)).toEqual(['']);
    expect(() => assertRelations([null as never], 'relations')).toThrow(
      'relations.0 is invalid: rule R18: a declared relation must be an object',
    );
  });
});
