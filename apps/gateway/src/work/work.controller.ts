import { ErrorView, MyWorkView, type RpcActor, type ServiceWorkView } from '@civic/contracts';
import { RpcClient } from '@civic/platform/rpc';
import { Controller, Get, Logger } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { workServicesFor } from './work-services';

/** What waits for the signed-in user, gathered from the services (issue #18). */
@ApiTags('me')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused' })
@ApiBearerAuth()
@Controller('v1/me')
export class WorkController {
  private readonly logger = new Logger(WorkController.name);

  constructor(private readonly rpc: RpcClient) {}

  @Get('work')
  @AnyRole()
  @ApiOperation({
    summary: 'The work waiting for me: counts, deadlines and links, by service',
    description:
      'Asks the services the user’s roles concern, in parallel, each within the RPC timeout; a ' +
      'service that does not answer is listed with `unavailable: true` and no items, and the ' +
      'others still answer.',
  })
  @ApiOkResponse({ type: MyWorkView })
  async work(@CurrentActor() actor: RpcActor): Promise<MyWorkView> {
    const services = await Promise.all(
      workServicesFor(actor.roles).map((service) => this.ask(service, actor)),
    );
    return { services };
  }

  private async ask(
    service: ServiceWorkView['service'],
    actor: RpcActor,
  ): Promise<ServiceWorkView> {
    try {
      const items = await this.rpc.call(`${service}.work-queue`, {}, actor);
      return { service, unavailable: false, items };
    } catch (error) {
      this.logger.warn(`work queue of ${service}: ${(error as Error).message}`);
      return { service, unavailable: true, items: [] };
    }
  }
}
