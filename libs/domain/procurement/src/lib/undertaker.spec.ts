import {
  residentIdCheckCharacter,
  USCC_AUTHORITIES,
  USCC_CHARSET,
  usccCheckCharacter,
} from '@civic/domain/identifiers';
import fc from 'fast-check';
import {
  appendPerformance,
  checkCreditCodeAuthority,
  checkUndertaker,
  decideDirectoryEntry,
  DIRECTORY_DECISIONS,
  DIRECTORY_STATUSES,
  directoryStatus,
  divisionPrefix,
  ELIGIBLE_UNDERTAKER_KINDS,
  type PerformanceRecord,
  servesRegion,
  UNDERTAKER_AUTHORITIES,
  UNDERTAKER_KINDS,
  type UndertakerKind,
} from './undertaker';

const AS_OF = new Date('2026-06-30T00:00:00Z');
/** A valid credit code issued by `authority` (position 1), of category `category` (position 2). */
const code = (authority: string, category = '1', rest = '450103MA5L0000') => {
  const body = `${authority}${category}${rest}`.padEnd(17, '1').slice(0, 17);
  return body + usccCheckCharacter(body);
};
const residentId = (first17 = '45010319880512002') => first17 + residentIdCheckCharacter(first17);

type Organizational = Exclude<UndertakerKind, 'INDIVIDUAL'>;
const ORGANIZATIONAL = ELIGIBLE_UNDERTAKER_KINDS.filter(
  (k): k is Organizational => k !== 'INDIVIDUAL',
);

describe('who may be listed as an undertaker (R25, Order 102 art. 6–8)', () => {
  it.each([
    ['SOCIAL_ORGANIZATION', '5'],
    ['COMPANY', '9'],
    ['PUBLIC_INSTITUTION_CATEGORY_2', '1'],
    ['RURAL_COLLECTIVE', 'N'],
    ['GRASSROOTS_SELF_GOVERNING', '5'],
  ] as const)(
    'lists a %s whose credit code registration authority %s issued',
    (kind, authority) => {
      expect(checkUndertaker({ kind, creditCode: code(authority) }, AS_OF)).toEqual({ ok: true });
    },
  );

  it('refuses a category-1 public institution whatever it gives, naming Order 102 art. 8', () => {
    for (const identity of [
      { creditCode: code('1', '2') },
      { creditCode: null },
      { residentId: residentId() },
    ]) {
      const check = checkUndertaker({ kind: 'PUBLIC_INSTITUTION_CATEGORY_1', ...identity }, AS_OF);
      expect(check).toMatchObject({
        ok: false,
        code: 'RULE_R25_NOT_ELIGIBLE',
        rule: 'R25',
        field: 'kind',
      });
      if (!check.ok) {
        expect(check.message).toContain('Order 102 art. 8');
        expect(check.messageZh).toContain('公益一类事业单位');
      }
    }
  });

  it('refuses a kind the order does not name', () => {
    const check = checkUndertaker({ kind: 'GOVERNMENT_AGENCY' as UndertakerKind }, AS_OF);
    expect(check).toMatchObject({ ok: false, code: 'RULE_R25_NOT_ELIGIBLE', field: 'kind' });
  });

  it("refuses a company's 9… given as a social organization, naming both authorities (R29)", () => {
    const check = checkUndertaker({ kind: 'SOCIAL_ORGANIZATION', creditCode: code('9') }, AS_OF);
    expect(check).toMatchObject({ ok: false, code: 'RULE_R29_AUTHORITY', field: 'creditCode' });
    if (!check.ok) {
      expect(check.message).toContain('civil affairs');
      expect(check.message).toContain('market regulation');
    }
  });

  it('refuses a credit code with a wrong check character (R29)', () => {
    const good = code('9');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(checkUndertaker({ kind: 'COMPANY', creditCode: bad }, AS_OF)).toMatchObject({
      ok: false,
      code: 'RULE_R29_INVALID',
      field: 'creditCode',
    });
  });

  it('reads a code typed in lower case or with spaces around it as the code', () => {
    expect(
      checkUndertaker({
        kind: 'RURAL_COLLECTIVE',
        creditCode: ` ${code('N', '2').toLowerCase()} `,
      }),
    ).toEqual({ ok: true });
  });

  it('needs a credit code from an organization, except a social organization of the registry (R5)', () => {
    for (const kind of ORGANIZATIONAL) {
      expect(checkUndertaker({ kind }, AS_OF)).toMatchObject({
        ok: false,
        code: 'RULE_R25_IDENTIFIER',
        field: 'creditCode',
      });
    }
    expect(
      checkUndertaker({ kind: 'SOCIAL_ORGANIZATION', registryOrganization: true }, AS_OF),
    ).toEqual({ ok: true });
    expect(checkUndertaker({ kind: 'COMPANY', registryOrganization: true }, AS_OF)).toMatchObject({
      ok: false,
      field: 'creditCode',
    });
  });

  it('refuses a resident ID number for an organization', () => {
    expect(
      checkUndertaker({ kind: 'COMPANY', creditCode: code('9'), residentId: residentId() }, AS_OF),
    ).toMatchObject({ ok: false, code: 'RULE_R25_IDENTIFIER', field: 'residentId' });
  });

  describe('an individual (R30)', () => {
    it('is listed by a valid resident ID number, with an x check character read as X', () => {
      expect(checkUndertaker({ kind: 'INDIVIDUAL', residentId: residentId() }, AS_OF)).toEqual({
        ok: true,
      });
      const withX = '45010319880512003';
      const id = withX + residentIdCheckCharacter(withX);
      expect(checkUndertaker({ kind: 'INDIVIDUAL', residentId: id.toLowerCase() }, AS_OF)).toEqual({
        ok: true,
      });
    });

    it('gives no credit code, and must give a resident ID', () => {
      expect(
        checkUndertaker({ kind: 'INDIVIDUAL', residentId: residentId(), creditCode: code('9') }),
      ).toMatchObject({ ok: false, code: 'RULE_R25_IDENTIFIER', field: 'creditCode' });
      expect(checkUndertaker({ kind: 'INDIVIDUAL' }, AS_OF)).toMatchObject({
        ok: false,
        code: 'RULE_R25_IDENTIFIER',
        field: 'residentId',
      });
    });

    it('is refused with an invalid number, never repeating it', () => {
      const good = residentId();
      const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
      const check = checkUndertaker({ kind: 'INDIVIDUAL', residentId: bad }, AS_OF);
      expect(check).toMatchObject({ ok: false, code: 'RULE_R30_INVALID', field: 'residentId' });
      expect(JSON.stringify(check)).not.toContain(bad);
      expect(JSON.stringify(check)).not.toContain(bad.slice(6, 14));
    });
  });
});

describe('property: the credit code agrees with the kind (R25, R29)', () => {
  const charsetChar = fc.constantFrom(...USCC_CHARSET);
  const digit = fc.constantFrom(...'0123456789');
  /** Positions 2–17 of a code: a category character, a 6-digit division, 9 charset characters. */
  const rest = fc
    .tuple(
      charsetChar,
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.array(charsetChar, { minLength: 9, maxLength: 9 }),
    )
    .map(([category, division, subject]) => category + division.join('') + subject.join(''));
  const authority = fc.constantFrom(...Object.keys(USCC_AUTHORITIES));

  it('lists an organization exactly when its code is issued by the authority that codes its kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORGANIZATIONAL), authority, rest, (kind, first, tail) => {
        const body = first + tail;
        const creditCode = body + usccCheckCharacter(body);
        const check = checkUndertaker({ kind, creditCode }, AS_OF);
        const agrees = UNDERTAKER_AUTHORITIES[kind].includes(first);
        expect(check.ok).toBe(agrees);
        if (!check.ok) {
          expect(check).toMatchObject({ code: 'RULE_R29_AUTHORITY', field: 'creditCode' });
          expect(check.message).toContain(`'${first}'`);
        }
      }),
    );
  });

  it('refuses a category-1 public institution whatever its code', () => {
    fc.assert(
      fc.property(authority, rest, (first, tail) => {
        const body = first + tail;
        const check = checkUndertaker(
          { kind: 'PUBLIC_INSTITUTION_CATEGORY_1', creditCode: body + usccCheckCharacter(body) },
          AS_OF,
        );
        expect(check).toMatchObject({ ok: false, code: 'RULE_R25_NOT_ELIGIBLE' });
      }),
    );
  });

  it('checks every eligible organizational kind against an authority of GB 32100-2015', () => {
    for (const kind of ORGANIZATIONAL) {
      for (const a of UNDERTAKER_AUTHORITIES[kind]) expect(USCC_AUTHORITIES[a]).toBeDefined();
      expect(checkCreditCodeAuthority(kind, code(UNDERTAKER_AUTHORITIES[kind][0]))).toEqual({
        ok: true,
      });
    }
    expect(UNDERTAKER_KINDS).toHaveLength(7);
  });
});

describe('the directory entry status (R24)', () => {
  it('moves PENDING to LISTED or REFUSED, and LISTED to REMOVED', () => {
    expect(decideDirectoryEntry('PENDING', 'LISTED')).toEqual({ ok: true, next: 'LISTED' });
    expect(decideDirectoryEntry('PENDING', 'REFUSED', '服务能力不足')).toEqual({
      ok: true,
      next: 'REFUSED',
    });
    expect(decideDirectoryEntry('LISTED', 'REMOVED', '被列入严重违法失信名单')).toEqual({
      ok: true,
      next: 'REMOVED',
    });
  });

  it('refuses or removes only with a reason that is not blank', () => {
    expect(decideDirectoryEntry('PENDING', 'REFUSED')).toMatchObject({
      ok: false,
      kind: 'REASON_REQUIRED',
    });
    expect(decideDirectoryEntry('LISTED', 'REMOVED', '   ')).toMatchObject({
      ok: false,
      kind: 'REASON_REQUIRED',
    });
  });

  it('moves nothing else, whatever the reason: every other pair is refused naming the rule', () => {
    const allowed = new Set(['PENDING>LISTED', 'PENDING>REFUSED', 'LISTED>REMOVED']);
    for (const status of DIRECTORY_STATUSES) {
      for (const decision of DIRECTORY_DECISIONS) {
        const result = decideDirectoryEntry(status, decision, '理由');
        if (allowed.has(`${status}>${decision}`)) {
          expect(result).toEqual({ ok: true, next: decision });
        } else {
          expect(result).toMatchObject({ ok: false, kind: 'TRANSITION' });
          if (!result.ok) expect(result.message).toContain('R24');
        }
      }
    }
    expect(directoryStatus.isFinal('REFUSED')).toBe(true);
    expect(directoryStatus.isFinal('REMOVED')).toBe(true);
  });
});

describe('performance history (R24, R25)', () => {
  const record = (over: Partial<PerformanceRecord> = {}): PerformanceRecord => ({
    contractId: '7f1c9a52-0000-4000-8000-000000000001',
    title: '2026 年居家养老上门探访服务',
    year: 2026,
    score: 92,
    outcome: 'PASSED',
    ...over,
  });

  it('appends an evaluation, newest year first', () => {
    const history = appendPerformance([record({ year: 2025 })], record());
    expect(history.map((h) => h.year)).toEqual([2026, 2025]);
  });

  it('records a contract once a year, a score of 0–100 and a real year', () => {
    expect(() => appendPerformance([record()], record({ score: 50 }))).toThrow(/already/);
    expect(() => appendPerformance([], record({ score: 101 }))).toThrow(/0–100/);
    expect(() => appendPerformance([], record({ year: 1999 }))).toThrow(/2000–2100/);
  });
});

describe('service areas and regions (R24)', () => {
  it('takes the prefix a division shares with the divisions inside it', () => {
    expect(divisionPrefix('450000')).toBe('45');
    expect(divisionPrefix('450100')).toBe('4501');
    expect(divisionPrefix('450103')).toBe('450103');
    expect(() => divisionPrefix('4501')).toThrow(RangeError);
  });

  it('serves a region that holds one of its areas, or that one of its areas holds', () => {
    expect(servesRegion(['450103'], '450100')).toBe(true); // 青秀区 is in 南宁市
    expect(servesRegion(['450103'], '450000')).toBe(true); // and in 广西
    expect(servesRegion(['450000'], '450127')).toBe(true); // serves all of 广西
    expect(servesRegion(['450103'], '450127')).toBe(false); // 横县 is another county
    expect(servesRegion(['450100'], '440300')).toBe(false); // 深圳 is another province
  });
});
