/** A unit of work waiting for a batch, with the promise its job is waiting on. */
export interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface BatcherOptions {
  /** Most items in one batch. */
  maxBatch: number;
  /** How long the first item waits for company before its batch runs alone. */
  maxWaitMs: number;
  /** Batches running at once (each holds one database connection). */
  maxParallel: number;
}

/**
 * Groups items that arrive close together into batches, so that many messages share one
 * transaction and one commit (group commit) instead of paying a WAL flush each. Items that
 * arrive while `maxParallel` batches run wait for the next batch, which starts as soon as one
 * of them ends. Generic: the inbox worker uses it for messages, lottery-fund for submissions.
 */
export class Batcher<T, R> {
  private pending: Pending<T, R>[] = [];
  private timer?: NodeJS.Timeout;
  private running = 0;

  constructor(
    private readonly run: (batch: Pending<T, R>[]) => Promise<void>,
    private readonly options: BatcherOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.options.maxBatch) this.drain();
      else this.timer ??= setTimeout(() => this.drain(), this.options.maxWaitMs);
    });
  }

  private drain(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.pending.length > 0 && this.running < this.options.maxParallel) {
      const batch = this.pending.splice(0, this.options.maxBatch);
      this.running++;
      void this.run(batch)
        .catch((error) => batch.forEach((entry) => entry.reject(error)))
        .finally(() => {
          this.running--;
          if (this.pending.length > 0) this.drain();
        });
    }
  }
}
