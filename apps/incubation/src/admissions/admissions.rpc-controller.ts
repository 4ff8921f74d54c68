import type {
  AdmissionPage,
  AdmissionRankingView,
  AdmissionView,
  RpcEnvelope,
  RpcRequestOf,
  UnmaskedPhoneView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { AdmissionDecisionsService } from './admission-decisions.service';
import { AdmissionsQueries } from './admissions.queries';
import { AdmissionsService } from './admissions.service';
import { AdmissionContactUnmaskService } from './contact-unmask.service';

type ById = RpcEnvelope<{ id: string }>;

/**
 * RPC entry points of admission (R16 with R13/R14): applications, their assessment, a cohort's
 * ranking and decision, and the audited unmasking of an applicant's phone (R30); thin: the services
 * authorize and decide.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class AdmissionsRpcController {
  constructor(
    private readonly admissions: AdmissionsService,
    private readonly queries: AdmissionsQueries,
    private readonly decisions: AdmissionDecisionsService,
    private readonly contacts: AdmissionContactUnmaskService,
  ) {}

  @RpcHandler('incubation.cohorts.ranking')
  ranking({ data, actor }: ById): Promise<AdmissionRankingView> {
    return this.decisions.ranking(data?.id, actor);
  }

  @RpcHandler('incubation.cohorts.decide')
  decide({ data, actor }: ById): Promise<AdmissionRankingView> {
    return this.decisions.decide(data?.id, actor);
  }

  @RpcHandler('incubation.admissions.submit')
  submit({ data, actor }: RpcEnvelope<unknown>): Promise<AdmissionView> {
    return this.admissions.submit(data, actor);
  }

  @RpcHandler('incubation.admissions.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<AdmissionPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('incubation.admissions.get')
  get({ data, actor }: ById): Promise<AdmissionView> {
    return this.queries.get(data?.id, actor);
  }

  @RpcHandler('incubation.admissions.unmask-contact')
  unmaskContact({ data, actor }: ById): Promise<UnmaskedPhoneView> {
    return this.contacts.unmask(data?.id, actor);
  }

  @RpcHandler('incubation.admissions.assess')
  assess({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'incubation.admissions.assess'>>): Promise<AdmissionView> {
    return this.decisions.assess(data?.id, data?.assessment, actor);
  }
}
