import { shutdownTracing } from '@civic/platform/tracing';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Sends the spans still buffered when the app shuts down (SIGTERM, Nest's shutdown hooks), so a
 * process that stops loses none of its last requests' spans. Nothing when tracing is off.
 */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTracing();
  }
}
