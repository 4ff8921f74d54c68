import { randomBytes } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PersonalDataCipher } from './personal-data-cipher';
import { PiiModule } from './pii.module';

@Injectable()
class NeedsCipher {
  constructor(readonly cipher: PersonalDataCipher) {}
}

@Module({ providers: [NeedsCipher] })
class FeatureModule {}

describe('PiiModule (R30)', () => {
  it('provides one PersonalDataCipher to every module, keyed as configured', async () => {
    const key = randomBytes(32).toString('base64');
    const app = await Test.createTestingModule({
      imports: [PiiModule.forRoot({ key, keyId: 'k7' }), FeatureModule],
    }).compile();
    const { cipher } = app.get(NeedsCipher);
    expect(cipher).toBe(app.get(PersonalDataCipher));
    expect(cipher.encrypt('x')).toMatch(/^v1\.k7\./);
    expect(new PersonalDataCipher(key, 'k7').decrypt(cipher.encrypt('x'))).toBe('x');
    await app.close();
  });

  it('fails when it is configured, not when the cipher is first used, on a bad key', () => {
    expect(() => PiiModule.forRoot({ key: 'short', keyId: 'k1' })).toThrow(/PII_KEY/);
  });
});
