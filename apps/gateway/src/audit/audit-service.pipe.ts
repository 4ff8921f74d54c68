import { AUDITED_SERVICES, type AuditedService, isAuditedService } from '@civic/contracts';
import { BadRequestException, type PipeTransform } from '@nestjs/common';

const MESSAGE = `service must be one of: ${AUDITED_SERVICES.join(', ')}`;

/** `:service` names a service that keeps an audit chain (R31); else 400 naming it and the rule. */
export class AuditServicePipe implements PipeTransform<unknown, AuditedService> {
  transform(value: unknown): AuditedService {
    if (isAuditedService(value)) return value;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: MESSAGE,
      violations: [{ field: 'service', rule: 'isIn', message: MESSAGE }],
    });
  }
}
