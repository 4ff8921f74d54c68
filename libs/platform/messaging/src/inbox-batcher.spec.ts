import { Batcher, type Pending } from './inbox-batcher';

describe('Batcher (inbox group commit)', () => {
  it('puts items that arrive together into batches of at most maxBatch, each answered', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, number>(
      async (batch: Pending<number, number>[]) => {
        batches.push(batch.map((entry) => entry.item));
        batch.forEach((entry) => entry.resolve(entry.item * 2));
      },
      { maxBatch: 4, maxWaitMs: 1, maxParallel: 1 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => batcher.submit(n)));
    expect(results).toEqual([2, 4, 6, 8, 10, 12]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('rejects every item of a batch whose run throws', async () => {
    const batcher = new Batcher<number, number>(
      async () => {
        throw new Error('database gone');
      },
      { maxBatch: 10, maxWaitMs: 1, maxParallel: 1 },
    );
    const outcomes = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('never runs more than maxParallel batches at once', async () => {
    let running = 0;
    let most = 0;
    const batcher = new Batcher<number, number>(
      async (batch) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        batch.forEach((entry) => entry.resolve(entry.item));
      },
      { maxBatch: 2, maxWaitMs: 1, maxParallel: 2 },
    );
    await Promise.all(Array.from({ length: 12 }, (_, n) => batcher.submit(n)));
    expect(most).toBe(2);
  });
});
