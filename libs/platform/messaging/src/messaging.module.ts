import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
  type Type,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type InboxBinding, MessagingRuntime, type MessagingSettings } from './messaging-runtime';
import { OutboxWriter } from './outbox-writer';

export const MESSAGING_SETTINGS = Symbol('MESSAGING_SETTINGS');
export const INBOX_BINDING = Symbol('INBOX_BINDING');

/** A provider that gives the handlers of the queue this service consumes. */
export interface InboxBindingProvider {
  binding(): InboxBinding;
}

@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runtime: MessagingRuntime;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(MESSAGING_SETTINGS) settings: MessagingSettings,
    @Optional() @Inject(INBOX_BINDING) private readonly inbox?: InboxBindingProvider,
  ) {
    this.runtime = new MessagingRuntime(dataSource, settings, new Logger('Messaging'));
  }

  onApplicationBootstrap(): void {
    this.runtime.start(this.inbox?.binding());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}

@Module({})
export class MessagingModule {
  static forService(
    settings: MessagingSettings,
    inbox?: { provider: Type<InboxBindingProvider>; imports?: DynamicModule['imports'] },
  ): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: inbox?.imports ?? [],
      providers: [
        { provide: MESSAGING_SETTINGS, useValue: settings },
        OutboxWriter,
        MessagingLifecycle,
        ...(inbox ? [inbox.provider, { provide: INBOX_BINDING, useExisting: inbox.provider }] : []),
      ],
      exports: [OutboxWriter],
    };
  }
}
