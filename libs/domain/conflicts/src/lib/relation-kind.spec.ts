import {
  isOrganizationRelation,
  isOtherRelation,
  isRelationKind,
  KINSHIP_RELATION_KINDS,
  ORGANIZATION_RELATION_KINDS,
  OTHER_RELATION_KINDS,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
  RelationKind,
} from './relation-kind';

describe('rule R18: relation kinds', () => {
  it('rule R18: string values equal their keys, each labelled in both languages', () => {
    for (const [key, value] of Object.entries(RelationKind)) expect(value).toBe(key);
    expect(RELATION_KINDS).toHaveLength(9);
    for (const kind of RELATION_KINDS) {
      expect(RELATION_KIND_LABELS_ZH[kind]).toMatch(/\S/);
      expect(RELATION_KIND_LABELS_EN[kind]).toMatch(/\S/);
    }
  });

  it('rule R18: organization ties, kinship and other relations split the kinds between them', () => {
    expect(
      [...ORGANIZATION_RELATION_KINDS, ...KINSHIP_RELATION_KINDS, ...OTHER_RELATION_KINDS].sort(),
    ).toEqual([...RELATION_KINDS].sort());
    expect(isOrganizationRelation('CONTROLLER')).toBe(true);
    expect(isOrganizationRelation('SPOUSE')).toBe(false);
    expect(isOrganizationRelation('OTHER')).toBe(false);
    expect(isOtherRelation('OTHER')).toBe(true);
    expect(isOtherRelation('EMPLOYEE')).toBe(false);
    expect(isOtherRelation('CLOSE_IN_LAW')).toBe(false);
  });

  it('rule R18: the other relation of art. 16 is labelled as a relation that could affect a fair review', () => {
    expect(RELATION_KIND_LABELS_ZH.OTHER).toBe('其他可能影响公正评审的关系');
    expect(RELATION_KIND_LABELS_EN.OTHER).toBe('Other relation that could affect a fair review');
    expect(isRelationKind('OTHER')).toBe(true);
  });

  it('rule R18: isRelationKind accepts only the kinds', () => {
    expect(isRelationKind('SPOUSE')).toBe(true);
    expect(isRelationKind('spouse')).toBe(false);
    expect(isRelationKind(undefined)).toBe(false);
  });
});
