import { Alert, type SelectProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rowsNotShown } from './paging';

type List = { items: readonly unknown[]; total: number };

/**
 * Says, above what uses it, that a list holds more rows than the page asked for (reference data
 * asked for as one LARGEST_PAGE): nothing is left out silently. `message` says it in context
 * (`shown` and `total` given); by default, the common words.
 */
export function MoreRowsAlert(props: {
  list?: List;
  message?: (counts: { shown: number; total: number }) => string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { list, message, testId = 'more-rows' } = props;
  if (!list || rowsNotShown(list) === 0) return null;
  const counts = { shown: list.items.length, total: list.total };
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid={testId}
      title={message ? message(counts) : t('common.moreRows', counts)}
    />
  );
}

/**
 * A select's popup that says, under its options, how many the list left out (when it did): for
 * the options of a select taken from one LARGEST_PAGE.
 */
export function useMoreOptionsPopup(list?: List): SelectProps['popupRender'] {
  const { t } = useTranslation();
  if (!list || rowsNotShown(list) === 0) return undefined;
  const note = t('common.moreOptions', { shown: list.items.length, total: list.total });
  return (menu) => (
    <>
      {menu}
      <Typography.Text type="warning" className="select-note" data-testid="more-options">
        {note}
      </Typography.Text>
    </>
  );
}
