import { EyeOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { useMutation } from '@tanstack/react-query';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-can';

interface Props<V> {
  /** The numbers as the record shows them: masked (R30). */
  masked: ReactNode;
  /** The record's audited unmasking route (unmask-calls.ts). */
  open: () => Promise<V>;
  /** The numbers in full, from its answer. */
  shown: (answer: V) => ReactNode;
  /** `data-testid` of the masked text; the button and the full text add `-unmask` and `-full`. */
  testId: string;
}

/**
 * Numbers shown masked, with a button (显示完整号码) that shows them in full to a user holding
 * contact.unmask: officers who call applicants, finance staff who pay them (R28). The API checks
 * the permission again and records each showing in the audit trail (R31), as the tooltip says.
 * The full numbers live in this component's state only, gone when it unmounts.
 */
export function UnmaskableNumbers<V>({ masked, open, shown, testId }: Props<V>) {
  const { t } = useTranslation();
  const can = useCan()(Permission.CONTACT_UNMASK);
  const unmask = useMutation({ mutationFn: open });
  if (unmask.data) return <span data-testid={`${testId}-full`}>{shown(unmask.data)}</span>;
  return (
    <Space wrap size="small">
      <span data-testid={testId}>{masked}</span>
      {can && (
        <Tooltip title={t('bank.unmaskAudited')}>
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={unmask.isPending}
            onClick={() => unmask.mutate()}
            data-testid={`${testId}-unmask`}
          >
            {t('bank.unmask')}
          </Button>
        </Tooltip>
      )}
      {unmask.isError && <Typography.Text type="danger">{unmask.error.message}</Typography.Text>}
    </Space>
  );
}
