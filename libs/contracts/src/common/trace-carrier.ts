/**
 * A W3C trace context (https://www.w3.org/TR/trace-context/) carried beside a payload, so that one
 * request's whole path (gateway → RPC → service → outbox → queue → inbox) is one trace (issue #20).
 * Present only when the sender traces; receivers ignore one that is missing or malformed.
 */
export interface TraceCarrier {
  /** `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>` */
  traceparent: string;
  tracestate?: string;
}
