import { AuditOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRenewContract } from './contract-queries';
import type { ContractView } from './contract-types';
import { EvaluateDrawer } from './evaluate-drawer';

/**
 * What an officer does with a contract in force (R25, R27): record a monitoring check or the
 * year's final evaluation (记录履约评价), and renew the next contract year against that year's
 * budget (续签下一年度, asked to confirm) while the term has one not renewed. What the API refuses
 * of the renewal (no budget for the year, 422; the year before not committed) goes to `onError`,
 * to be explained on the page.
 */
export function ContractActions(props: {
  contract: ContractView;
  onError: (error: Error | null) => void;
}) {
  const { contract, onError } = props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [evaluating, setEvaluating] = useState(false);
  const renew = useRenewContract(contract.id);
  if (contract.status !== 'IN_FORCE') return null;
  const next = contract.years.find((y) => y.commitment === 'NOT_RENEWED');

  const confirmRenewal = (year: NonNullable<typeof next>) =>
    modal.confirm({
      title: t('procurement.contracts.renew.confirm', {
        year: year.year,
        fiscalYear: year.fiscalYear,
      }),
      content: t('procurement.contracts.renew.confirmDetail'),
      okText: t('procurement.contracts.renew.open'),
      okButtonProps: { 'data-testid': 'renew-ok' },
      cancelText: t('common.cancel'),
      onOk: () => {
        onError(null);
        renew.mutate(undefined, {
          onSuccess: () => void message.success(t('procurement.contracts.renew.done', year)),
          onError,
        });
      },
    });

  return (
    <Space wrap>
      <Button
        type="primary"
        icon={<AuditOutlined />}
        data-testid="evaluate"
        onClick={() => setEvaluating(true)}
      >
        {t('procurement.contracts.evaluate.open')}
      </Button>
      {next && (
        <Button
          icon={<SyncOutlined />}
          data-testid="renew"
          loading={renew.isPending}
          onClick={() => confirmRenewal(next)}
        >
          {t('procurement.contracts.renew.open')}
        </Button>
      )}
      {evaluating && <EvaluateDrawer contract={contract} onClose={() => setEvaluating(false)} />}
    </Space>
  );
}
