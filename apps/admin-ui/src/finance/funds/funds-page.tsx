import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Card, Col, Row, Select, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/use-current-user';
import { ErrorResult } from '../../common/error-result';
import { useFunds } from '../queries';
import { AppropriateModal } from './appropriate-modal';
import { FundCard } from './fund-card';
import { yearOptions } from './years';

/** Each fund's budget for a year and where it stands (R27); makers and admins appropriate. */
export function FundsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [year, setYear] = useState(dayjs().year());
  const [appropriating, setAppropriating] = useState(false);
  const funds = useFunds(year);
  if (funds.isError) return <ErrorResult error={funds.error} />;
  const positions = funds.data ?? [];
  const sum = (key: 'appropriatedFen' | 'availableFen' | 'committedFen' | 'disbursedFen') =>
    positions.reduce((total, p) => total + p[key], 0);
  const total = {
    appropriatedFen: sum('appropriatedFen'),
    availableFen: sum('availableFen'),
    committedFen: sum('committedFen'),
    disbursedFen: sum('disbursedFen'),
  };

  return (
    <Card
      title={t('finance.funds.title')}
      extra={
        <Space>
          <Select
            className="filter-select"
            data-testid="fiscal-year"
            aria-label={t('finance.funds.fiscalYear')}
            value={year}
            onChange={setYear}
            options={yearOptions(t)}
          />
          {user.permissions.includes(Permission.BUDGET_APPROPRIATE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAppropriating(true)}>
              {t('finance.funds.appropriate')}
            </Button>
          )}
        </Space>
      }
    >
      {funds.isPending ? (
        <Spin size="large" className="page-spin" />
      ) : (
        <Space orientation="vertical" size="large" className="full-width">
          <FundCard title={t('finance.funds.total')} position={total} testId="funds-total" />
          <Row gutter={[16, 16]}>
            {positions.map((position) => (
              <Col key={position.fund} xs={24} md={12} xl={8}>
                <FundCard
                  title={t(`enums.fund.${position.fund}`)}
                  position={position}
                  testId={`fund-${position.fund}`}
                />
              </Col>
            ))}
          </Row>
        </Space>
      )}
      {appropriating && <AppropriateModal year={year} onClose={() => setAppropriating(false)} />}
    </Card>
  );
}
