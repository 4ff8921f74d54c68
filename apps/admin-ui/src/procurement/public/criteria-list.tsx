import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCriterionName } from './labels';
import type { EvaluationCriterion } from './public-types';

/**
 * The evaluation criteria announced before bidding (R25), each with its weight out of 100; the
 * price criterion and any tilt factor (R12, rural or public welfare) marked as announced.
 */
export function CriteriaList({ criteria }: { criteria: readonly EvaluationCriterion[] }) {
  const { t } = useTranslation();
  const name = useCriterionName();
  return (
    <div className="procurement-criteria" data-testid="criteria">
      <Typography.Text strong>{t('procurement.public.announcement.criteria')}</Typography.Text>
      <ul>
        {criteria.map((criterion) => (
          <li key={criterion.key} data-testid="criterion">
            <span className="procurement-criterion-name">{name(criterion)}</span>
            <span className="procurement-criterion-weight">
              {t('procurement.public.announcement.weight', { weight: criterion.weight })}
            </span>
            {criterion.kind === 'PRICE' && (
              <Tag color="blue">{t('procurement.public.announcement.priceCriterion')}</Tag>
            )}
            {criterion.tilt && (
              <Tag color="green" data-testid="tilt-tag">
                {t('procurement.public.announcement.tilt')}
              </Tag>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
