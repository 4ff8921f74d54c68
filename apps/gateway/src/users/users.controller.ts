import {
  CreateUserDto,
  ListUsersQuery,
  type Page,
  type RpcActor,
  UpdateUserDto,
  UserPageView,
  UserView,
  ErrorView,
  ResetSecondFactorDto,
  SecondFactorResetView,
} from '@civic/contracts';
import { Role } from '@civic/domain/access';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiResponse,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { SecondFactorResets } from './second-factor-resets';
import { UsersService } from './users.service';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { USERS_EXPORT, UsersExportQuery } from './users.export-columns';

/** Users and roles, for administrators. */
@ApiTags('users')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly resets: SecondFactorResets,
    private readonly exports: ListExporter,
  ) {}

  @Post()
  @Idempotent()
  @Roles(Role.ADMINISTRATOR)
  @ApiOperation({ summary: 'Create a user with roles and their bindings' })
  @ApiCreatedResponse({ type: UserView })
  create(@Body() body: CreateUserDto, @CurrentActor() actor: RpcActor): Promise<UserView> {
    return this.users.create(body, actor);
  }

  @Get()
  @Roles(Role.ADMINISTRATOR)
  @ApiOperation({ summary: 'List users, by role or name' })
  @ApiOkResponse({ type: UserPageView })
  list(@Query() query: ListUsersQuery): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get('export.xlsx')
  @Roles(Role.ADMINISTRATOR)
  @ApiExport('Export the user accounts (by role or name) as Excel')
  exportList(@Query() query: UsersExportQuery): Promise<StreamableFile> {
    return this.exports.stream(USERS_EXPORT, query, (page) => this.users.list(page));
  }

  @Get(':id')
  @Roles(Role.ADMINISTRATOR)
  @ApiOperation({ summary: 'One user account, with its roles and organization' })
  @ApiOkResponse({ type: UserView })
  get(@Param('id', uuidParam()) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Patch(':id')
  @Roles(Role.ADMINISTRATOR)
  @ApiOperation({
    summary: 'Change roles, bindings, password; disable or unlock. Open sessions end.',
  })
  @ApiOkResponse({ type: UserView })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<UserView> {
    return this.users.update(id, body, actor);
  }

  @Post(':id/second-factor/reset')
  @Roles(Role.ADMINISTRATOR)
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Reset another user's lost second factor (issue #15): they enrol again; sessions end; audited",
  })
  @ApiOkResponse({ type: SecondFactorResetView })
  resetSecondFactor(
    @Param('id', uuidParam()) id: string,
    @Body() body: ResetSecondFactorDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<SecondFactorResetView> {
    return this.resets.reset(id, body.reason, actor);
  }
}
