import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from './personal-data-cipher';
import { PersonalDataError } from './personal-data.error';
import { openPayeeAccount, sealContact, sealPayeeAccount, sealPhone } from './sealed-contact';

const cipher = new PersonalDataCipher(randomBytes(32).toString('base64'), 'k1');
const ACCOUNT = {
  accountName: '青秀区长者关爱协会',
  accountNumber: '6222 0201 0200 3456 789',
  bankCode: '313',
  bankName: '广西北部湾银行南宁分行',
};

describe('sealed phone numbers and payee accounts (R30)', () => {
  it('seals an account number normalized, masks it, and opens it for the transfer', () => {
    const sealed = sealPayeeAccount(cipher, ACCOUNT);
    expect(sealed).toMatchObject({
      accountName: ACCOUNT.accountName,
      bankCode: '313',
      accountNumberMasked: '***************6789',
    });
    expect(JSON.stringify(sealed)).not.toMatch(/6222|0201|3456/);
    expect(openPayeeAccount(cipher, sealed)).toEqual({
      ...ACCOUNT,
      accountNumber: '6222020102003456789',
    });
  });

  it('seals a phone number or an e-mail address, with its masked form', () => {
    const phone = sealPhone(cipher, '138 0077 1234');
    expect(phone.masked).toBe('138****1234');
    expect(phone.cipher).not.toContain('0077');
    expect(cipher.decrypt(phone.cipher)).toBe('13800771234');
    const email = sealContact(cipher, ' wang@example.com ');
    expect(email.masked).toBe('w***@example.com');
    expect(cipher.decrypt(email.cipher)).toBe('wang@example.com');
  });

  it('refuses to seal what is not a number of its kind, without repeating it', () => {
    for (const seal of [
      () => sealPhone(cipher, '1380077'),
      () => sealContact(cipher, 'call 1380077'),
      () => sealPayeeAccount(cipher, { ...ACCOUNT, accountNumber: '6222AB0201' }),
    ]) {
      expect(seal).toThrow(PersonalDataError);
      expect(seal).toThrow(/^cannot seal: not a valid [a-z ]+$/);
    }
  });
});
