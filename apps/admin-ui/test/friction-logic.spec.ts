import { labelTrancheReference, scoresOpen } from '@civic/domain/venture';
import i18next from 'i18next';
import type { components } from '../src/api/schema';
import type { BatchView, OrganizationView } from '../src/api/types';
import { batchProgress } from '../src/finance/batch-state';
import { usage } from '../src/finance/funds/fund-usage';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { prefillFields, prefillFromOrganization } from '../src/lottery/apply/prefill';
import { eldercarePercent } from '../src/lottery/eldercare-percent';
import { heldNotice } from '../src/venture/awards/tranche-rules';
import { expertiseLabel, KNOWN_EXPERTISE } from '../src/venture/reviewers/expertise-labels';
import type { TrancheView } from '../src/venture/types';

// issue #18's friction list, the pure parts of the pages (in the `browser` Jest project).

const t = i18next.createInstance();
beforeAll(() =>
  t.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  }),
);

describe('percentages never round a non-zero amount to 0 % (issue #18)', () => {
  it('rule R27: the fund card shows 13,345 fen of 5,000,000 used as 0.3 %, not 0 %', () => {
    const position = {
      appropriatedFen: 5_000_000,
      availableFen: 5_000_000 - 13_345,
      committedFen: 13_345,
      disbursedFen: 1,
    } as Parameters<typeof usage>[0];
    const { used, disbursed } = usage(position);
    expect(used).toMatchObject({ percent: 0.3, text: '0.3%' });
    expect(disbursed).toMatchObject({ percent: 0.1, text: '<0.1%' });
    expect(t.t('finance.funds.usage', { percent: used.text, disbursed: disbursed.text })).toBe(
      '已使用 0.3%（其中已拨付 <0.1%）',
    );
  });

  it('rule R28: a batch with 1 of 1,000 payments settled shows it, not 0 %', () => {
    const batch = {
      status: 'PAYING',
      paymentCount: 1000,
      settledCount: 1,
      failedCount: 0,
    } as BatchView;
    expect(batchProgress(batch)).toMatchObject({ done: 1, percent: 0.1, settledPercent: 0.1 });
  });

  it('rule R21: the eldercare share from its amounts, never 0 % for some eldercare', () => {
    expect(eldercarePercent({ eldercareFen: 1, totalFen: 5_000_000, percent: '0.00' })).toEqual({
      percent: 0.1,
      text: '<0.1%',
    });
    expect(eldercarePercent({ eldercareFen: 2_750_000, totalFen: 5_000_000 })).toEqual({
      percent: 55,
      text: '55%',
    });
    // The annual report carries its percent only: shown as it is.
    expect(eldercarePercent({ percent: '55.20' })).toEqual({ percent: 55.2, text: '55.20%' });
    expect(eldercarePercent({ percent: null })).toEqual({ percent: null, text: '—' });
  });
});

describe('waiting states of a tranche are information, problems warnings (issue #18, R19)', () => {
  const tranche = (position: number, reason?: string): TrancheView =>
    ({
      position,
      ...(reason ? { heldBecause: { reason, message: '…', messageZh: '…' } } : {}),
    }) as TrancheView;

  it('rule R19: waiting for the signing, a milestone or an earlier tranche is information', () => {
    expect(heldNotice(tranche(0, 'MILESTONE_NOT_APPROVED'))).toEqual({
      tone: 'info',
      key: 'waitsSigning',
    });
    expect(heldNotice(tranche(1, 'MILESTONE_NOT_APPROVED'))).toEqual({
      tone: 'info',
      key: 'waitsMilestone',
    });
    expect(heldNotice(tranche(2, 'EARLIER_NOT_RELEASED'))).toEqual({
      tone: 'info',
      key: 'waitsEarlier',
    });
    for (const key of ['waitsSigning', 'waitsMilestone', 'waitsEarlier']) {
      const text = t.t(`venture.tranches.${key}`);
      expect(text).not.toMatch(/R\d+|规则|MILESTONE|EARLIER/);
      expect(text).not.toBe(`venture.tranches.${key}`);
    }
  });

  it('rule R19: a tranche held after a failed evaluation is a warning; one not held says nothing', () => {
    expect(heldNotice(tranche(2, 'EARLIER_FAILED'))).toEqual({ tone: 'warning' });
    expect(heldNotice(tranche(1))).toBeUndefined();
  });
});

describe('labels for every code (issue #18)', () => {
  it('rule R19: a payment purpose written with a tranche code reads in its label', () => {
    expect(labelTrancheReference('公益创投资助（SIGNING 50%）：“邻里守望”')).toBe(
      '公益创投资助（签约 50%）：“邻里守望”',
    );
  });

  it("rule R18: reviewers' fields of expertise read as labels in both languages, free text as typed", () => {
    expect(expertiseLabel('social-work', t.t)).toBe('社会工作');
    expect(expertiseLabel('ELDERCARE', t.t)).toBe('养老服务');
    expect(expertiseLabel('养老服务', t.t)).toBe('养老服务');
    const enT = t.cloneInstance({ lng: 'en' });
    expect(expertiseLabel('social-work', enT.t)).toBe('Social work');
    for (const code of KNOWN_EXPERTISE) {
      expect(expertiseLabel(code, t.t)).not.toMatch(/^[a-z-]+$/);
      expect(expertiseLabel(code, enT.t)).not.toContain('venture.');
    }
  });

  it("an applicant's outcome has a label for every outcome and reason, in both languages", () => {
    type Outcome = components['schemas']['ApplicantOutcomeView'];
    const outcomes: Outcome['outcome'][] = [
      'PENDING',
      'FUNDED',
      'TO_BE_FUNDED',
      'NOT_FUNDED',
      'REFUSED',
    ];
    const reasons: Outcome['reason'][] = [
      'NOT_DECIDED',
      'FUNDED_FROM_RESERVE',
      'FUNDED_FROM_GENERAL',
      'BELOW_CUTOFF',
      'RESERVE_USED',
      'BUDGET_SPENT',
      'REFUSED',
    ];
    for (const lng of ['zh-CN', 'en']) {
      const tl = t.cloneInstance({ lng });
      for (const code of outcomes) expect(tl.t(`outcome.codes.${code}`)).not.toContain('outcome.');
      for (const code of reasons) {
        expect(tl.t(`outcome.reasons.${code}`, { rule: 'R14' })).not.toContain('outcome.');
      }
    }
    expect(t.t('outcome.reasons.RESERVE_USED', { rule: 'R14' })).toBe(
      '农村预留额度已安排给农村组织（规则 R14）',
    );
    expect(t.t('outcome.rank', { rank: 2, ranked: 4 })).toBe('第 2 名（共 4 份）');
  });
});

describe('the UI offers only what the server accepts (issue #18)', () => {
  it('rule R19: 修改评分 is offered while no award is made, with the reason once it is', () => {
    expect(scoresOpen({ awardsBegun: false }).ok).toBe(true);
    expect(scoresOpen({ awardsBegun: true })).toMatchObject({
      ok: false,
      messageZh: '规则 R19：资助决定开始后评分不能再修改',
    });
  });
});

describe("the lottery form starts from the organization's profile (issue #18)", () => {
  const organization = {
    postalAddress: { contactName: '李红', contactPhone: '138****1234' },
    financialCustodian: {
      name: '青秀区社会组织服务中心',
      accountName: '青秀区社会组织服务中心（代管户）',
      bankCode: '313',
      bankName: '广西北部湾银行南宁分行',
      accountNumber: '***************0000',
    },
  } as OrganizationView;

  it('rule R3, rule R30: takes the contact and the custodian account, never a masked number', () => {
    const prefill = prefillFromOrganization(organization);
    expect(prefill).toEqual({
      contactName: '李红',
      bankAccount: {
        accountName: '青秀区社会组织服务中心（代管户）',
        bankCode: '313',
        bankName: '广西北部湾银行南宁分行',
      },
      custodianName: '青秀区社会组织服务中心',
    });
    expect(JSON.stringify(prefill)).not.toContain('*');
    const own = prefillFromOrganization({ ...organization, financialCustodian: null });
    expect(own).toEqual({ contactName: '李红' });
  });

  it('fills only the fields the applicant left empty', () => {
    const prefill = prefillFromOrganization(organization);
    const typed = new Set(['contactName']);
    const fields = prefillFields(prefill, (name) => !typed.has(name.join('.')));
    expect(fields).toEqual([
      { name: ['bankAccount', 'accountName'], value: '青秀区社会组织服务中心（代管户）' },
      { name: ['bankAccount', 'bankCode'], value: '313' },
      { name: ['bankAccount', 'bankName'], value: '广西北部湾银行南宁分行' },
    ]);
  });
});
