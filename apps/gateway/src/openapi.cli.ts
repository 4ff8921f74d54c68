import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { openApiConfig } from './bootstrap';
import { GatewayEnv } from './gateway.env';

/**
 * Writes the gateway's OpenAPI document without a database or Redis: Nest's preview mode builds
 * the module graph without instantiating providers. The admin UI generates its client from it.
 */
async function main(out: string): Promise<void> {
  const env = Object.assign(new GatewayEnv(), {
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    JWT_SECRET: 'openapi-generation-needs-no-real-secret',
  });
  const app = await NestFactory.create(AppModule.forRoot(env), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const document = SwaggerModule.createDocument(app, openApiConfig());
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

const out = process.argv[2];
if (!out) {
  console.error('usage: openapi.cli.ts <out.json>');
  process.exit(2);
}
main(out).catch((error) => {
  console.error(error);
  process.exit(1);
});
