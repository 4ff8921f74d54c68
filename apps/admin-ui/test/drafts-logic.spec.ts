import i18next from 'i18next';
import type { OrganizationView } from '../src/api/types';
import {
  type AutosaveState,
  type AutosaveTimers,
  createAutosaver,
  draftTime,
  emptyIn,
  formDraftKey,
} from '../src/common/autosave';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { prefillFields, prefillFromOrganization } from '../src/lottery/apply/prefill';

// issue #18: autosaved drafts of the applicant forms, the pure parts (in the `browser` project).

/** A clock moved by hand: a timer fires only when the test says time has passed. */
function handClock() {
  let next = 0;
  const pending = new Map<number, { run: () => void; ms: number }>();
  const timers: AutosaveTimers = {
    set: (run, ms) => (pending.set(++next, { run, ms }), next),
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    /** The delays now waiting, in the order they were set. */
    waiting: () => [...pending.values()].map((p) => p.ms),
    /** Everything waiting fires. */
    elapse: () => {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((p) => p.run());
    },
  };
}

/** A save the test answers by hand. */
function handSaves() {
  const calls: { values: unknown; flushing: boolean; answer: (ok: boolean) => void }[] = [];
  const save = (values: unknown, flushing: boolean) =>
    new Promise<{ updatedAt: string }>((resolve, reject) => {
      calls.push({
        values,
        flushing,
        answer: (ok) =>
          ok ? resolve({ updatedAt: '2026-05-01T02:03:00.000Z' }) : reject(new Error('offline')),
      });
    });
  return { calls, save };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function autosaver() {
  const clock = handClock();
  const saves = handSaves();
  const states: AutosaveState['state'][] = [];
  const saver = createAutosaver<{ name: string }>({
    save: saves.save,
    onState: (s) => states.push(s.state),
    timers: clock.timers,
    delayMs: 2000,
    retryMs: 10_000,
  });
  return { clock, saves, states, saver };
}

describe('autosave: when a draft is saved (issue #18)', () => {
  it('saves nothing until the form is still, then only the last values, once', () => {
    const { clock, saves, saver } = autosaver();
    saver.change({ name: '李' });
    saver.change({ name: '李秀' });
    saver.change({ name: '李秀兰' });
    expect(saves.calls).toEqual([]);
    expect(clock.waiting()).toEqual([2000]); // each change restarts the one wait
    clock.elapse();
    expect(saves.calls.map((c) => c.values)).toEqual([{ name: '李秀兰' }]);
    expect(saves.calls[0].flushing).toBe(false);
  });

  it('saves at once when the page is hidden (flush), without waiting', () => {
    const { clock, saves, saver } = autosaver();
    saver.change({ name: '半填' });
    saver.flush();
    expect(saves.calls.map((c) => [c.values, c.flushing])).toEqual([[{ name: '半填' }, true]]);
    expect(clock.waiting()).toEqual([]);
    saver.flush(); // nothing new: nothing sent
    expect(saves.calls).toHaveLength(1);
  });

  it('never sends two saves at once: a change during a save goes after it, so the newer lands last', async () => {
    const { clock, saves, saver, states } = autosaver();
    saver.change({ name: 'v1' });
    clock.elapse();
    saver.change({ name: 'v2' });
    clock.elapse();
    expect(saves.calls).toHaveLength(1); // v2 waits for v1
    saves.calls[0].answer(true);
    await settled();
    expect(saves.calls.map((c) => c.values)).toEqual([{ name: 'v1' }, { name: 'v2' }]);
    saves.calls[1].answer(true);
    await settled();
    expect(states).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('keeps a failed save and tries it again later, unless a newer change replaces it', async () => {
    const { clock, saves, saver, states } = autosaver();
    saver.change({ name: 'v1' });
    clock.elapse();
    saves.calls[0].answer(false);
    await settled();
    expect(states).toEqual(['saving', 'failed']);
    expect(clock.waiting()).toEqual([10_000]);
    clock.elapse();
    expect(saves.calls.map((c) => c.values)).toEqual([{ name: 'v1' }, { name: 'v1' }]);
    saves.calls[1].answer(false);
    await settled();
    saver.change({ name: 'v2' });
    expect(clock.waiting()).toEqual([2000]);
    clock.elapse();
    expect(saves.calls[2].values).toEqual({ name: 'v2' });
  });

  it('settle (before the draft is deleted) drops what waits and waits for the save under way', async () => {
    const { clock, saves, saver } = autosaver();
    saver.change({ name: 'v1' });
    clock.elapse();
    saver.change({ name: 'v2' });
    let done = false;
    const settling = saver.settle().then(() => (done = true));
    await settled();
    expect(done).toBe(false);
    saves.calls[0].answer(true);
    await settling;
    expect(clock.waiting()).toEqual([]);
    expect(saves.calls).toHaveLength(1); // v2 is never sent after the delete
  });
});

describe('form draft keys (issue #18)', () => {
  it('names the form and its id in lower case, as the gateway takes them', () => {
    expect(formDraftKey('admission', '6F1C2B0E-8A52-4C1E-9D0F-3C2A1B4E5D6F')).toBe(
      'admission:6f1c2b0e-8a52-4c1e-9d0f-3c2a1b4e5d6f',
    );
    expect(formDraftKey('lottery-application', undefined)).toBeUndefined();
  });
});

describe('a restored draft wins over the organization’s prefill (issue #18)', () => {
  const organization = {
    postalAddress: { contactName: '黄丽' },
    financialCustodian: {
      name: '横州镇社工站',
      accountName: '横州镇社工站',
      bankCode: 'ICBC',
      bankName: '工商银行横州支行',
    },
  } as unknown as OrganizationView;

  it('fills only what the draft left empty: the applicant’s contact and bank name stay', () => {
    const draft = {
      projectName: '长者助餐',
      contactName: '李秀兰',
      contactPhone: '13977123456',
      bankAccount: { accountName: '', bankName: '农业银行横州支行', accountNumber: '6222' },
    };
    const prefill = prefillFromOrganization(organization);
    const fields = prefillFields(prefill, emptyIn(draft));
    expect(fields.map((f) => f.name.join('.'))).toEqual([
      'bankAccount.accountName',
      'bankAccount.bankCode',
    ]);
    expect(fields.map((f) => f.value)).toEqual(['横州镇社工站', 'ICBC']);
  });

  it('without a draft, the prefill fills it all', () => {
    const fields = prefillFields(prefillFromOrganization(organization), emptyIn({}));
    expect(Object.fromEntries(fields.map((f) => [f.name.join('.'), f.value]))).toEqual({
      contactName: '黄丽',
      'bankAccount.accountName': '横州镇社工站',
      'bankAccount.bankCode': 'ICBC',
      'bankAccount.bankName': '工商银行横州支行',
    });
  });

  it('counts blank text and empty lists as empty, zero and false as given', () => {
    const isEmpty = emptyIn({ a: '  ', b: [], c: 0, d: false, e: { f: null } });
    expect(['a', 'b', 'c', 'd'].map((k) => isEmpty([k]))).toEqual([true, true, false, false]);
    expect(isEmpty(['e', 'f'])).toBe(true);
    expect(isEmpty(['x', 'y'])).toBe(true);
  });
});

describe('the draft’s times and words (issue #18)', () => {
  const t = i18next.createInstance();
  beforeAll(() =>
    t.init({
      lng: 'zh-CN',
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
    }),
  );

  it('says hh:mm for today, with the date for an earlier day', () => {
    const now = new Date(2026, 4, 2, 9, 30);
    expect(draftTime(new Date(2026, 4, 2, 8, 5).toISOString(), now)).toBe('08:05');
    expect(draftTime(new Date(2026, 4, 1, 21, 7).toISOString(), now)).toBe('05-01 21:07');
  });

  it('reads 已恢复 hh:mm 的草稿 and 已自动保存 hh:mm in Chinese, and has every word in English', () => {
    expect(t.t('drafts.restored', { time: '08:05' })).toBe('已恢复 08:05 的草稿');
    expect(t.t('drafts.saved', { time: '08:05' })).toBe('已自动保存 08:05');
    expect(t.t('drafts.saving')).toBe('保存中…');
    expect(Object.keys(en.drafts).sort()).toEqual(Object.keys(zhCN.drafts).sort());
  });
});
