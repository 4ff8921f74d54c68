import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { startTracing } from '@civic/platform/tracing';
import { createGateway } from './bootstrap';
import { GatewayEnv } from './gateway.env';

async function main(): Promise<void> {
  const env = loadEnvOrExit(GatewayEnv, 'gateway');
  // Before the app exists (issue #20): nothing is loaded unless an OTLP endpoint is set.
  await startTracing('gateway');
  const app = await createGateway(env);
  await app.listen(env.HTTP_PORT, '0.0.0.0');
}

void main();
