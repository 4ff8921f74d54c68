import { maskPersonalData, SEALED } from './audit-redaction';

// A resident ID number with a fitting check character (GB 11643), as the tests elsewhere use.
const RESIDENT_ID = '450103198805120021';
const TOKEN = `v1.test-key.${'A'.repeat(60)}`;

describe('maskPersonalData (R30 on the R31 record)', () => {
  it('leaves masked forms and ordinary values as they were', () => {
    const after = {
      name: '新竹街道邻里互助会',
      residentIdMasked: '450103********0021',
      contactPhoneMasked: '138****1234',
      accountNumberMasked: '***************0123',
      amountFen: 12_345,
      tier: 'REGISTRATION',
      id: '3f2c9a7e-5b1d-4c8e-9a6f-013800771234',
      documentHash: `a${'4501031988051200211'.repeat(3)}`,
      nested: [{ ok: true, at: null }],
    };
    expect(maskPersonalData(after)).toEqual(after);
  });

  it('shows a sealed value as its masked form, and a bare token or a …Sealed field as [sealed]', () => {
    expect(
      maskPersonalData({
        leaders: [
          {
            name: '王建国',
            residentId: { cipher: TOKEN, hash: 'f'.repeat(64), masked: '450103********0021' },
          },
        ],
        contactPhone: TOKEN,
        accountNumberSealed: 'anything at all',
        residentIdSealed: null,
        sealedWithoutMask: { cipher: TOKEN },
        passwordHash: '$argon2id$v=19$m=65536',
      }),
    ).toEqual({
      leaders: [{ name: '王建国', residentId: '450103********0021' }],
      contactPhone: SEALED,
      accountNumberSealed: SEALED,
      residentIdSealed: null,
      sealedWithoutMask: SEALED,
      passwordHash: SEALED,
    });
  });

  it('masks a resident ID number a writer let through, alone or inside text', () => {
    expect(maskPersonalData({ residentId: RESIDENT_ID })).toEqual({
      residentId: '450103********0021',
    });
    expect(maskPersonalData(`负责人 ${RESIDENT_ID.toLowerCase()}，已核实`)).toBe(
      '负责人 450103********0021，已核实',
    );
    // 18 digits whose check character does not fit are not one
    expect(maskPersonalData('450103198805120022')).toBe('450103198805120022');
  });

  it('masks mobile numbers anywhere, landlines and e-mail in contact fields, account digits', () => {
    expect(
      maskPersonalData({
        note: '13800771234',
        contactPhone: '0771-5551234',
        contact: 'wang@example.com',
        payee: { accountNumber: '6222 0212 3456 7890 123' },
        reference: '0771-5551234',
      }),
    ).toEqual({
      note: '138****1234',
      contactPhone: '0771-***1234',
      contact: 'w***@example.com',
      payee: { accountNumber: '***************0123' },
      reference: '0771-5551234',
    });
  });

  it('keeps keys, arrays, numbers, booleans and null as they are', () => {
    expect(maskPersonalData(null)).toBeNull();
    expect(maskPersonalData([1, true, 'x'])).toEqual([1, true, 'x']);
    expect(maskPersonalData(JSON.parse('{"__proto__":{"phone":"13800771234"}}'))).toEqual(
      JSON.parse('{"__proto__":{"phone":"138****1234"}}'),
    );
  });
});
