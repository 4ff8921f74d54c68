import { useTranslation } from 'react-i18next';
import { useYuan } from '../common/use-yuan';
import { fieldSpec, type FieldUnit, valueAt } from './policy-fields';
import type { PolicyBody, PolicyKind } from './policy-types';

const TRANCHE_FIELD = /^tranches\.(\d+)\.(key|percent)$/;
const TRANCHE_ITEM = /^tranches\.(\d+)$/;
const KEYWORDS = /^keywords\.([A-Z_]+)$/;
const NOTICE = /^notices\.(\d+)(?:\.(year|notice|holidays|makeUpWorkdays))?$/;
const METHOD =
  /^methods\.(\d+)(?:\.(method|name|nameZh|article|minBidders|minPanel|justificationRequired))?$/;
const CLAUSE = /^clauses\.(\d+)(?:\.(key|article|name|nameZh|terms))?$/;

type Named = { method?: unknown; key?: unknown; name?: unknown; nameZh?: unknown };

/**
 * The names of the policy store in the UI language (issue #17): a kind's name, a field's label
 * (`bonuses.rural` → 农村组织或农村项目 under PRIORITY), and a value with its unit (15 → +15 分,
 * 30 → 30 %, fen → yuan). A field the UI does not know shows its path: nothing is hidden. A
 * purchase method's fields (R25) are named by its method, a negative-list clause's by its name,
 * from the first of `bodies` that has it (the version shown; in a comparison, either side).
 */
export function usePolicyLabels() {
  const { t, i18n } = useTranslation();
  const yuan = useYuan();

  const kindName = (kind: PolicyKind) => t(`policies.kinds.${kind}`);

  const trancheName = (key: string) =>
    i18n.exists(`policies.tranche.${key}`) ? t(`policies.tranche.${key}`) : key;

  /** rule R25: a purchase method by its name in the UI language (公开招标), else its code. */
  const methodName = (method: string) =>
    t(`procurement.projects.methods.${method}`, { defaultValue: method });

  /** rule R25: a negative-list clause (or anything named) by its name in the UI language. */
  const nameOf = (item: Named): string | undefined => {
    const name = i18n.language === 'en' ? item.name : (item.nameZh ?? item.name);
    return typeof name === 'string' && name.trim() !== '' ? name : undefined;
  };

  const itemIn = (bodies: readonly (PolicyBody | undefined)[], path: string): Named =>
    (bodies.map((body) => valueAt(body, path)).find((item) => typeof item === 'object') ??
      {}) as Named;

  const fieldLabel = (
    kind: PolicyKind,
    path: string,
    ...bodies: (PolicyBody | undefined)[]
  ): string => {
    if (path === 'version') return t('policies.fields.version');
    const method = kind === 'PURCHASE' ? METHOD.exec(path) : null;
    if (method) {
      const { method: code } = itemIn(bodies, `methods.${method[1]}`);
      const name =
        typeof code === 'string'
          ? methodName(code)
          : t('policies.fields.PURCHASE.methodN', { n: Number(method[1]) + 1 });
      return t(`policies.fields.PURCHASE.method.${method[2] ?? 'item'}`, { method: name });
    }
    const clause = kind === 'NEGATIVE_LIST' ? CLAUSE.exec(path) : null;
    if (clause) {
      const name =
        nameOf(itemIn(bodies, `clauses.${clause[1]}`)) ??
        t('policies.fields.NEGATIVE_LIST.clauseN', { n: Number(clause[1]) + 1 });
      return t(`policies.fields.NEGATIVE_LIST.clause.${clause[2] ?? 'item'}`, { clause: name });
    }
    const tranche = TRANCHE_FIELD.exec(path) ?? TRANCHE_ITEM.exec(path);
    if (tranche) {
      const n = Number(tranche[1]) + 1;
      return t(`policies.fields.TRANCHES.${tranche[2] ?? 'item'}`, { n });
    }
    const notice = NOTICE.exec(path);
    if (notice) {
      return t(`policies.fields.CALENDAR.${notice[2] ?? 'item'}`, { n: Number(notice[1]) + 1 });
    }
    const keywords = KEYWORDS.exec(path);
    if (keywords) {
      return t('policies.fields.BANNED_USES.keywords', {
        use: t(`enums.budgetCategory.${keywords[1]}`, { defaultValue: keywords[1] }),
      });
    }
    const key = `policies.fields.${kind}.${path}`;
    return i18n.exists(key) ? t(key) : path;
  };

  const withUnit = (unit: FieldUnit, value: number) =>
    unit === 'fen' ? yuan(value) : t(`policies.unit.${unit}`, { value });

  const formatValue = (kind: PolicyKind, path: string, value: unknown): string => {
    if (value === undefined || value === null) return '—';
    const unit = fieldSpec(kind, path)?.unit ?? (/percent$/i.test(path) ? 'percent' : undefined);
    if (typeof value === 'number' && unit) return withUnit(unit, value);
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('common.none');
      return value.map((item) => formatValue(kind, path, item)).join(t('common.listSeparator'));
    }
    if (typeof value === 'object') {
      const { key, percent, year, notice, method } = value as Record<string, unknown>;
      // rule R25: a purchase method, or a negative-list clause, by its name.
      if (typeof method === 'string') return methodName(method);
      const name = nameOf(value as Named);
      if (name !== undefined) return name;
      if (typeof key === 'string' && typeof percent === 'number') {
        return `${trancheName(key)} ${withUnit('percent', percent)}`;
      }
      if (typeof year === 'number' && typeof notice === 'string') {
        return t('policies.calendar.noticeShort', { year, notice });
      }
      return JSON.stringify(value);
    }
    if (kind === 'PURCHASE' && path.endsWith('.method') && typeof value === 'string') {
      return methodName(value);
    }
    if (path.endsWith('.key') && typeof value === 'string') return trancheName(value);
    return String(value);
  };

  return { kindName, fieldLabel, formatValue, withUnit, trancheName, methodName, nameOf };
}
