import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import { GraduationService } from './graduation/graduation.service';

/**
 * The organizations inbox: what incubation tells the registry, an admission to a cohort (the
 * base's scope, R16) and a graduation (R13, R16), each recorded by GraduationService.
 */
@Injectable()
export class OrganizationsInbox implements InboxBindingProvider {
  constructor(private readonly graduation: GraduationService) {}

  binding(): InboxBinding<'organizations.inbox'> {
    return {
      queue: 'organizations.inbox',
      handlers: {
        'incubation.organization-admitted.v1': (payload, { manager }) =>
          this.graduation.admitted(manager, payload),
        'incubation.organization-graduated.v1': (payload, { manager }) =>
          this.graduation.graduated(manager, payload),
      },
    };
  }
}
