import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type ServiceDatabase } from './data-source-options';
import { migrateSchema } from './migrate-schema';

export interface DatabaseModuleOptions {
  database: ServiceDatabase;
  url: string;
  poolSize?: number;
  /** Run pending migrations at start (the default); `npm run migrate` runs them without starting. */
  migrate?: boolean;
}

/** The service's TypeORM data source on its own schema; migrations run before anything else. */
@Module({})
export class DatabaseModule {
  static forService(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(options.database, options.url, options),
          dataSourceFactory: async (opts) => {
            const dataSource = await new DataSource(opts!).initialize();
            if (options.migrate !== false) await migrateSchema(dataSource);
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
