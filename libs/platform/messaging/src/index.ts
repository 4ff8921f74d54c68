export * from './bull-connection';
export * from './entities/inbox-message.entity';
export * from './entities/outbox-message.entity';
export * from './group-commit';
export * from './inbox-batcher';
export * from './inbox-worker';
export * from './job-data';
export * from './message-handlers';
export * from './messaging-runtime';
export * from './messaging.module';
export * from './outbox-confirmer';
export * from './outbox-relay';
export * from './outbox-writer';
export * from './redis-keys';
export * from './relay-epoch';

import { InboxMessage } from './entities/inbox-message.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
/** Entities every service with messaging adds to its own schema. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage];
export * from './messaging-settings';
