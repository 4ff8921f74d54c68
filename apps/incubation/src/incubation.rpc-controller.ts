import type {
  AdmissionPage,
  AdmissionRankingView,
  AdmissionView,
  BasePage,
  BaseView,
  CohortPage,
  CohortView,
  RpcEnvelope,
  RpcRequestOf,
  VenueView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { AdmissionDecisionsService } from './admissions/admission-decisions.service';
import { AdmissionQueries } from './admissions/admission-queries';
import { AdmissionsService } from './admissions/admissions.service';
import { BasesService } from './bases/bases.service';
import { CohortsService } from './cohorts/cohorts.service';

type ById = RpcEnvelope<{ id: string }>;

/** RPC entry points of incubation; thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class IncubationRpcController {
  constructor(
    private readonly bases: BasesService,
    private readonly cohorts: CohortsService,
    private readonly admissions: AdmissionsService,
    private readonly queries: AdmissionQueries,
    private readonly decisions: AdmissionDecisionsService,
  ) {}

  @RpcHandler('incubation.bases.create')
  createBase({ data, actor }: RpcEnvelope<unknown>): Promise<BaseView> {
    return this.bases.create(data, actor);
  }

  @RpcHandler('incubation.bases.list')
  listBases({ data, actor }: RpcEnvelope<unknown>): Promise<BasePage> {
    return this.bases.list(data, actor);
  }

  @RpcHandler('incubation.venues.create')
  createVenue({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'incubation.venues.create'>>): Promise<VenueView> {
    return this.bases.addVenue(data?.baseId, data?.venue, actor);
  }

  @RpcHandler('incubation.cohorts.create')
  createCohort({ data, actor }: RpcEnvelope<unknown>): Promise<CohortView> {
    return this.cohorts.create(data, actor);
  }

  @RpcHandler('incubation.cohorts.list')
  listCohorts({ data, actor }: RpcEnvelope<unknown>): Promise<CohortPage> {
    return this.cohorts.list(data, actor);
  }

  @RpcHandler('incubation.cohorts.get')
  getCohort({ data, actor }: ById): Promise<CohortView> {
    return this.cohorts.get(data?.id, actor);
  }

  @RpcHandler('incubation.cohorts.close')
  closeCohort({ data, actor }: ById): Promise<CohortView> {
    return this.cohorts.close(data?.id, actor);
  }

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

  @RpcHandler('incubation.admissions.assess')
  assess({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'incubation.admissions.assess'>>): Promise<AdmissionView> {
    return this.decisions.assess(data?.id, data?.assessment, actor);
  }
}
