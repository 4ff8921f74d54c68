export * from './processes';
export * from './services';
export * from './wait-for';
