/** One sample of a Prometheus scrape: `name{label="value"} 12`. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A process's `/metrics`, read as Prometheus reads it (the text format). */
export interface Scrape {
  /** Every metric the process declares (`# TYPE` lines), with or without samples. */
  names: Set<string>;
  samples: MetricSample[];
  /** The samples of `name` whose labels include `labels`. */
  find(name: string, labels?: Record<string, string>): MetricSample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseScrape(text: string): Scrape {
  const names = new Set<string>();
  const samples: MetricSample[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) names.add(line.split(' ')[2]);
    const match = line.startsWith('#') ? null : SAMPLE.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(LABEL)].map(([, key, value]) => [key, value]),
    );
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return {
    names,
    samples,
    find: (name, labels = {}) =>
      samples.filter(
        (sample) =>
          sample.name === name &&
          Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
      ),
  };
}

/** `GET <base>/metrics`, checked to be Prometheus's text format. */
export async function scrapeMetrics(base: string): Promise<Scrape> {
  const response = await fetch(`${base}/metrics`);
  if (response.status !== 200) throw new Error(`${base}/metrics answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain')) throw new Error(`${base}/metrics is ${type}, not text`);
  return parseScrape(await response.text());
}
