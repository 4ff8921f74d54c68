import {
  ContractPage,
  ContractsQuery,
  ContractView,
  ErrorView,
  EvaluateContractDto,
  PublicContractPage,
  type RpcActor,
  SignContractDto,
  SubmitContractReportDto,
  UnmaskedAccountView,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { RateLimited } from '../http/rate-limits';
import {
  CONTRACTS_EXPORT,
  ContractsExportQuery,
  MY_CONTRACTS_EXPORT,
  PUBLIC_CONTRACTS_EXPORT,
} from './contracts.export-columns';

const BUYERS = rolesWith(Permission.PROCUREMENT_PURCHASE_MANAGE);
const UNDERTAKERS = rolesWith(Permission.PROCUREMENT_APPLY);
const READERS = [...new Set([...BUYERS, ...UNDERTAKERS])];

/** The public, without logging in (domain.md "Actors": public). */
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/**
 * Government purchase of services: contracts and their performance (R25; Order 102 art. 23–24),
 * their years committed and instalments paid through finance (R27, R28).
 */
@ApiTags('procurement')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class ProcurementContractsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('procurement/projects/:id/contract')
  @Idempotent()
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Sign an awarded project's contract once its objection window has passed (database clock) and no objection is open (409 otherwise): the term checked against Order 102 art. 24 (422), the instalment schedule over the awarded price, the indicators, the payee account; the first contract year is committed at finance (R25, R27)",
  })
  @ApiCreatedResponse({ type: ContractView })
  sign(
    @Param('id', uuidParam()) projectId: string,
    @Body() body: SignContractDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ContractView> {
    return this.rpc.call('procurement.contracts.sign', { projectId, body }, actor);
  }

  @Get('procurement/contracts')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Contracts, a page at a time, newest first' })
  @ApiOkResponse({ type: ContractPage })
  list(@Query() query: ContractsQuery, @CurrentActor() actor: RpcActor): Promise<ContractPage> {
    return this.rpc.call('procurement.contracts.list', query, actor);
  }

  @Get('procurement/contracts/export.xlsx')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiExport(
    'Export the contracts as Excel: price and paid in yuan, term, status, latest score (R25)',
  )
  exportList(
    @Query() query: ContractsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(CONTRACTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.contracts.list', page, actor),
    );
  }

  @Get('procurement/contracts/mine')
  @Roles(...UNDERTAKERS)
  @ApiBearerAuth()
  @ApiOperation({ summary: "The applicant's own organization's contracts, a page at a time" })
  @ApiOkResponse({ type: ContractPage })
  mine(@Query() query: ContractsQuery, @CurrentActor() actor: RpcActor): Promise<ContractPage> {
    return this.rpc.call('procurement.contracts.mine', query, actor);
  }

  @Get('procurement/contracts/mine/export.xlsx')
  @Roles(...UNDERTAKERS)
  @ApiBearerAuth()
  @ApiExport("Export the applicant's own organization's contracts as Excel (R25)")
  exportMine(
    @Query() query: ContractsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(MY_CONTRACTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.contracts.mine', page, actor),
    );
  }

  @Get('procurement/contracts/:id')
  @Roles(...READERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "A contract with its years, instalments, evaluations and the undertaker's reports: officers any, an undertaker's applicant its own (404 otherwise); the account number masked (R30)",
  })
  @ApiOkResponse({ type: ContractView })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ContractView> {
    return this.rpc.call('procurement.contracts.get', { id }, actor);
  }

  @Post('procurement/contracts/:id/account/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Show a contract's payee account number in full (R30): officers and the finance staff who pay it only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedAccountView })
  unmaskAccount(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedAccountView> {
    return this.rpc.call('procurement.contracts.unmask-account', { id }, actor);
  }

  @Post('procurement/contracts/:id/renew')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Renew the next contract year against that year’s budget (422 without it) and commit it at finance (R25, R27; Order 102 art. 24)',
  })
  @ApiOkResponse({ type: ContractView })
  renew(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ContractView> {
    return this.rpc.call('procurement.contracts.renew', { id }, actor);
  }

  @Post('procurement/contracts/:id/evaluations')
  @Idempotent()
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Record a monitoring check or the year’s final evaluation (scores per indicator): monitoring releases or holds the monitoring instalment; the final evaluation pays, reduces or holds the final instalment, the unpaid rest released at finance; the result goes onto the directory entry (R25, R27)',
  })
  @ApiCreatedResponse({ type: ContractView })
  evaluate(
    @Param('id', uuidParam()) id: string,
    @Body() body: EvaluateContractDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ContractView> {
    return this.rpc.call('procurement.contracts.evaluate', { id, body }, actor);
  }

  @Post('procurement/contracts/:id/reports')
  @Idempotent()
  @Roles(...UNDERTAKERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Submit a performance report on a contract year as its undertaker's applicant (404 for another's contract): progress or the year's one final report (409 for a second), only while the year is in performance (409 after its final evaluation), its period within the year and its figures naming the contract's indicators (422); not published (R25, R30)",
  })
  @ApiCreatedResponse({ type: ContractView })
  report(
    @Param('id', uuidParam()) id: string,
    @Body() body: SubmitContractReportDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ContractView> {
    return this.rpc.call('procurement.contracts.report', { id, body }, actor);
  }

  @Get('public/procurement/contracts')
  @Public()
  @ApiOperation({
    summary:
      'Published purchase contracts (Order 102 art. 23) with their schedules and evaluation results, no login, no account or personal data',
  })
  @ApiOkResponse({ type: PublicContractPage })
  published(@Query() query: ContractsQuery): Promise<PublicContractPage> {
    return this.rpc.call('procurement.contracts.public', query, PUBLIC);
  }

  @Get('public/procurement/contracts/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport('Export the published contracts as Excel, no login (R25); rate-limited per address')
  exportPublished(@Query() query: ContractsExportQuery): Promise<StreamableFile> {
    return this.exports.stream(PUBLIC_CONTRACTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.contracts.public', page, PUBLIC),
    );
  }
}
