import {
  AppropriateBudgetDto,
  ErrorView,
  FundPositionView,
  FundsQuery,
  ReconciliationView,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';

/** Funds and their budgets per fiscal year (R26, R27). */
@ApiTags('finance')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/finance')
export class FinanceController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('funds')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({ summary: 'Each fund for a year: appropriated, available, committed, paid' })
  @ApiOkResponse({ type: [FundPositionView] })
  funds(@Query() query: FundsQuery, @CurrentActor() actor: RpcActor): Promise<FundPositionView[]> {
    return this.rpc.call('finance.funds', query, actor);
  }

  @Post('budgets')
  @Idempotent()
  @Roles(...rolesWith(Permission.BUDGET_APPROPRIATE))
  @ApiOperation({ summary: "Add to a fund's budget for a year (a balanced posting); audited" })
  @ApiCreatedResponse({ type: FundPositionView })
  appropriate(
    @Body() body: AppropriateBudgetDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<FundPositionView> {
    return this.rpc.call('finance.appropriate', body, actor);
  }

  @Get('reconciliation')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({
    summary: 'The ledger against its balances and the commitments: every difference (R28)',
  })
  @ApiOkResponse({ type: ReconciliationView })
  reconciliation(@CurrentActor() actor: RpcActor): Promise<ReconciliationView> {
    return this.rpc.call('finance.reconciliation', {}, actor);
  }
}
