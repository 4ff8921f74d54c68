/**
 * A failure to seal, open or key personal data (rule R30). Its message never contains the
 * personal data, the token or the key.
 */
export class PersonalDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataError';
  }
}
