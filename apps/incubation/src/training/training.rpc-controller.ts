import type {
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  TrainingPage,
  TrainingView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { TrainingService } from './training.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points of capacity building (R11); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class TrainingRpcController {
  constructor(private readonly training: TrainingService) {}

  @RpcHandler('incubation.trainings.create')
  createTraining({ data, actor }: Req<'incubation.trainings.create'>): Promise<TrainingView> {
    return this.training.create(data?.cohortId, data?.training, actor);
  }

  @RpcHandler('incubation.trainings.list')
  listTrainings({ data, actor }: Req<'incubation.trainings.list'>): Promise<TrainingPage> {
    const { cohortId, ...query } = data ?? ({} as Req<'incubation.trainings.list'>['data']);
    return this.training.list(cohortId, query, actor);
  }

  @RpcHandler('incubation.trainings.attend')
  attend({ data, actor }: Req<'incubation.trainings.attend'>): Promise<TrainingView> {
    return this.training.attend(data?.id, data?.attendance, actor);
  }
}
