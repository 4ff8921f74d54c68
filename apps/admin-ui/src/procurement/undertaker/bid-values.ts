import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import type { SubmitBidDto } from './undertaker-types';

/** What the bidder types: the price in yuan (two decimals at most) and the service proposal. */
export interface BidFormValues {
  priceYuan: string;
  proposal: string;
}

/** The price's violations (over the budget, R25) show on the yuan field. */
export const BID_MAPPING: ViolationMapping = { aliases: { priceFen: 'priceYuan' } };

/** The request body: the price typed in yuan as integer fen (rule R26), the proposal trimmed. */
export function toBidDto(values: BidFormValues): SubmitBidDto {
  const priceFen = parseYuan(values.priceYuan);
  if (priceFen === undefined) throw new RangeError(`not an amount in yuan: ${values.priceYuan}`);
  return { priceFen, proposal: values.proposal.trim() };
}
