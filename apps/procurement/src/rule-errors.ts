import type { PurchaseRefusal } from '@civic/domain/procurement';
import { ServiceError } from '@civic/platform/rpc';

/** A domain refusal of government purchase as the API's 422: its code, field, rule, both languages. */
export function refused(refusal: PurchaseRefusal, status = 422): ServiceError {
  return new ServiceError(
    status,
    refusal.code,
    refusal.message,
    [
      {
        field: refusal.field,
        rule: refusal.rule,
        message: refusal.message,
        messageZh: refusal.messageZh,
      },
    ],
    refusal.messageZh,
  );
}
