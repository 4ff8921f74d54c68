import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { openApiConfig } from './bootstrap';
import { GatewayEnv } from './gateway.env';

/**
 * The gateway's module graph without a database or Redis: Nest's preview mode builds it without
 * instantiating providers. Enough to describe the routes (OpenAPI, the route-access spec).
 */
export async function previewGateway(): Promise<INestApplication> {
  const env = Object.assign(new GatewayEnv(), {
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    JWT_SECRET: 'preview-mode-needs-no-real-secret-at-all',
    SECOND_FACTOR_KEY: Buffer.alloc(32).toString('base64'), // preview: never used
    PII_KEY: Buffer.alloc(32).toString('base64'), // preview: never used
  });
  const app = await NestFactory.create(AppModule.forRoot(env), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  return app;
}

/** The gateway's OpenAPI document, from the preview graph. */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await previewGateway();
  try {
    return SwaggerModule.createDocument(app, openApiConfig());
  } finally {
    await app.close();
  }
}
