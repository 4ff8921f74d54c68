import { cacheValidationMetadataLookups } from '@civic/contracts';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { httpMetrics, Metrics } from '@civic/platform/observability';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { GatewayEnv } from './gateway.env';
import { useJsonBodies, useWorkbookBodies } from './http/body-parser';
import { ConstraintConflictFilter } from './http/constraint-conflict.filter';
import { LocalizedErrorsFilter } from './http/localized-errors.filter';
import { useSecurityHeaders } from './http/security-headers';
import { TextBoundaryPipe } from './http/text-boundary.pipe';
import { trustProxy } from './http/rate-limits';
import { createValidationPipe } from './http/validation.pipe';
import { DASHBOARD_PATH } from './queues/dashboard-ticket';
import { QueueDashboard } from './queues/queue-dashboard';

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Community social organizations platform API')
    .setDescription(
      '社区社会组织培育扶持平台：孵化基地、公益创投、彩票公益金、政府购买服务。' +
        ' Sign in at POST /api/v1/auth/login and send the access token as a bearer token.',
    )
    .setVersion('1')
    .addServer('/', 'This gateway (paths carry the /api prefix)')
    .addBearerAuth()
    .addCookieAuth('civic_refresh', {
      type: 'apiKey',
      in: 'cookie',
      description:
        'The refresh token (HttpOnly); with the civic_csrf cookie echoed in X-CSRF-Token',
    })
    .build();
}

/** Builds the gateway: REST under `/api/v1`, OpenAPI at `/api/docs`, health at `/api/health`. */
export async function createGateway(env: GatewayEnv): Promise<INestApplication> {
  // Every request's DTO is validated: look each class's rules up once, not on every request.
  cacheValidationMetadataLookups();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.use(httpMetrics(app.get(Metrics))); // issue #20: every request's latency, by route
  useSecurityHeaders(app);
  useJsonBodies(app);
  useWorkbookBodies(app); // issue #18: POST /v1/organizations/import takes an .xlsx
  app.set('trust proxy', trustProxy(env.TRUST_PROXY)); // the client address rate limits count by
  app.use(cookieParser()); // the refresh cookie (auth/session-cookies.ts); unsigned, read as is
  // issue #20: bull-board for administrators, behind its ticket cookie (queues/queue-dashboard.ts)
  app.use(DASHBOARD_PATH, app.get(QueueDashboard).handler());
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.setGlobalPrefix('api', { exclude: ['metrics'] }); // Prometheus scrapes /metrics
  app.useGlobalPipes(new TextBoundaryPipe(), createValidationPipe());
  app.useGlobalFilters(new LocalizedErrorsFilter(), new ConstraintConflictFilter());
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApiConfig()), {
    jsonDocumentUrl: 'api/docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  return app;
}
