import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AdmissionView, IncubateeView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { MoreRowsAlert } from '../../common/more-rows';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useLocalizedMessage } from '../../organizations/localized';
import { ScreeningCell } from '../admissions/ranking-cells';
import { useIncubatees } from '../incubatee-queries';
import { InKindCell, SubsidyCell, VenueCell } from '../incubatees/incubatee-cells';
import { useAdmissions } from '../queries';
import { recordOf } from '../records';
import { IncubateeStatusTag, OutcomeTag } from '../tags';
import { ExportButton } from '../../common/export-button';

/**
 * 我的入驻申请: the applicant's applications with their screening, the answer and why (R16),
 * and, once admitted, the incubation record: venue, in-kind support, start-up subsidy (R15). The
 * applications a page at a time (on a phone, a card each); the records (a look-up) the largest
 * page, saying if there are more.
 */
export function MyAdmissionsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const admissions = useAdmissions(paging.query);
  const records = useIncubatees();
  const columns = useColumns(records.data?.items);
  const error = admissions.error ?? records.error;
  if (error) return <ErrorResult error={error} />;
  return (
    <Card
      title={t('incubation.mine.title')}
      extra={
        <Link to="/incubation/apply">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('menu.incubationApply')}
          </Button>
        </Link>
      }
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/incubation/admissions/export.xlsx" />
      </div>
      <MoreRowsAlert
        list={records.data}
        message={(counts) => t('incubation.mine.moreRecords', counts)}
      />
      <ResponsiveTable<AdmissionView>
        rowKey="id"
        data-testid="my-admissions"
        loading={admissions.isPending}
        dataSource={admissions.data?.items}
        columns={columns}
        pagination={paging.pagination(admissions.data)}
      />
    </Card>
  );
}

function useColumns(records?: readonly IncubateeView[]): ResponsiveColumns<AdmissionView> {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  return [
    {
      title: t('incubation.fields.cohort'),
      key: 'cohort',
      card: 'title',
      render: (_, a) => (
        <>
          <div className="strong-text">{a.cohortName}</div>
          <div className="secondary-text">
            {t('incubation.mine.submittedAt', {
              time: dayjs(a.submittedAt).format('YYYY-MM-DD HH:mm'),
            })}
          </div>
        </>
      ),
    },
    {
      title: t('incubation.ranking.screening'),
      key: 'screening',
      width: 260,
      render: (_, a) => <ScreeningCell screening={a.screening} />,
    },
    {
      title: t('incubation.mine.answer'),
      key: 'answer',
      width: 300,
      card: 'status',
      render: (_, a) =>
        a.decision ? (
          <div data-testid="decision" data-outcome={a.decision.outcome}>
            <OutcomeTag
              outcome={a.decision.outcome}
              waitlistPosition={a.decision.waitlistPosition}
            />
            <div className="secondary-text">{localized(a.decision)}</div>
          </div>
        ) : (
          <Tag color="gold" data-testid="decision" data-outcome="">
            {t('enums.admissionStatus.SUBMITTED')}
          </Tag>
        ),
    },
    {
      title: t('incubation.mine.record'),
      key: 'record',
      render: (_, a) => {
        const record = recordOf(a, records);
        if (!record) return null;
        return (
          <div data-testid="record">
            <IncubateeStatusTag status={record.status} />
            <VenueCell incubatee={record} />
            {record.inKindFen > 0 && <InKindCell incubatee={record} />}
            {record.subsidy && <SubsidyCell subsidy={record.subsidy} incubateeId={record.id} />}
          </div>
        );
      },
    },
  ];
}
