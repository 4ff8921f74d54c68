import { EyeOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnmaskResidentId } from './queries';

interface Props {
  organizationId: string;
  index: number;
  masked?: string | null;
  canUnmask: boolean;
}

/** A masked resident ID; with personal-data.unmask, a button shows it in full (audited, R30). */
export function ResidentIdCell({ organizationId, index, masked, canUnmask }: Props) {
  const { t } = useTranslation();
  const unmask = useUnmaskResidentId(organizationId, index);
  if (!masked) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (unmask.data) {
    return (
      <Typography.Text code data-testid="resident-id-full">
        {unmask.data.residentId}
      </Typography.Text>
    );
  }
  return (
    <Space>
      <Typography.Text code>{masked}</Typography.Text>
      {canUnmask && (
        <Tooltip title={t('organizations.leaders.unmaskAudited')}>
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={unmask.isPending}
            onClick={() => unmask.mutate()}
          >
            {t('organizations.leaders.unmask')}
          </Button>
        </Tooltip>
      )}
      {unmask.isError && <Typography.Text type="danger">{unmask.error.message}</Typography.Text>}
    </Space>
  );
}
