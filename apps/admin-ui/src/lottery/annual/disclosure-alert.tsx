import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualDisclosureView } from '../../api/types';

const TYPES = { NOT_DUE: 'info', DUE_SOON: 'warning', OVERDUE: 'error' } as const;

/**
 * A clear warning while a year's annual report is due soon or overdue (R23), with a button to
 * publish it when the user may. With `unpublished`, a finished year's report not due yet is
 * mentioned too.
 */
export function DisclosureAlert(props: {
  year: number;
  disclosure: AnnualDisclosureView;
  onPublish?: () => void;
  unpublished?: boolean;
  testId?: string;
}) {
  const { year, disclosure, onPublish, unpublished, testId = 'disclosure-alert' } = props;
  const { t } = useTranslation();
  const { status } = disclosure;
  if (status === 'PUBLISHED' || (status === 'NOT_DUE' && !unpublished)) return null;
  return (
    <Alert
      type={TYPES[status]}
      showIcon
      data-testid={testId}
      data-status={status}
      title={t(`lottery.year.disclosure${status}`, {
        year,
        deadline: disclosure.deadline,
        days: Math.abs(disclosure.daysLeft),
      })}
      action={
        onPublish && (
          <Button size="small" type="primary" onClick={onPublish} data-testid={`${testId}-publish`}>
            {t('lottery.report.publish')}
          </Button>
        )
      }
    />
  );
}
