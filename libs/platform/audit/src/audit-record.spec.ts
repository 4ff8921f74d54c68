import { assertRecordable, type AuditRecordInput, toJsonValue } from './audit-record';

describe('assertRecordable (R31)', () => {
  const entry: AuditRecordInput = {
    actor: { userId: 'u1', roles: ['ADMIN'] },
    action: 'tier.decided',
    entityType: 'organization',
    entityId: 'o1',
  };

  it('accepts an entry with actor, action and entity', () => {
    expect(() => assertRecordable(entry)).not.toThrow();
  });

  it.each<[string, AuditRecordInput]>([
    ['actor.userId', { ...entry, actor: { userId: ' ', roles: [] } }],
    ['action', { ...entry, action: '' }],
    ['entityType', { ...entry, entityType: '' }],
    ['entityId', { ...entry, entityId: undefined as unknown as string }],
  ])('refuses an entry without %s', (field, bad) => {
    expect(() => assertRecordable(bad)).toThrow(field);
  });

  it('refuses roles that are not strings', () => {
    const bad = { ...entry, actor: { userId: 'u1', roles: [1] as unknown as string[] } };
    expect(() => assertRecordable(bad)).toThrow('actor.roles');
  });
});

describe('toJsonValue (R31)', () => {
  it('gives the value as it will read back from jsonb', () => {
    const at = new Date('2025-01-01T00:00:00.000Z');
    expect(toJsonValue({ at, gone: undefined, list: [undefined] })).toEqual({
      at: '2025-01-01T00:00:00.000Z',
      list: [null],
    });
    expect(toJsonValue(undefined)).toBeNull();
    expect(toJsonValue('text')).toBe('text');
  });
});
