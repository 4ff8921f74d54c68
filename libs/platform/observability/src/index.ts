export * from './health.controller';
export * from './health.module';
export * from './logging.module';
export * from './redis.health';
export * from './start-service';
export * from './service-health';
export * from './service-imports';
export * from './metrics';
