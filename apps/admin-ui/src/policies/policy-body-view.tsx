import { Collapse, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarView } from './calendar-view';
import { fieldsOf, isNumericKind, valueAt } from './policy-fields';
import type { PolicyBody, PolicyKind } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';

/**
 * The numbers of one version, readably (issue #17): each field with its Chinese (or English) label
 * and unit; the tranches one a line (R19); the banned-use keywords as a count per class, each
 * list expandable (R22); the holiday notices entered over the working calendar (R16).
 */
export function PolicyBodyView({ kind, body }: { kind: PolicyKind; body: PolicyBody }) {
  if (kind === 'BANNED_USES') return <BannedUsesView body={body} />;
  if (kind === 'CALENDAR') return <CalendarView body={body} />;
  if (kind === 'TRANCHES') return <TranchesView body={body} />;
  return <NumbersView kind={kind} body={body} />;
}

function NumbersView({ kind, body }: { kind: PolicyKind; body: PolicyBody }) {
  const { fieldLabel, formatValue } = usePolicyLabels();
  const fields = isNumericKind(kind) ? fieldsOf(kind, body).map((f) => f.path) : [];
  return (
    <Descriptions
      size="small"
      column={1}
      className="policy-numbers"
      items={fields.map((path) => ({
        key: path,
        label: fieldLabel(kind, path),
        children: (
          <span data-testid="policy-field" data-field={path}>
            {formatValue(kind, path, valueAt(body, path))}
          </span>
        ),
      }))}
    />
  );
}

function TranchesView({ body }: { body: PolicyBody }) {
  const { fieldLabel, withUnit, trancheName } = usePolicyLabels();
  const tranches = Array.isArray(body['tranches'])
    ? (body['tranches'] as { key: string; percent: number }[])
    : [];
  return (
    <Descriptions
      size="small"
      column={1}
      className="policy-numbers"
      items={tranches.map((tranche, i) => ({
        key: tranche.key,
        label: `${fieldLabel('TRANCHES', `tranches.${i}`)} ${trancheName(tranche.key)}`,
        children: (
          <span data-testid="policy-field" data-field={`tranches.${i}.percent`}>
            {withUnit('percent', tranche.percent)}
          </span>
        ),
      }))}
    />
  );
}

function BannedUsesView({ body }: { body: PolicyBody }) {
  const { t } = useTranslation();
  const { fieldLabel } = usePolicyLabels();
  const keywords = (body['keywords'] ?? {}) as Record<string, string[]>;
  const allowed = Array.isArray(body['allowedPhrases']) ? (body['allowedPhrases'] as string[]) : [];
  const lists = [
    ...Object.entries(keywords).map(([use, words]) => ({
      path: `keywords.${use}`,
      words,
    })),
    { path: 'allowedPhrases', words: allowed },
  ];
  return (
    <Collapse
      size="small"
      ghost
      data-testid="banned-uses"
      items={lists.map(({ path, words }) => ({
        key: path,
        label: (
          <span data-testid="policy-field" data-field={path}>
            {t('policies.keywordCount', {
              label: fieldLabel('BANNED_USES', path),
              count: words.length,
            })}
          </span>
        ),
        collapsible: words.length === 0 ? 'disabled' : undefined,
        children: (
          <div className="policy-words">
            {words.map((word) => (
              <Tag key={word}>{word}</Tag>
            ))}
          </div>
        ),
      }))}
    />
  );
}
