import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super(
      `invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.reason}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment against an env class once, at boot. Each problem names the variable
 * and the rule it breaks; nothing else in the code reads `process.env`.
 */
export function loadEnv<T extends object>(
  cls: ClassConstructor<T>,
  env: Record<string, string | undefined> = process.env,
): T {
  const instance = plainToInstance(cls, { ...env }, { enableImplicitConversion: true });
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => ({
        variable: error.property,
        reason: Object.values(error.constraints ?? {}).join('; ') || 'invalid',
      })),
    );
  }
  return instance;
}

/** For `main.ts`: print the problems and stop the process with a non-zero code. */
export function loadEnvOrExit<T extends object>(cls: ClassConstructor<T>, app: string): T {
  try {
    return loadEnv(cls);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`[${app}] ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
