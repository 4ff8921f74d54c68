import { http } from './platform-under-test';
import { waitFor } from './wait-for';

/**
 * Finance's part of a programme's payment, through the gateway: once the payment awaits a batch,
 * a maker batches it and a (different) checker approves the batch (R28). The programme's record
 * then follows finance's answer.
 */
export async function batchAndApprove(
  api: string,
  paymentId: string,
  tokens: { maker: string; checker: string },
): Promise<void> {
  await waitFor(
    'the payment awaiting a batch at finance',
    async () =>
      (
        await http('GET', `${api}/v1/finance/payments?status=AWAITING_BATCH`, undefined, {
          token: tokens.maker,
        })
      ).body.items as { id: string }[],
    (items) => items.some((p) => p.id === paymentId),
  );
  const batch = await http(
    'POST',
    `${api}/v1/finance/batches`,
    { paymentIds: [paymentId] },
    { token: tokens.maker },
  );
  if (batch.status !== 201) throw new Error(`batch: ${batch.status} ${JSON.stringify(batch.body)}`);
  const decided = await http(
    'POST',
    `${api}/v1/finance/batches/${batch.body.id}/approve`,
    { comment: '同意拨付' },
    { token: tokens.checker },
  );
  if (decided.status !== 200) {
    throw new Error(`approve batch: ${decided.status} ${JSON.stringify(decided.body)}`);
  }
}
