import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');

/**
 * Starts tracing in a fresh process (test/loaded-modules.ts, which loads this library and all it
 * brings) with only the given OpenTelemetry variables, and reads back what it loaded:
 * `require.cache` of a real Node process, not Jest's.
 */
function startIn(otel: Record<string, string>) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')),
  );
  const child = spawnSync(
    process.execPath,
    [
      '-r',
      join(ROOT, 'tools/dev/register.cjs'),
      'libs/platform/observability/test/loaded-modules.ts',
    ],
    { cwd: ROOT, env: { ...env, ...otel }, encoding: 'utf8', timeout: 60_000 },
  );
  return {
    status: child.status,
    stderr: child.stderr,
    result: () =>
      JSON.parse(child.stdout) as { enabled: boolean; tracer: boolean; loaded: string[] },
  };
}

jest.setTimeout(120_000);

describe('startTracing (issue #20): nothing unless an OTLP endpoint is set', () => {
  it('without an endpoint, loads no SDK or exporter module (only the API) and sets no tracer', () => {
    // Other OpenTelemetry settings alone do not start anything.
    const run = startIn({
      OTEL_SERVICE_NAME: 'probe-service',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer x',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    });
    expect(run.status).toBe(0);
    expect(run.result()).toEqual({
      enabled: false,
      tracer: false,
      loaded: ['@opentelemetry/api'],
    });
  });

  it('with an endpoint, loads the SDK and the OTLP exporter and sets the tracer', () => {
    const run = startIn({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/' });
    expect(run.status).toBe(0);
    const { enabled, tracer, loaded } = run.result();
    expect({ enabled, tracer }).toEqual({ enabled: true, tracer: true });
    expect(loaded).toEqual(
      expect.arrayContaining([
        '@opentelemetry/sdk-trace-node',
        '@opentelemetry/exporter-trace-otlp-http',
        '@opentelemetry/context-async-hooks',
      ]),
    );
  });

  it('with a traces endpoint alone, starts as well', () => {
    const run = startIn({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9/v1/traces' });
    expect(run.result()).toMatchObject({ enabled: true, tracer: true });
  });

  it.each([
    ['OTEL_SDK_DISABLED=true', { OTEL_SDK_DISABLED: 'true' }],
    ['OTEL_TRACES_EXPORTER=none', { OTEL_TRACES_EXPORTER: 'none' }],
  ])('with an endpoint but %s, loads nothing', (_, off) => {
    const run = startIn({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', ...off });
    expect(run.result()).toEqual({ enabled: false, tracer: false, loaded: ['@opentelemetry/api'] });
  });

  it('refuses a protocol it does not speak at start (exit 78), naming the variable', () => {
    const run = startIn({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('OTEL_EXPORTER_OTLP_PROTOCOL');
  });

  it('refuses an endpoint that is not an http(s) address', () => {
    const run = startIn({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });
});
