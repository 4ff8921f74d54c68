import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { createGateway } from './bootstrap';
import { GatewayEnv } from './gateway.env';

async function main(): Promise<void> {
  const env = loadEnvOrExit(GatewayEnv, 'gateway');
  const app = await createGateway(env);
  await app.listen(env.HTTP_PORT, '0.0.0.0');
}

void main();
