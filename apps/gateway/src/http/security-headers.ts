import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { DASHBOARD_PATH } from '../queues/dashboard-ticket';

/** The API answers JSON and files: nothing in them may load anything or be framed. */
const API_POLICY = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * The API docs page (Swagger UI) loads its scripts and styles from the gateway itself; its own
 * inline `<style>` needs 'unsafe-inline' for styles (never for scripts), its icons data: URLs.
 */
const DOCS_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/** The queue dashboard (bull-board, issue #20): as the docs, and its page sets `<base href>`. */
const DASHBOARD_POLICY = { ...DOCS_POLICY, baseUri: ["'self'"] };

const headers = (directives: Record<string, string[]>) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

/**
 * Security headers on every answer (issue #15, OWASP ASVS V14.4): a strict Content-Security-Policy,
 * `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` with `frame-ancestors 'none'`,
 * `Referrer-Policy: no-referrer`, HSTS and the rest of helmet's defaults; no `X-Powered-By`.
 */
export function useSecurityHeaders(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  const api = headers(API_POLICY);
  const docs = headers(DOCS_POLICY);
  const dashboard = headers(DASHBOARD_POLICY);
  app.use(
    (req: IncomingMessage & { path: string }, res: ServerResponse, next: (e?: unknown) => void) =>
      (req.path.startsWith('/api/docs')
        ? docs
        : req.path.startsWith(DASHBOARD_PATH)
          ? dashboard
          : api)(req, res, next),
  );
}
