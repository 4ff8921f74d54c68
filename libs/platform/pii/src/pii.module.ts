import { type DynamicModule, Module } from '@nestjs/common';
import { PersonalDataCipher } from './personal-data-cipher';

export interface PiiModuleOptions {
  /** The master key, base64 of 32 bytes (PII_KEY). */
  key: string;
  /** The id written into every token (PII_KEY_ID), e.g. 'k1'. */
  keyId: string;
}

/**
 * Provides the service's `PersonalDataCipher` (rule R30) everywhere. The key is checked when the
 * module is built, so a bad key stops the service at boot.
 */
@Module({})
export class PiiModule {
  static forRoot(options: PiiModuleOptions): DynamicModule {
    const cipher = new PersonalDataCipher(options.key, options.keyId);
    return {
      module: PiiModule,
      global: true,
      providers: [{ provide: PersonalDataCipher, useValue: cipher }],
      exports: [PersonalDataCipher],
    };
  }
}
