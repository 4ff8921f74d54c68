import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto';

/** The cookie that admits an administrator's browser to the queue dashboard, and only there. */
export const DASHBOARD_COOKIE = 'civic_queues';
/** Where the dashboard is served (the gateway's `api` prefix included). */
export const DASHBOARD_PATH = '/api/admin/queues';

/** Who a ticket admits: the user, their session (so logging out ends it) and their roles. */
export interface TicketClaims {
  sub: string;
  sid: string;
  roles: string[];
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/**
 * Tickets for the queue dashboard (issue #20): `<claims, base64url>.<HMAC-SHA256>`, under a key
 * derived from the JWT secret for this purpose only (AuthSettings.dashboardKey), so a ticket is never an access token and an
 * access token is never a ticket. A browser cannot send a bearer token when it opens a page, so
 * the dashboard is the one place a cookie authenticates (HttpOnly, Secure, SameSite=Strict, its
 * own path, short-lived), and its mutations also need a same-origin request (see the guard).
 */
export class DashboardTickets {
  constructor(private readonly key: KeyObject) {}

  issue(claims: TicketClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The claims of a valid, unexpired ticket; undefined for anything else. */
  verify(ticket: unknown, now = Date.now()): TicketClaims | undefined {
    if (typeof ticket !== 'string' || ticket.length > 2048) return undefined;
    const [body, signature, extra] = ticket.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    const [given, expected] = [Buffer.from(signature), Buffer.from(this.sign(body))];
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TicketClaims;
      const wellFormed =
        typeof claims.sub === 'string' &&
        typeof claims.sid === 'string' &&
        Array.isArray(claims.roles) &&
        typeof claims.exp === 'number';
      return wellFormed && claims.exp * 1000 > now ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
