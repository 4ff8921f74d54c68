import { parseScrape } from '@civic/testing';
import { Metrics, sharedRead } from './metrics';

describe('Metrics (issue #20)', () => {
  it('labels every series with its service and reads gauges when scraped', async () => {
    const metrics = new Metrics('finance');
    let reads = 0;
    metrics.gaugeOnScrape('civic_things', 'things by kind', ['kind'], async () => {
      reads += 1;
      return [
        { labels: { kind: 'a' }, value: reads },
        { labels: { kind: 'b' }, value: 10 },
      ];
    });
    expect(reads).toBe(0);
    const first = parseScrape(await metrics.scrape());
    expect(first.find('civic_things', { service: 'finance', kind: 'a' })[0].value).toBe(1);
    const second = parseScrape(await metrics.scrape());
    expect(second.find('civic_things', { kind: 'a' })[0].value).toBe(2);
    expect(second.find('civic_things', { kind: 'b' })[0].value).toBe(10);
  });

  it('counts a gauge it could not read and still answers the scrape with the others', async () => {
    const metrics = new Metrics('organizations');
    metrics.gaugeOnScrape('civic_broken', 'fails', [], () => Promise.reject(new Error('down')));
    metrics.gaugeOnScrape('civic_fine', 'works', [], async () => [{ labels: {}, value: 3 }]);
    const scrape = parseScrape(await metrics.scrape());
    expect(scrape.find('civic_broken').map((s) => s.value)).toEqual([Number.NaN]); // not a false 0
    expect(scrape.find('civic_fine')[0].value).toBe(3);
    expect(
      scrape.find('civic_metric_read_failures_total', { metric: 'civic_broken' })[0].value,
    ).toBe(1);
  });

  it('keeps each process’s series apart: two registries in one process do not collide', async () => {
    const one = new Metrics('venture');
    const two = new Metrics('venture');
    one.rpc.observe({ pattern: 'venture.calls', outcome: 'ok' }, 0.02);
    expect(parseScrape(await one.scrape()).find('civic_rpc_duration_seconds_count')).toHaveLength(
      1,
    );
    expect(parseScrape(await two.scrape()).find('civic_rpc_duration_seconds_count')).toEqual([]);
  });

  it('shares one read among the gauges of a scrape, and reads again on the next', async () => {
    let reads = 0;
    const read = sharedRead(async () => ++reads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(2);
  });
});
