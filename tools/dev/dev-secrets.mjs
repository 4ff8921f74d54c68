// Secrets for `npm start` on a developer's machine: made once with crypto.randomBytes and kept in
// .data/dev-secrets.json (git-ignored, beside the embedded Postgres data), so that resident ID
// numbers encrypted under PII_KEY stay readable across restarts. Variables already set in the
// environment win. Production sets its own (see README, "Configuration").
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function devSecrets(root) {
  const file = path.join(root, '.data', 'dev-secrets.json');
  let secrets = {};
  if (existsSync(file)) secrets = JSON.parse(readFileSync(file, 'utf8'));
  const wanted = {
    JWT_SECRET: () => randomBytes(32).toString('base64url'),
    PII_KEY: () => randomBytes(32).toString('base64'),
    SECOND_FACTOR_KEY: () => randomBytes(32).toString('base64'),
  };
  let changed = false;
  for (const [name, make] of Object.entries(wanted)) {
    if (!secrets[name]) {
      secrets[name] = make();
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(
    Object.keys(wanted).map((name) => [name, process.env[name] || secrets[name]]),
  );
}
