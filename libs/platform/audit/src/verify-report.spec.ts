import { formatChainReport } from './verify-report';

describe('formatChainReport (R31)', () => {
  it('prints an intact chain with its entry count', () => {
    expect(formatChainReport({ schema: 'organizations', checked: 1234, ok: true })).toBe(
      '✓ organizations: 1,234 entries, chain intact',
    );
    expect(formatChainReport({ schema: 'gateway', checked: 1, ok: true })).toBe(
      '✓ gateway: 1 entry, chain intact',
    );
  });

  it('prints the first bad entry of a broken chain', () => {
    const detail = 'entry 57 was edited: its content no longer matches its hash';
    expect(
      formatChainReport({
        schema: 'gateway',
        checked: 57,
        ok: false,
        firstBad: { seq: 57, problem: 'edited', detail },
      }),
    ).toBe(`✗ gateway: ${detail}`);
  });
});
