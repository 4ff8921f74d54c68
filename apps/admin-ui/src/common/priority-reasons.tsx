import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriorityReasonView } from '../api/types';
import { useLocalizedMessage } from '../organizations/localized';

/**
 * The priority bonus (R13) and each of its reasons, in the UI language: the same for a lottery
 * application, a venture proposal and an incubation admission.
 */
export function PriorityReasons(props: { bonus: number; reasons: readonly PriorityReasonView[] }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  return (
    <div data-testid="priority">
      <Tag color="purple" data-testid="priority-bonus">
        {t('lottery.review.bonus', { bonus: props.bonus })}
      </Tag>
      <ul className="reason-list">
        {props.reasons.map((reason) => (
          <li key={reason.code} data-testid="priority-reason" data-code={reason.code}>
            {t('lottery.review.reason', {
              points: reason.points,
              message: localized(reason),
              rule: reason.rule,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
