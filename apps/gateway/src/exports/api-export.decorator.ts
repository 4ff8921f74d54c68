import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { XLSX } from './list-exporter';

/**
 * An export route in the OpenAPI document: its summary, and an Excel workbook as its answer
 * (issue #18). Beside the list it exports, with the list's roles.
 */
export const ApiExport = (summary: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiProduces(XLSX),
    ApiOkResponse({
      description:
        'An Excel workbook, streamed: title, filter in words and time of export (Beijing time) above a frozen header row; money as numbers of yuan, codes as labels',
      schema: { type: 'string', format: 'binary' },
    }),
  );
