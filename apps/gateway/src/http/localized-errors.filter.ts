import { type FieldViolation, languageOf, localizeViolation } from '@civic/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';

interface ErrorBody {
  message?: unknown;
  messageZh?: string;
  violations?: FieldViolation[];
}

/**
 * Answers refusals in the language the client asks for: with `Accept-Language: zh-CN` each
 * violation's message is Chinese (the admin UI sends its language), and so is the message where
 * the service worded one (`messageZh`); otherwise English.
 */
@Catch(HttpException)
export class LocalizedErrorsFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ headers: Record<string, string | undefined> }>();
    const response = http.getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const raw = exception.getResponse();
    const body: ErrorBody & Record<string, unknown> =
      typeof raw === 'string' ? { statusCode: exception.getStatus(), message: raw } : { ...raw };
    const language = languageOf(request.headers['accept-language']);
    const { messageZh } = body;
    delete body.messageZh;
    if (language === 'zh-CN' && messageZh) body.message = messageZh;
    if (Array.isArray(body.violations)) {
      body.violations = body.violations.map((v) => localizeViolation(v, language));
      if (language === 'zh-CN') body.message = body.violations.map((v) => v.message).join('；');
    }
    response.status(exception.getStatus()).json(body);
  }
}
