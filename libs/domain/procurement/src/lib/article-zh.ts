const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as statutes number their articles: 8 → 八, 24 → 二十四, 10 → 十. */
function numeral(n: number): string {
  if (!(n >= 1 && n < 100)) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

const STATUTES: readonly [RegExp, string][] = [
  [/Order 102/g, '《政府购买服务管理办法》'],
  [/Government Procurement Law/g, '《政府采购法》'],
  [/\s*\(performance\)/g, '（绩效管理）'],
];

/**
 * rule R25: a statute reference kept in policy data in English ("Order 102 art. 23, 24") as a
 * Chinese message cites it (《政府购买服务管理办法》第二十三条、第二十四条), so that a refusal in
 * Chinese names the article in Chinese. A reference already in Chinese comes back as it was.
 */
export function articleZh(article: string): string {
  let text = article;
  for (const [pattern, name] of STATUTES) text = text.replace(pattern, name);
  // An item of an article: art. 10(2) → 第十条第（二）项.
  text = text.replace(
    /\s*art\.\s*(\d+)\((\d+)\)/g,
    (_match, n: string, item: string) =>
      `第${numeral(Number(n))}条第（${numeral(Number(item))}）项`,
  );
  text = text.replace(/\s*art\.\s*(\d+(?:\s*,\s*\d+)*)/g, (_match, list: string) =>
    list
      .split(',')
      .map((n) => Number(n.trim()))
      .map((n) => `第${numeral(n)}条`)
      .join('、'),
  );
  return text.replace(/;\s*/g, '；').replace(/\s*\(([^)]*)\)/g, '（$1）');
}
