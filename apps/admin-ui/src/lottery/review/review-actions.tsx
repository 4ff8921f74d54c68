import { withdrawalCheck } from '@civic/domain/lottery';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/types';
import type { Decision } from '../queries';
import { approvalBlock, type QueueRow } from './queue-rows';

/** What an officer does about a row: read it (the drawer), assess, decide or withdraw it. */
export type ReviewAction = Decision | 'assess' | 'withdraw' | 'read';

/**
 * An undecided application's actions: assess (again), approve only when the ranking allows it
 * (R13/R14, the reason otherwise on hover), reject at any time. A subsidy finance holds and has
 * not paid (committed, or its payment failed for good) may be withdrawn (R27).
 */
export function ReviewActions(props: {
  row: QueueRow;
  unassessed: number;
  onAction: (application: ApplicationView, action: ReviewAction) => void;
}) {
  const { row, unassessed, onAction } = props;
  const { t } = useTranslation();
  const { application } = row;
  if (application.status !== 'SUBMITTED') {
    if (!withdrawalCheck(application.status).ok) return null;
    return (
      <Button
        danger
        size="small"
        data-testid="withdraw"
        onClick={() => onAction(application, 'withdraw')}
      >
        {t('lottery.withdraw.action')}
      </Button>
    );
  }
  const blocked = approvalBlock(row, unassessed);
  const assessed = application.merit !== undefined;
  return (
    <Space>
      <Button
        size="small"
        type={assessed ? 'default' : 'primary'}
        data-testid="assess"
        onClick={() => onAction(application, 'assess')}
      >
        {t(assessed ? 'lottery.assess.again' : 'lottery.assess.action')}
      </Button>
      <Tooltip title={blocked && t(`lottery.errors.${blocked}`)}>
        <Button
          type="primary"
          size="small"
          data-testid="approve"
          disabled={blocked !== undefined}
          onClick={() => onAction(application, 'approve')}
        >
          {t('lottery.review.approve')}
        </Button>
      </Tooltip>
      <Button
        danger
        size="small"
        data-testid="reject"
        onClick={() => onAction(application, 'reject')}
      >
        {t('lottery.review.reject')}
      </Button>
    </Space>
  );
}
