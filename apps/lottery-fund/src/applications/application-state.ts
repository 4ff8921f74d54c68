import { lotteryDecision } from '@civic/domain/lottery';
import { ServiceError } from '@civic/platform/rpc';
import type { SubsidyApplication } from './entities/subsidy-application.entity';

/** Only a SUBMITTED application is assessed or decided; anything later answers 409. */
export function assertUndecided(application: SubsidyApplication): void {
  if (lotteryDecision.can(application.status as 'SUBMITTED', 'ASSESS')) return;
  throw new ServiceError(
    409,
    'APPLICATION_ALREADY_DECIDED',
    `application is ${application.status}; only a SUBMITTED one can be assessed or decided`,
    undefined,
    `该申请已处理（${application.status}），只有待审核的申请可以评估或审核`,
  );
}
