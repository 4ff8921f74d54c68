import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4); salt and parameters live in the hash. */
@Injectable()
export class PasswordHasher {
  /** Compared against when the user does not exist, so that both answers take as long. */
  private readonly decoy = argon2.hash('decoy password, never matches');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
