export * from './http-metrics';
export * from './metrics';
export * from './metrics.controller';
export * from './metrics.module';
export * from './platform-metrics';
