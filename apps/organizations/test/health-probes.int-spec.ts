import { startServiceUnderTest, type ServiceUnderTest } from '@civic/testing';

jest.setTimeout(60_000);

/**
 * The probes an orchestrator gives each service (issue #20, deploy/k8s): readiness is `GET /health`
 * (its Postgres and Redis), liveness `GET /health/live` (the process answers, nothing else). Every
 * service serves both from the shared HealthModule; organizations stands for them here.
 */
describe('a service’s health probes on its own HTTP port', () => {
  let organizations: ServiceUnderTest;

  beforeAll(async () => {
    organizations = await startServiceUnderTest('organizations');
  });

  afterAll(async () => {
    await organizations?.stop();
  });

  const get = async (path: string) => {
    const response = await fetch(`${organizations.httpUrl}${path}`);
    return { status: response.status, body: (await response.json()) as { details?: object } };
  };

  it('is ready when its Postgres and Redis answer', async () => {
    const ready = await get('/health');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('is alive without asking anything else', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('answers 404 for a path it does not serve, so a mistyped probe fails', async () => {
    expect((await get('/health/alive')).status).toBe(404);
  });
});
