// How the demo seeding signs in since issue #15: finance users and administrators have a second
// factor (TOTP). At the first sign-in of such a demo user the seed sets it up, as a person would
// with an authenticator app, and keeps the secret and recovery codes in
// .data/demo-second-factor.json (git-ignored, beside dev-secrets.json; DEMO_SECOND_FACTOR_FILE
// elsewhere) so later runs sign in with a code, and `npm start` prints the key for people trying
// the demo. One sign-in per user and run: the access token is reused.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'otplib';

export const DEMO_PASSWORD = 'Demo#2026civic';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tokens = new Map();

export function demoSecondFactorFile() {
  return process.env.DEMO_SECOND_FACTOR_FILE || path.join(ROOT, '.data', 'demo-second-factor.json');
}

export function readDemoSecondFactors() {
  const file = demoSecondFactorFile();
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The access token of a demo user, signing in (and enrolling the second factor) once per run. */
export function demoToken(call, apiBase, username) {
  const key = `${apiBase}|${username}`;
  if (!tokens.has(key)) tokens.set(key, signIn(call, apiBase, username));
  return tokens.get(key);
}

async function signIn(call, apiBase, username) {
  const known = readDemoSecondFactors()[username];
  const login = async (epoch) =>
    call('POST', `${apiBase}/auth/login`, {
      username,
      password: DEMO_PASSWORD,
      ...(known ? { totp: await generate({ secret: known.secret, epoch }) } : {}),
    });
  const now = Math.floor(Date.now() / 1000);
  // A run a moment ago may have used this 30-second step's code: the next step's is accepted too.
  const view = await login(now).catch(() => login(now + 30));
  return view.enrolmentRequired
    ? enrol(call, apiBase, username, view.accessToken)
    : view.accessToken;
}

async function enrol(call, apiBase, username, token) {
  const started = await call('POST', `${apiBase}/auth/second-factor/enrolment`, {}, token);
  const code = await generate({ secret: started.secret });
  const confirmed = await call(
    'POST',
    `${apiBase}/auth/second-factor/enrolment/confirm`,
    { code },
    token,
  );
  const all = readDemoSecondFactors();
  all[username] = {
    secret: started.secret,
    otpauthUri: started.otpauthUri,
    recoveryCodes: confirmed.recoveryCodes,
  };
  const file = demoSecondFactorFile();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(all, null, 2), { mode: 0o600 });
  return confirmed.accessToken;
}
