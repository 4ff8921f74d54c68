import { Matches } from 'class-validator';

/** What `audit:verify` reads from its environment. */
export class AuditVerifyEnv {
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user[:password]@host:port/database',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/civic';
}
