// Run in a child process by src/tracing/start-tracing.spec.ts: loads the platform's plumbing as a
// service does (this library, and through it the RPC, messaging and database ones), starts tracing
// with the environment it was given, and prints which OpenTelemetry packages the process then holds.
import 'reflect-metadata';
import { activeTracer, startTracing } from '@civic/platform/tracing';
import '../src';

async function main(): Promise<void> {
  const tracing = await startTracing('probe');
  const loaded = new Set<string>();
  for (const path of Object.keys(require.cache)) {
    const found = /node_modules\/(@opentelemetry\/[^/]+)\//.exec(path);
    if (found) loaded.add(found[1]);
  }
  process.stdout.write(
    JSON.stringify({
      enabled: tracing.enabled,
      tracer: activeTracer() !== undefined,
      loaded: [...loaded].sort(),
    }),
  );
  await tracing.shutdown();
}

void main();
