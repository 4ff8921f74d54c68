import { IsIn, IsOptional, Matches, ValidateIf } from 'class-validator';

const OTLP_URL = /^https?:\/\/[^\s]+$/;
/** An empty variable counts as unset, as in the OpenTelemetry specification. */
const isSet = (_: object, value: unknown) => value !== undefined && value !== '';

/**
 * The standard OpenTelemetry variables this platform reads itself (issue #20). Tracing starts only
 * when an OTLP endpoint is set; the exporter reads the rest of its settings (headers, timeout,
 * certificates) and the SDK its own (OTEL_TRACES_SAMPLER, OTEL_BSP_*, OTEL_RESOURCE_ATTRIBUTES)
 * from the same environment, as the specification says.
 */
export class TracingEnv {
  /** OTLP/HTTP base address (`http://collector:4318`): traces go to `<it>/v1/traces`. */
  @ValidateIf(isSet)
  @Matches(OTLP_URL, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s):// address' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The full address of traces alone (`http://collector:4318/v1/traces`), before the base one. */
  @ValidateIf(isSet)
  @Matches(OTLP_URL, {
    message: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http(s):// address',
  })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  /** The service name on every span; the process's own name (`finance`, `gateway`) by default. */
  @ValidateIf(isSet)
  @Matches(/^\S{1,100}$/, { message: 'OTEL_SERVICE_NAME must be 1–100 characters, no spaces' })
  OTEL_SERVICE_NAME?: string;

  /** `true` turns tracing off whatever else is set. */
  @IsOptional()
  @IsIn(['', 'true', 'false'])
  OTEL_SDK_DISABLED?: string;

  /** `none` turns tracing off; `otlp` (the default) is the only exporter here. */
  @IsOptional()
  @IsIn(['', 'otlp', 'none'])
  OTEL_TRACES_EXPORTER?: string;

  /**
   * The exporter sends OTLP over HTTP as JSON (`http/json`), which Jaeger, Tempo and the
   * OpenTelemetry Collector all take on :4318. Another protocol is refused rather than ignored.
   */
  @IsOptional()
  @IsIn(['', 'http/json'], {
    message: 'OTEL_EXPORTER_OTLP_PROTOCOL: only http/json is supported (OTLP/HTTP, port 4318)',
  })
  OTEL_EXPORTER_OTLP_PROTOCOL?: string;

  @IsOptional()
  @IsIn(['', 'http/json'], {
    message:
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: only http/json is supported (OTLP/HTTP, port 4318)',
  })
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?: string;
}

/** Whether these settings ask for traces: an endpoint, and tracing not turned off. */
export function tracingWanted(env: TracingEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return (
    Boolean(endpoint) && env.OTEL_SDK_DISABLED !== 'true' && env.OTEL_TRACES_EXPORTER !== 'none'
  );
}
