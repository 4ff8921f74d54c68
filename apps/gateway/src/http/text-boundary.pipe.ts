import { textViolations } from '@civic/contracts';
import { type ArgumentMetadata, BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * No string a request brings (body, query or path, keys included) holds a NUL character or half a
 * character (a lone surrogate), issue #15: Postgres refuses the first and would store the second
 * as U+FFFD. Runs before DTO validation, so the refusal names the field and the rule.
 */
export class TextBoundaryPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const violations = textViolations(value, metadata.data ?? '');
    if (violations.length > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: violations.map((v) => `${v.field}: ${v.message}`).join('; '),
        violations,
      });
    }
    return value;
  }
}
