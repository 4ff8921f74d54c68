import { IsUUID } from 'class-validator';
import { PaymentMessageV1 } from './payment-message.v1';

/**
 * `finance.payment-reissued.v1`: a payment that failed for good is made again to corrected bank
 * details, proposed by a finance maker and approved by a different checker (rule R28). The new
 * payment (`paymentId`) awaits a batch like any other; `previousPaymentId` is the failed one,
 * which stays FAILED. Sent to the programme that asked, which follows the new payment from now.
 */
export class PaymentReissuedV1 extends PaymentMessageV1 {
  @IsUUID()
  previousPaymentId: string;
}
