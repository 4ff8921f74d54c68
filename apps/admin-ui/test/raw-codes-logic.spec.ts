import zhCN from '../src/i18n/zh-CN.json';
import { RAW_CODES, rawCodesIn } from './harness/raw-codes';

/**
 * The screen walk's raw-code check (issue #18: "none shows a raw code"): the codes come from the
 * enums and the UI's label maps, and only a code on its own is flagged, never the acronyms and
 * rule ids a Chinese page rightly shows.
 */
describe('raw codes in a page’s text', () => {
  it('knows the codes of the domain’s enums and of the statuses the UI labels', () => {
    for (const code of [
      'PAID', // lottery applications (libs/domain/lottery)
      'SIGNING', // procurement instalment triggers
      'INCUBATION', // the funds (libs/domain/finance)
      'SETTLED', // finance payment statuses, labelled in the dictionary
      'DRAWN', // venture call phases, labelled in the dictionary
      'programme_officer', // roles (libs/domain/access)
      'lottery-fund', // programmes
      'social-work', // reviewers' expertise
    ]) {
      expect(RAW_CODES).toContain(code);
    }
    expect(RAW_CODES).not.toContain('R25');
    expect(RAW_CODES.filter((code) => code.startsWith('RULE_'))).toEqual([]);
  });

  it('flags a code shown on its own, with the text around it', () => {
    expect(rawCodesIn('支付用途：公益创投资助（SIGNING 50%）')).toEqual([
      'SIGNING in “支付用途：公益创投资助（SIGNING 50%）”',
    ]);
    expect(rawCodesIn('状态\nPAID\n金额')).toHaveLength(1);
    expect(rawCodesIn('资金：INCUBATION')).toHaveLength(1);
    expect(rawCodesIn('专长：social-work、养老服务')).toHaveLength(1);
    expect(rawCodesIn(Object.values(zhCN.enums.paymentStatus).join('、'))).toEqual([]);
  });

  it('leaves acronyms, rule ids, usernames and codes inside longer words alone', () => {
    const text = [
      '导出 Excel',
      '身份证号（ID）',
      'PDF 附件',
      'API 文档',
      'SMS 短信',
      '规则 R25',
      '用户名 applicant、officer、admin',
      'finance.batches-to-check-later',
      'PAIDX',
      'NOT_PAID_YET',
    ].join('\n');
    expect(rawCodesIn(text)).toEqual([]);
  });
});
