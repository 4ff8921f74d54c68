import { articleZh } from '@civic/domain/procurement';
import { Collapse, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarView } from './calendar-view';
import { fieldsOf, isNumericKind, METHOD_NUMBER, valueAt } from './policy-fields';
import type { PolicyBody, PolicyKind } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';

/**
 * The numbers of one version, readably (issue #17): each field with its Chinese (or English) label
 * and unit; the tranches one a line (R19); the banned-use keywords as a count per class, each
 * list expandable (R22); the holiday notices entered over the working calendar (R16); the
 * purchase policy's numbers, then its methods one a line, and the negative list's terms as a
 * count per clause, each list expandable (R25).
 */
export function PolicyBodyView({ kind, body }: { kind: PolicyKind; body: PolicyBody }) {
  if (kind === 'BANNED_USES') return <BannedUsesView body={body} />;
  if (kind === 'CALENDAR') return <CalendarView body={body} />;
  if (kind === 'TRANCHES') return <TranchesView body={body} />;
  if (kind === 'NEGATIVE_LIST') return <NegativeListView body={body} />;
  if (kind === 'PURCHASE') return <PurchaseView body={body} />;
  return <NumbersView kind={kind} body={body} />;
}

function NumbersView(props: { kind: PolicyKind; body: PolicyBody; paths?: string[] }) {
  const { kind, body } = props;
  const { fieldLabel, formatValue } = usePolicyLabels();
  const fields =
    props.paths ?? (isNumericKind(kind) ? fieldsOf(kind, body).map((f) => f.path) : []);
  return (
    <Descriptions
      size="small"
      column={1}
      className="policy-numbers"
      items={fields.map((path) => ({
        key: path,
        label: fieldLabel(kind, path, body),
        children: (
          <span data-testid="policy-field" data-field={path}>
            {formatValue(kind, path, valueAt(body, path))}
          </span>
        ),
      }))}
    />
  );
}

type PurchaseMethodBody = {
  method: string;
  minBidders: number;
  minPanel: number;
  justificationRequired: boolean;
};

/**
 * rule R25, rule R12: the purchase policy: its thresholds (yuan), terms, instalments,
 * performance rule, tilt, price weights and objection window; then each method with its fewest
 * valid bids and smallest panel, and whether it needs a recorded justification.
 */
function PurchaseView({ body }: { body: PolicyBody }) {
  const { t } = useTranslation();
  const { methodName } = usePolicyLabels();
  const numbers = fieldsOf('PURCHASE', body)
    .map((f) => f.path)
    .filter((path) => !METHOD_NUMBER.test(path));
  const methods = Array.isArray(body['methods']) ? (body['methods'] as PurchaseMethodBody[]) : [];
  return (
    <>
      <NumbersView kind="PURCHASE" body={body} paths={numbers} />
      <Typography.Text strong className="policy-subtitle">
        {t('policies.purchase.methods')}
      </Typography.Text>
      <Descriptions
        size="small"
        column={1}
        className="policy-methods"
        data-testid="purchase-methods"
        items={methods.map((m, i) => {
          const text = t('policies.purchase.method', { bidders: m.minBidders, panel: m.minPanel });
          return {
            key: m.method,
            label: methodName(m.method),
            children: (
              <span data-testid="policy-field" data-field={`methods.${i}`}>
                {m.justificationRequired ? t('policies.purchase.justified', { text }) : text}
              </span>
            ),
          };
        })}
      />
    </>
  );
}

type ClauseBody = { key: string; article: string; name: string; nameZh: string; terms: string[] };

/**
 * rule R24, rule R25 (Order 102 art. 10): the negative list, a clause a line with its article
 * and the count of its terms, each list expandable.
 */
function NegativeListView({ body }: { body: PolicyBody }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = usePolicyLabels();
  const clauses = Array.isArray(body['clauses']) ? (body['clauses'] as ClauseBody[]) : [];
  const article = (text: string) => (i18n.language === 'en' ? text : articleZh(text));
  return (
    <Collapse
      size="small"
      ghost
      data-testid="negative-list"
      items={clauses.map((clause, i) => ({
        key: clause.key,
        label: (
          <span data-testid="policy-field" data-field={`clauses.${i}.terms`}>
            {t('policies.keywordCount', {
              label: t('common.withNote', {
                text: nameOf(clause) ?? clause.key,
                note: article(clause.article),
              }),
              count: clause.terms.length,
            })}
          </span>
        ),
        collapsible: clause.terms.length === 0 ? 'disabled' : undefined,
        children: (
          <div className="policy-words">
            {clause.terms.map((term) => (
              <Tag key={term}>{term}</Tag>
            ))}
          </div>
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
