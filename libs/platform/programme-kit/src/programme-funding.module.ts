import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { FundingPort } from './funding';
import { ProgrammeFunding } from './programme-funding';

/**
 * The programme kit's module: a programme gives its FundingPort and gets ProgrammeFunding, the
 * one implementation of its side of the conversation with finance. OutboxWriter comes from the
 * (global) messaging module.
 */
@Module({})
export class ProgrammeFundingModule {
  /** `imports`: the modules giving what the port itself needs that no global module gives. */
  static forPort(port: Type<FundingPort>, imports: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: ProgrammeFundingModule,
      imports,
      providers: [port, { provide: FundingPort, useExisting: port }, ProgrammeFunding],
      exports: [FundingPort, ProgrammeFunding, port],
    };
  }
}
