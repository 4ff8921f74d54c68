export * from './redis-transport';
export * from './rpc-client';
export * from './rpc-error.filter';
export * from './rpc-handler.decorator';
export * from './service-error';
export * from './authorize';
