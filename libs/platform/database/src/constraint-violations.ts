/**
 * What a database constraint means to the person whose request broke it. Services declare their
 * constraints once (`declareConstraints`), by the name the migration gives them; a request that
 * races another past the service's own checks and hits one is then answered like the check would
 * have answered it (409 for a duplicate, 422 for a missing reference), naming the field and the
 * rule, never with 500.
 */
export interface ConstraintMeaning {
  /** The domain rule the constraint keeps (R29), or a plain code when none applies. */
  rule: string;
  /** The code the service's own check answers with, so a race is answered the same way. */
  code?: string;
  field: string;
  message: string;
  messageZh: string;
}

export interface ConstraintRefusal {
  status: 409 | 422;
  code: string;
  message: string;
  messageZh: string;
  violations: { field: string; rule: string; message: string; messageZh: string }[];
}

const MEANINGS = new Map<string, ConstraintMeaning>();

/** Declares what the named constraints mean; a later declaration of a name replaces the earlier. */
export function declareConstraints(meanings: Record<string, ConstraintMeaning>): void {
  for (const [name, meaning] of Object.entries(meanings)) MEANINGS.set(name, meaning);
}

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The refusal for an error Postgres raised on a unique or foreign-key constraint (SQLSTATE 23505,
 * 23503), or null for any other error. Declared constraints answer with their rule; others with a
 * generic DUPLICATE (409) or REFERENCE_MISSING (422) naming the constraint's columns.
 */
export function constraintRefusal(error: unknown): ConstraintRefusal | null {
  const driver = driverErrorOf(error);
  if (!driver || (driver.code !== UNIQUE_VIOLATION && driver.code !== FOREIGN_KEY_VIOLATION)) {
    return null;
  }
  const unique = driver.code === UNIQUE_VIOLATION;
  const meaning = (driver.constraint && MEANINGS.get(driver.constraint)) || generic(driver, unique);
  const cited = /^R\d+$/.test(meaning.rule);
  const code = meaning.code
    ? meaning.code
    : cited
      ? `RULE_${meaning.rule}_${unique ? 'DUPLICATE' : 'REFERENCE_MISSING'}`
      : unique
        ? 'DUPLICATE'
        : 'REFERENCE_MISSING';
  return {
    status: unique ? 409 : 422,
    code,
    message: cited ? `rule ${meaning.rule}: ${meaning.message}` : meaning.message,
    messageZh: meaning.messageZh,
    violations: [
      {
        field: meaning.field,
        rule: meaning.rule,
        message: meaning.message,
        messageZh: meaning.messageZh,
      },
    ],
  };
}

interface DriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

function driverErrorOf(error: unknown): DriverError | null {
  if (!error || typeof error !== 'object') return null;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  if (!candidate || typeof candidate !== 'object') return null;
  const { code } = candidate as DriverError;
  return typeof code === 'string' ? (candidate as DriverError) : null;
}

/** `Key (cohort_id, organization_id)=(…) already exists.` → "cohort_id, organization_id". */
function generic(driver: DriverError, unique: boolean): ConstraintMeaning {
  const columns = /^Key \(([^)]*)\)/.exec(driver.detail ?? '')?.[1] ?? driver.constraint ?? '';
  const field = columns
    .split(',')[0]
    ?.trim()
    .replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  return unique
    ? {
        rule: 'DUPLICATE',
        field: field || 'id',
        message: `a record with the same ${columns || 'key'} exists already`,
        messageZh: '已存在相同的记录，请勿重复提交',
      }
    : {
        rule: 'REFERENCE_MISSING',
        field: field || 'id',
        message: `the ${columns || 'record'} it refers to does not exist`,
        messageZh: '所引用的记录不存在',
      };
}
