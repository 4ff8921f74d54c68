import { articleZh } from './article-zh';
import { POLICY } from './purchase-policy.fixture';

describe('rule R25: statute references in Chinese messages', () => {
  it.each([
    ['Order 102 art. 24', '《政府购买服务管理办法》第二十四条'],
    ['Order 102 art. 8', '《政府购买服务管理办法》第八条'],
    ['Order 102 art. 23, 24', '《政府购买服务管理办法》第二十三条、第二十四条'],
    ['Order 102 art. 10', '《政府购买服务管理办法》第十条'],
    ['Government Procurement Law art. 26, 36', '《政府采购法》第二十六条、第三十六条'],
    ['Government Procurement Law art. 52', '《政府采购法》第五十二条'],
    ['财库〔2014〕214号 art. 3; 财库〔2015〕124号', '财库〔2014〕214号第三条；财库〔2015〕124号'],
    ['Order 102 (performance)', '《政府购买服务管理办法》（绩效管理）'],
    ['Order 102 art. 10(2)', '《政府购买服务管理办法》第十条第（二）项'],
    ['国办发〔2019〕55号', '国办发〔2019〕55号'],
  ])('%s → %s', (article, zh) => {
    expect(articleZh(article)).toBe(zh);
  });

  it('leaves no "art." in any article of the 2026.1 purchase policy', () => {
    const articles = [...JSON.stringify(POLICY).matchAll(/"article":"([^"]*)"/g)].map((m) => m[1]);
    expect(articles.length).toBeGreaterThan(5);
    for (const entry of articles) expect(articleZh(entry)).not.toMatch(/[A-Za-z]{2,}/);
  });
});
