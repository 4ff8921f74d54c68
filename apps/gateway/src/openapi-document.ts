import { NestFactory } from '@nestjs/core';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { openApiConfig } from './bootstrap';
import { GatewayEnv } from './gateway.env';

/**
 * The gateway's OpenAPI document, built without a database or Redis: Nest's preview mode builds
 * the module graph without instantiating providers.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const env = Object.assign(new GatewayEnv(), {
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    JWT_SECRET: 'openapi-generation-needs-no-real-secret',
  });
  const app = await NestFactory.create(AppModule.forRoot(env), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  try {
    return SwaggerModule.createDocument(app, openApiConfig());
  } finally {
    await app.close();
  }
}
