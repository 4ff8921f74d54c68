export * from './processes';
export * from './services';
export * from './test-env';
export * from './wait-for';
export * from './platform-under-test';
export * from './organization-fixtures';
export * from './programme-requests';
export * from './finance-under-test';
