import { type NoticeFacts, noticeText } from './notice-text';

const UI = 'https://grants.example.gov.cn';
const approved: NoticeFacts = {
  programme: 'lottery-fund',
  outcome: 'APPROVED',
  title: { zh: '社区长者助餐服务', en: 'Meals for elders' },
  amountFen: 5_000_000,
  link: '/lottery/applications',
};

describe('notice text (issue #18)', () => {
  it('says it in Chinese by default: programme, outcome, title, amount in yuan (R26) and the link', () => {
    const text = noticeText(approved, 'zh-CN', UI);
    expect(text.subject).toBe(
      '【社区社会组织培育平台】彩票公益金：申请已获批准（社区长者助餐服务）',
    );
    expect(text.body).toBe(
      [
        '您所在组织的彩票公益金事项有了结果：申请已获批准。',
        '事项：社区长者助餐服务',
        '金额：50,000.00 元',
        '详情请登录查看：https://grants.example.gov.cn/lottery/applications',
      ].join('\n'),
    );
    expect(text.sms).toBe(
      '【社区社会组织培育平台】彩票公益金“社区长者助餐服务”申请已获批准。详情：https://grants.example.gov.cn/lottery/applications',
    );
  });

  it('says it in English when the user chose English, with the English title', () => {
    const text = noticeText(approved, 'en', UI);
    expect(text.subject).toBe(
      '[Community Organizations Platform] Lottery welfare fund: application approved (Meals for elders)',
    );
    expect(text.body).toContain('Amount: ¥50,000.00');
    expect(text.body).toContain('Details: https://grants.example.gov.cn/lottery/applications');
    expect(text.sms).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives the reason of a failed payment, and no amount line without an amount', () => {
    const failed = noticeText(
      {
        programme: 'venture',
        outcome: 'PAYMENT_FAILED',
        title: { zh: '邻里互助', en: '邻里互助' },
        reason: { zh: '收款账户已销户', en: 'the account is closed' },
        link: '/venture/mine',
      },
      'zh-CN',
      UI,
    );
    expect(failed.body).toContain('原因：收款账户已销户');
    expect(failed.subject).toContain('公益创投：款项支付失败');
    const admitted = noticeText(
      {
        programme: 'incubation',
        outcome: 'WAITLISTED',
        title: { zh: '2026 春季批次', en: '2026 spring cohort' },
        link: '/incubation/applications',
      },
      'en',
      UI,
    );
    expect(admitted.body).not.toContain('Amount');
    expect(admitted.body.split('\n')).toHaveLength(3);
    expect(admitted.subject).toContain('Incubation: on the waiting list');
  });

  it('keeps a text message to one line, short enough for a few SMS segments', () => {
    const sms = noticeText(
      { ...approved, programme: 'procurement', outcome: 'BID_NOT_SELECTED' },
      'zh-CN',
      UI,
    ).sms;
    expect(sms).not.toContain('\n');
    expect(sms).toContain('投标未成交');
    expect(sms.length).toBeLessThan(140);
  });
});
