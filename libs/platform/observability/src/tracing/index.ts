export * from './http-tracing';
export * from './rpc-tracing.interceptor';
export * from './tracing-shutdown';
