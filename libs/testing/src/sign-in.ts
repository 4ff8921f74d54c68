import { http } from './platform-under-test';
import {
  hasSecondFactor,
  nextSecondFactor,
  rememberSecondFactor,
  totpCodeAt,
  totpStep,
} from './second-factor-kit';

/**
 * Signs in through the real flow and returns the login's body (access token, user): with the
 * second factor where the kit enrolled the user, and enrolling it first where the gateway gives
 * an enrolment-only session (finance makers, checkers, administrators at their first sign-in).
 */
export async function signInAs(api: string, username: string, password: string) {
  const attempt = async () => {
    const proof = hasSecondFactor(api, username) ? await nextSecondFactor(api, username) : {};
    return http('POST', `${api}/v1/auth/login`, { username, password, ...proof });
  };
  let res = await attempt();
  // Someone else (a browser in the test, the demo seed) used that step's code: take the next.
  if (res.body?.code === 'SECOND_FACTOR_INVALID') res = await attempt();
  if (res.status !== 200) {
    throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.enrolmentRequired ? enrol(api, username, res.body.accessToken) : res.body;
}

/** Sets up the second factor with an enrolment-only token: the body of the confirmation. */
export async function enrol(api: string, username: string, token: string) {
  const started = await http('POST', `${api}/v1/auth/second-factor/enrolment`, {}, { token });
  if (started.status !== 201) {
    throw new Error(`enrol ${username}: ${started.status} ${JSON.stringify(started.body)}`);
  }
  const step = totpStep();
  const code = await totpCodeAt(started.body.secret, step);
  const confirmed = await http(
    'POST',
    `${api}/v1/auth/second-factor/enrolment/confirm`,
    { code },
    { token },
  );
  if (confirmed.status !== 200) {
    throw new Error(`enrol ${username}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  }
  rememberSecondFactor(api, username, started.body.secret, step, confirmed.body.recoveryCodes);
  return confirmed.body;
}
