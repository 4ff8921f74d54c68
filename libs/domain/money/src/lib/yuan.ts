import { assertFen, Fen, MAX_FEN } from './fen';

const YUAN_FORM = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface YuanToFenOptions {
  /** Accept a leading minus sign (refunds, corrections). Default false. */
  allowNegative?: boolean;
}

export interface FormatYuanOptions {
  /** Group thousands with commas ("2,000.00"). Default true. */
  grouping?: boolean;
}

// rule R26: parse a yuan decimal string ("2000.5") into exact integer fen, without floats.
export function yuanToFen(yuan: string, options: YuanToFenOptions = {}): Fen {
  if (typeof yuan !== 'string') {
    throw new RangeError(`yuan amount must be a string, got ${typeof yuan}`);
  }
  const match = YUAN_FORM.exec(yuan);
  if (match === null) {
    throw new RangeError(
      `yuan amount "${yuan}" is not a plain decimal number (digits, optional "." and up to 2 decimals, no grouping commas)`,
    );
  }
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > 2) {
    throw new RangeError(`yuan amount "${yuan}" has more than 2 decimal places`);
  }
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (magnitude > BigInt(MAX_FEN)) {
    throw new RangeError(`yuan amount "${yuan}" is larger than the largest safe amount`);
  }
  if (sign === '-' && magnitude > 0n && options.allowNegative !== true) {
    throw new RangeError(`yuan amount "${yuan}" must not be negative`);
  }
  // "-0" and "-0.00" are zero, never negative zero.
  return magnitude === 0n ? 0 : Number(sign === '-' ? -magnitude : magnitude);
}

// rule R26: show integer fen as yuan with two decimals ("2000.00").
export function fenToYuan(fen: Fen): string {
  return formatYuan(fen, { grouping: false });
}

// rule R26: show integer fen as yuan with two decimals, thousands grouped by default ("2,000.00").
export function formatYuan(fen: Fen, options: FormatYuanOptions = {}): string {
  assertFen(fen, 'fen');
  const magnitude = BigInt(Math.abs(fen));
  const whole = (magnitude / 100n).toString();
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}${grouped}.${cents}`;
}
