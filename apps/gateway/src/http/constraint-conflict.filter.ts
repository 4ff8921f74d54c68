import { constraintRefusal } from '@civic/platform/database';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { LocalizedErrorsFilter } from './localized-errors.filter';

/**
 * The gateway's own tables (users, sessions): a request that races another into a unique or
 * foreign-key constraint is answered 409 or 422 naming the field and the rule, like the check it
 * raced past would have answered it, never 500. Other database errors stay 500.
 */
@Catch(QueryFailedError)
export class ConstraintConflictFilter implements ExceptionFilter {
  private readonly localized = new LocalizedErrorsFilter();
  private readonly logger = new Logger('Database');

  catch(exception: QueryFailedError, host: ArgumentsHost): void {
    const refusal = constraintRefusal(exception);
    if (!refusal) {
      this.logger.error(`database error: ${exception.message}`, exception.stack);
      host
        .switchToHttp()
        .getResponse<{ status(code: number): { json(body: unknown): void } }>()
        .status(500)
        .json({ statusCode: 500, message: 'Internal server error' });
      return;
    }
    const { status, code, ...body } = refusal;
    this.localized.catch(
      new HttpException({ statusCode: status, error: code, code, ...body }, status),
      host,
    );
  }
}
