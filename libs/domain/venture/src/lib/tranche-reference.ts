/** A tranche's name in a payment purpose, short (rule R19; issue #18: labels, never codes). */
export const TRANCHE_SHORT_LABELS_ZH: Readonly<Record<string, string>> = Object.freeze({
  SIGNING: '签约',
  MID_TERM: '中期',
  FINAL: '结项',
});

/**
 * rule R19: the purpose a tranche's payment carries to finance and the bank (the transfer's
 * memo, not a key of anything): "公益创投资助（签约 50%）：项目名"; a tranche of a plan with keys of
 * its own keeps its key.
 */
export function trancheReference(tranche: { key: string; percent: number }, title: string): string {
  const label = TRANCHE_SHORT_LABELS_ZH[tranche.key] ?? tranche.key;
  return `公益创投资助（${label} ${tranche.percent}%）：${title}`;
}

/**
 * rule R19: a payment purpose written before tranches were named ("公益创投资助（SIGNING 50%）：…")
 * as it reads now ("公益创投资助（签约 50%）：…"); any other text as it is.
 */
export function labelTrancheReference(reference: string): string {
  return reference.replace(
    /^公益创投资助（([A-Z][A-Z0-9_]*) (\d{1,3})%）/,
    (whole, key: string, percent: string) =>
      TRANCHE_SHORT_LABELS_ZH[key]
        ? `公益创投资助（${TRANCHE_SHORT_LABELS_ZH[key]} ${percent}%）`
        : whole,
  );
}
