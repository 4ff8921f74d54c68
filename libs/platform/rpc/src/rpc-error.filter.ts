import { PayloadValidationError, type RpcErrorBody } from '@civic/contracts';
import { TransitionRefused } from '@civic/domain/programme';
import { constraintRefusal } from '@civic/platform/database';
import {
  type ArgumentsHost,
  Catch,
  HttpException,
  Logger,
  type RpcExceptionFilter,
} from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';
import { ServiceError } from './service-error';

/** Turns whatever a service handler throws into an RpcErrorBody the gateway can map to HTTP. */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => this.toBody(exception));
  }

  toBody(exception: unknown): RpcErrorBody {
    if (exception instanceof ServiceError) {
      const { status, code, message, violations, messageZh } = exception;
      return {
        status,
        code,
        message,
        ...(messageZh ? { messageZh } : {}),
        ...(violations ? { violations } : {}),
      };
    }
    if (exception instanceof PayloadValidationError) {
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: exception.message,
        violations: exception.violations,
      };
    }
    if (exception instanceof TransitionRefused) {
      // A status its state machine does not let move that way (R27, R28): nothing changed.
      return {
        status: 409,
        code: exception.code,
        message: exception.message,
        messageZh: exception.messageZh,
      };
    }
    const refusal = constraintRefusal(exception);
    if (refusal) return refusal;
    if (exception instanceof HttpException) {
      return { status: exception.getStatus(), code: 'HTTP_ERROR', message: exception.message };
    }
    const error = exception as Error;
    this.logger.error(`unexpected error: ${error?.message}`, error?.stack);
    return { status: 500, code: 'INTERNAL', message: 'internal error in the service' };
  }
}
