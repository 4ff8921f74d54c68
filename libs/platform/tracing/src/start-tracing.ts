import { loadEnvOrExit } from '@civic/platform/config';
import { diag, DiagLogLevel, trace } from '@opentelemetry/api';
import { useTracer } from './tracer';
import { TracingEnv, tracingWanted } from './tracing-env';

/** The tracer's instrumentation scope on every span this platform makes. */
export const TRACER_NAME = 'civic-platform';
/** The longest a shutdown waits for the last spans to leave. */
const SHUTDOWN_TIMEOUT_MS = 5000;

export interface Tracing {
  /** Whether this process traces (an OTLP endpoint was set). */
  readonly enabled: boolean;
  /** Sends the spans still buffered and stops the exporter; nothing when tracing is off. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };
let started: Tracing | undefined;

/**
 * Starts tracing for this process, before its Nest app is created (issue #20). Without an OTLP
 * endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) it does nothing:
 * none of the SDK's or exporter's modules is loaded, and every traced place sees no tracer and
 * goes on as before. With one, spans are batched and sent by OTLP/HTTP (JSON), named after
 * OTEL_SERVICE_NAME or else `service`; W3C trace context is the propagator and
 * AsyncLocalStorage carries the active span across awaits. Starting twice returns the first.
 */
export async function startTracing(
  service: string,
  env: TracingEnv = loadEnvOrExit(TracingEnv, service),
): Promise<Tracing> {
  if (started) return started;
  if (!tracingWanted(env)) return (started = OFF);
  // Loaded here and only here: a process that does not trace never loads them.
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { OTLPTraceExporter },
    resources,
    semconv,
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/semantic-conventions'),
  ]);
  // The SDK's own warnings and errors (an export that failed) go to stderr, not nowhere.
  diag.setLogger(
    { ...console, verbose: () => undefined, debug: () => undefined, info: () => undefined },
    DiagLogLevel.WARN,
  );
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ [semconv.ATTR_SERVICE_NAME]: service }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, win.
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new NodeTracerProvider({
    resource,
    // The exporter reads its address, headers and timeout from the OTEL_EXPORTER_OTLP_* variables.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register(); // AsyncLocalStorage context manager, W3C trace context and baggage
  useTracer(trace.getTracer(TRACER_NAME));
  let stopping: Promise<void> | undefined;
  return (started = {
    enabled: true,
    shutdown: () =>
      (stopping ??= Promise.race([
        provider.shutdown(),
        new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref()),
      ]).catch(() => undefined)),
  });
}

/** Flushes and stops this process's tracing, if it started any (the apps' shutdown hook). */
export function shutdownTracing(): Promise<void> {
  return started?.shutdown() ?? Promise.resolve();
}
