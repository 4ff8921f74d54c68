export * from './spans';
export * from './start-tracing';
export * from './trace-context';
export * from './tracer';
export * from './tracing-env';
