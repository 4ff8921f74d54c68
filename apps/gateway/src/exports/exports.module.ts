import { type DynamicModule, Global, Module } from '@nestjs/common';
import { EXPORT_PAGE_SIZE, ListExporter } from './list-exporter';

/** The list exporter every controller's export route uses (issue #18), with its page size. */
@Global()
@Module({})
export class ExportsModule {
  static forRoot(pageSize: number): DynamicModule {
    return {
      module: ExportsModule,
      providers: [{ provide: EXPORT_PAGE_SIZE, useValue: pageSize }, ListExporter],
      exports: [ListExporter],
    };
  }
}
