import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { startService } from '@civic/platform/observability';
import { AppModule } from './app.module';
import { VentureEnv } from './venture.env';

async function main(): Promise<void> {
  const env = loadEnvOrExit(VentureEnv, 'venture');
  await startService(AppModule.forRoot(env), {
    name: 'venture',
    httpPort: env.HTTP_PORT,
    host: env.HTTP_HOST,
    redisUrl: env.REDIS_URL,
    prefix: env.CIVIC_PREFIX,
  });
}

void main();
