import {
  ErrorView,
  languageOf,
  ORGANIZATION_IMPORT_LIMITS,
  OrganizationImportView,
  type RpcActor,
  XLSX_CONTENT_TYPE,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Post,
  Req,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ImportFileError } from './import/import-sheet';
import { buildImportTemplate } from './import/import-template';
import { OrganizationImporter } from './import/organization-importer';

interface ImportRequest {
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const header = (request: ImportRequest, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Street officers, officers and administrators import existing organizations from Excel (issue
 * #18): the template, and the import, which registers each good row as `POST /v1/organizations`
 * would and reports every row (R1–R5, R29). Who may import is who may register.
 */
@ApiTags('organizations')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/organizations/import')
export class OrganizationsImportController {
  constructor(private readonly importer: OrganizationImporter) {}

  @Get('template.xlsx')
  @Roles(...rolesWith(Permission.ORGANIZATION_REGISTER))
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'An Excel workbook', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary:
      'The import template: Chinese headers (the export’s among them), an example row, drop-downs of the labels',
  })
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await buildImportTemplate(), {
      type: XLSX_CONTENT_TYPE,
      disposition: 'attachment; filename="organizations-import-template.xlsx"',
    });
  }

  @Post()
  @Idempotent()
  @Roles(...rolesWith(Permission.ORGANIZATION_REGISTER))
  @HttpCode(200)
  @ApiConsumes(XLSX_CONTENT_TYPE)
  @ApiBody({
    description: `The workbook (.xlsx, at most ${ORGANIZATION_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB, ${ORGANIZATION_IMPORT_LIMITS.maxRows} rows), as the template lays it out or as the organizations export wrote it`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ type: OrganizationImportView })
  @ApiOperation({
    summary:
      'Import organizations from Excel: each good row registered as POST /v1/organizations would (R1–R5, R29), each bad row reported with its column and rule and nothing of it stored',
  })
  async import(
    @Req() request: ImportRequest,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationImportView> {
    const language = languageOf(header(request, 'accept-language'));
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes)) {
      const type = header(request, 'content-type');
      if (type?.split(';')[0].trim().toLowerCase() === XLSX_CONTENT_TYPE) {
        throw fileRefusal(
          new ImportFileError(400, 'EMPTY_FILE', [fileViolation('required')], '上传的文件为空'),
        );
      }
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'NOT_XLSX',
        message: `send the workbook as the body, with Content-Type: ${XLSX_CONTENT_TYPE}`,
        messageZh: `请以 Content-Type: ${XLSX_CONTENT_TYPE} 上传 Excel 工作簿`,
        violations: [
          {
            field: 'Content-Type',
            rule: 'xlsx',
            message: `must be ${XLSX_CONTENT_TYPE}`,
            messageZh: `须为 ${XLSX_CONTENT_TYPE}`,
          },
        ],
      });
    }
    try {
      return await this.importer.import(bytes, actor, language, header(request, 'idempotency-key'));
    } catch (error) {
      if (error instanceof ImportFileError) throw fileRefusal(error);
      throw error;
    }
  }
}

function fileViolation(rule: string) {
  return { field: '(file)', rule, message: 'the file is empty', messageZh: '上传的文件为空' };
}

/** A workbook refused whole (400 or 422), naming the field and rule, as every refusal does. */
function fileRefusal(error: ImportFileError): HttpException {
  const body = {
    statusCode: error.status,
    error: error.status === 400 ? 'Bad Request' : 'Unprocessable Entity',
    code: error.code,
    message: error.message,
    messageZh: error.messageZh,
    violations: error.violations,
  };
  return error.status === 400 ? new BadRequestException(body) : new HttpException(body, 422);
}
