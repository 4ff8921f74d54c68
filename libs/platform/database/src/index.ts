export * from './data-source-options';
export * from './database.module';
export * from './migrate-schema';
export * from './snake-naming.strategy';
export * from './bigint-fen.transformer';
export * from './db-cli';
export * from './migration-file';
export * from './scratch-database';
