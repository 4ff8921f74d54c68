import { readFileSync } from 'node:fs';

// The services `npm start` runs, as data. Each reads NODE_ENV, DATABASE_URL, REDIS_URL,
// HTTP_PORT and LOG_LEVEL, and answers GET http://127.0.0.1:<httpPort><healthPath> with 200
// when ready. Started in this order; the gateway goes last.
/**
 * How Node runs every service (and the admin UI's server), in `npm start`, the tests
 * (libs/testing reads the same node-flags.json) and docker-compose alike. A 2 MB young-generation
 * semi-space instead of V8's 16 MB keeps each process ~25 MB smaller at idle, which brings the
 * whole platform to about 1 GB (issue #19, apps/gateway/bench/platform-memory.bench.ts); 1 MB
 * saved no more and cost the gateway ~25 % of its throughput in scavenges. Source maps make stack
 * traces point at the TypeScript.
 */
export const NODE_FLAGS = JSON.parse(
  readFileSync(new URL('./node-flags.json', import.meta.url), 'utf8'),
);

export const SERVICES = [
  {
    name: 'organizations',
    entry: 'apps/organizations/src/main.ts',
    httpPort: 3101,
    healthPath: '/health',
  },
  {
    name: 'finance',
    entry: 'apps/finance/src/main.ts',
    httpPort: 3102,
    healthPath: '/health',
    // The demo's simulated bank: slow enough to watch a batch's progress bar move, with some
    // declines and outages so retries and failures show up.
    env: {
      TREASURY_LATENCY_MS: '400',
      TREASURY_DECLINE_RATE: '0.03',
      TREASURY_UNAVAILABLE_RATE: '0.05',
      PAYMENT_CHUNK_SIZE: '5',
      PAYMENT_RETRY_BASE_MS: '2000',
    },
  },
  {
    name: 'lottery-fund',
    entry: 'apps/lottery-fund/src/main.ts',
    httpPort: 3103,
    healthPath: '/health',
  },
  {
    name: 'incubation',
    entry: 'apps/incubation/src/main.ts',
    httpPort: 3104,
    healthPath: '/health',
  },
  {
    name: 'venture',
    entry: 'apps/venture/src/main.ts',
    httpPort: 3105,
    healthPath: '/health',
  },
  {
    name: 'procurement',
    entry: 'apps/procurement/src/main.ts',
    httpPort: 3106,
    healthPath: '/health',
  },
  {
    name: 'gateway',
    entry: 'apps/gateway/src/main.ts',
    httpPort: 3000,
    healthPath: '/api/health',
    // Notifications (issue #18): texts go to the simulated SMS gateway (gateway.simulated_sms);
    // e-mail is off unless SMTP_URL and MAIL_FROM are set in the environment; links point at the
    // admin UI npm start serves. PII_KEY (dev-secrets.mjs) seals users' mobile numbers (R30).
    env: {
      SMS_GATEWAY: process.env.SMS_GATEWAY || 'simulated',
      PUBLIC_UI_URL: process.env.PUBLIC_UI_URL || 'http://127.0.0.1:5173',
    },
  },
];

export const GATEWAY = SERVICES.find((service) => service.name === 'gateway');
export const API_BASE = `http://127.0.0.1:${GATEWAY.httpPort}/api/v1`;
export const API_DOCS = `http://127.0.0.1:${GATEWAY.httpPort}/api/docs`;
export const healthUrl = (service) => `http://127.0.0.1:${service.httpPort}${service.healthPath}`;
