import { assertFen, Fen, MAX_FEN } from './fen';

// rule R26: add amounts exactly; fail rather than return an unsafe (imprecise) total.
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0n;
  values.forEach((value, index) => {
    assertFen(value, `values[${index}]`);
    total += BigInt(value);
  });
  if (total > BigInt(MAX_FEN) || total < -BigInt(MAX_FEN)) {
    throw new RangeError(`sum of ${values.length} amounts is outside the safe integer range`);
  }
  return Number(total);
}
