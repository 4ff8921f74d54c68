import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, valueAt } from '../policy-fields';
import type { PolicyView } from '../policy-types';
import { usePolicyLabels } from '../use-policy-labels';

/** A rule's section: its title, its version and first day, then what it says. */
function RuleSection(props: {
  title: string;
  doc?: PolicyView;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { doc } = props;
  return (
    <section className="policy-rule" data-testid={props.testId}>
      <Typography.Title level={4}>{props.title}</Typography.Title>
      {doc ? (
        <>
          <Typography.Text type="secondary" data-testid="policy-rule-version">
            {t('policies.public.version', {
              rule: doc.rule,
              version: doc.version,
              date: doc.effectiveFrom,
            })}
          </Typography.Text>
          {props.children}
        </>
      ) : (
        <Typography.Paragraph>{t('policies.noneInForce')}</Typography.Paragraph>
      )}
    </section>
  );
}

const numberAt = (doc: PolicyView | undefined, path: string): number => {
  const value = valueAt(doc?.body, path);
  return typeof value === 'number' ? value : 0;
};

/**
 * R13: the ranking score, merit × (1 + bonus/100), with a worked example from the bonuses in
 * force, then each bonus and what earns it.
 */
export function PriorityRule({ doc }: { doc?: PolicyView }) {
  const { t } = useTranslation();
  const { fieldLabel } = usePolicyLabels();
  const bonus = (name: string) => numberAt(doc, `bonuses.${name}`);
  const example = bonus('rural') + bonus('publicWelfare');
  const score = (80 * (100 + example)) / 100;
  return (
    <RuleSection title={t('policies.public.priority.title')} doc={doc} testId="public-priority">
      <Typography.Paragraph>{t('policies.public.priority.formula')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('policies.public.priority.example', {
          bonus: example,
          score: Number.isInteger(score) ? score : score.toFixed(2),
        })}
      </Typography.Paragraph>
      <ul className="policy-bonuses">
        {fieldsOf('PRIORITY', doc?.body)
          .filter((f) => f.path !== 'bonuses.priorityGroupsCap')
          .map(({ path }) => {
            const name = path.replace('bonuses.', '');
            return (
              <li key={name} data-testid="public-bonus" data-bonus={name}>
                <span className="policy-bonus-points">
                  {t('policies.unit.points', { value: bonus(name) })}
                </span>
                <span>
                  {t(`policies.public.priority.earns.${name}`, {
                    cap: bonus('priorityGroupsCap'),
                    defaultValue: fieldLabel('PRIORITY', path),
                  })}
                </span>
              </li>
            );
          })}
      </ul>
      <Typography.Paragraph type="secondary">
        {t('policies.public.priority.reasons')}
      </Typography.Paragraph>
    </RuleSection>
  );
}

/** R14: the share reserved for rural organizations, and what rural applicants leave unused. */
export function ReserveRule({ doc }: { doc?: PolicyView }) {
  const { t } = useTranslation();
  return (
    <RuleSection title={t('policies.public.reserve.title')} doc={doc} testId="public-reserve">
      <Typography.Paragraph data-testid="public-reserve-percent">
        {t('policies.public.reserve.text', { percent: numberAt(doc, 'ruralReservePercent') })}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('policies.public.reserve.unused')}</Typography.Paragraph>
    </RuleSection>
  );
}

/** R21: the least share of the lottery fund's social-welfare use that goes to eldercare. */
export function EldercareRule({ doc }: { doc?: PolicyView }) {
  const { t } = useTranslation();
  return (
    <RuleSection title={t('policies.public.eldercare.title')} doc={doc} testId="public-eldercare">
      <Typography.Paragraph data-testid="public-eldercare-percent">
        {t('policies.public.eldercare.text', { percent: numberAt(doc, 'floorPercent') })}
      </Typography.Paragraph>
    </RuleSection>
  );
}
