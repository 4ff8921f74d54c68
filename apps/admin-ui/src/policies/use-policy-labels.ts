import { useTranslation } from 'react-i18next';
import { useYuan } from '../common/use-yuan';
import { fieldSpec, type FieldUnit } from './policy-fields';
import type { PolicyKind } from './policy-types';

const TRANCHE_FIELD = /^tranches\.(\d+)\.(key|percent)$/;
const TRANCHE_ITEM = /^tranches\.(\d+)$/;
const KEYWORDS = /^keywords\.([A-Z_]+)$/;
const NOTICE = /^notices\.(\d+)(?:\.(year|notice|holidays|makeUpWorkdays))?$/;

/**
 * The names of the policy store in the UI language (issue #17): a kind's name, a field's label
 * (`bonuses.rural` → 农村组织或农村项目 under PRIORITY), and a value with its unit (15 → +15 分,
 * 30 → 30 %, fen → yuan). A field the UI does not know shows its path: nothing is hidden.
 */
export function usePolicyLabels() {
  const { t, i18n } = useTranslation();
  const yuan = useYuan();

  const kindName = (kind: PolicyKind) => t(`policies.kinds.${kind}`);

  const trancheName = (key: string) =>
    i18n.exists(`policies.tranche.${key}`) ? t(`policies.tranche.${key}`) : key;

  const fieldLabel = (kind: PolicyKind, path: string): string => {
    if (path === 'version') return t('policies.fields.version');
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
    if (Array.isArray(value)) {
      if (value.length === 0) return t('common.none');
      return value.map((item) => formatValue(kind, path, item)).join(t('common.listSeparator'));
    }
    if (typeof value === 'object') {
      const { key, percent, year, notice } = value as Record<string, unknown>;
      if (typeof key === 'string' && typeof percent === 'number') {
        return `${trancheName(key)} ${withUnit('percent', percent)}`;
      }
      if (typeof year === 'number' && typeof notice === 'string') {
        return t('policies.calendar.noticeShort', { year, notice });
      }
      return JSON.stringify(value);
    }
    if (path.endsWith('.key') && typeof value === 'string') return trancheName(value);
    return String(value);
  };

  return { kindName, fieldLabel, formatValue, withUnit, trancheName };
}
