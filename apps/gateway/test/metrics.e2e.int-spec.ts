import {
  http as request,
  parseScrape,
  type Scrape,
  scrapeMetrics,
  startPlatform,
} from '@civic/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '../../..');

/**
 * Prometheus metrics (issue #20): the gateway serves `/metrics` outside `/api`, each service on its
 * own HTTP port; requests and RPC calls show in their latency histograms, labelled by route and
 * pattern, and every metric the alert rules and the Grafana dashboard in deploy/ name is exported.
 */
describe('metrics of the running platform', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let gateway: Scrape;
  let organizations: Scrape;
  let finance: Scrape;

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.login('admin');
    expect(
      (await request('GET', `${platform.api}/v1/organizations`, undefined, { token })).status,
    ).toBe(200);
    expect((await request('GET', `${platform.api}/v1/no-such-route`)).status).toBe(404);
    const root = platform.api.replace(/\/api$/, '');
    [gateway, organizations, finance] = await Promise.all([
      scrapeMetrics(root),
      scrapeMetrics(platform.serviceUrls.organizations),
      scrapeMetrics(platform.serviceUrls.finance),
    ]);
  });

  afterAll(() => platform?.stop());

  it('times each API request under the route it matched, never its raw path', () => {
    const listed = gateway.find('civic_http_request_duration_seconds_count', {
      service: 'gateway',
      method: 'GET',
      route: '/api/v1/organizations',
      status: '200',
    });
    expect(listed.map((s) => s.value)).toEqual([1]);
    const unmatched = gateway.find('civic_http_request_duration_seconds_count', {
      route: 'unmatched',
      status: '404',
    });
    expect(unmatched.map((s) => s.value)).toEqual([1]);
    const routes = new Set(
      gateway.find('civic_http_request_duration_seconds_count').map((s) => s.labels.route),
    );
    expect([...routes].filter((route) => route.includes('no-such-route'))).toEqual([]);
  });

  it('times the RPC requests a service handled, by pattern and outcome', () => {
    const handled = organizations.find('civic_rpc_duration_seconds_count', {
      service: 'organizations',
      outcome: 'ok',
    });
    expect(handled.map((s) => s.labels.pattern)).toContain('organizations.list');
    expect(handled.every((s) => s.value >= 1)).toBe(true);
  });

  it('reports the queues each process consumes, its outbox and its audit chain', () => {
    for (const [scrape, queue] of [
      [organizations, 'organizations.inbox'],
      [finance, 'finance.inbox'],
      [gateway, 'gateway.inbox'],
    ] as const) {
      const states = scrape.find('civic_queue_jobs', { queue }).map((s) => s.labels.state);
      expect(states.sort()).toEqual(['active', 'delayed', 'failed', 'prioritized', 'waiting']);
      expect(scrape.find('civic_queue_oldest_waiting_age_seconds', { queue })).toHaveLength(1);
      expect(scrape.find('civic_audit_chain_length')).toHaveLength(1);
      expect(scrape.find('civic_metric_read_failures_total')).toEqual([]);
    }
    for (const scrape of [organizations, finance]) {
      expect(scrape.find('civic_outbox_lag_seconds')).toHaveLength(1);
      expect(scrape.find('civic_outbox_unconfirmed')).toHaveLength(1);
    }
    // Signing in is audited in the gateway's chain (R31).
    expect(gateway.find('civic_audit_chain_length')[0].value).toBeGreaterThan(0);
  });

  it('exports every metric the alert rules and the Grafana dashboard use', () => {
    const exported = new Set([...gateway.names, ...organizations.names, ...finance.names]);
    const rules = parse(readFileSync(join(ROOT, 'deploy/prometheus/alerts.yaml'), 'utf8')) as {
      groups: { rules: { alert: string; expr: string }[] }[];
    };
    const dashboard = JSON.parse(
      readFileSync(join(ROOT, 'deploy/grafana/civic-grants.json'), 'utf8'),
    ) as { panels: { targets: { expr: string }[] }[] };
    const expressions = [
      ...rules.groups.flatMap((group) => group.rules.map((rule) => rule.expr)),
      ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr)),
    ];
    const used = new Set(
      expressions.flatMap((expr) => expr.match(/\b(?:civic|process|nodejs)_[a-z0-9_]+/g) ?? []),
    );
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter(
      (name) => !exported.has(name) && !exported.has(name.replace(/_(bucket|count|sum)$/, '')),
    );
    expect(missing).toEqual([]);
    // And the check itself can fail: a name nothing exports is caught.
    expect(exported.has('civic_payments_stuck')).toBe(false);
  });

  it('serves the text format Prometheus reads, outside the REST API', async () => {
    const root = platform.api.replace(/\/api$/, '');
    const response = await fetch(`${root}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(parseScrape(await response.text()).names.has('process_resident_memory_bytes')).toBe(
      true,
    );
    expect((await request('GET', `${platform.api}/metrics`)).status).toBe(404);
  });
});
