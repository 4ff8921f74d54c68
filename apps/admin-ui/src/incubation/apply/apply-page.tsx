import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { MoreRowsAlert } from '../../common/more-rows';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { CriteriaList } from '../criteria-list';
import { useAdmissions, useCohorts } from '../queries';
import { SupportList } from '../support-list';
import { ApplyModal } from './apply-modal';

/**
 * 申请入驻: the cohorts taking applications now, what each gives and asks (R15, R16); apply. The
 * open cohorts are found among the latest (the largest page, the latest window first), and the
 * applicant's own applications mark those it applied to; when either list holds more, it says so.
 * The open ones a page at a time; on a phone, a card each.
 */
export function IncubationApplyPage() {
  const { t } = useTranslation();
  const cohorts = useCohorts();
  const mine = useAdmissions();
  const [applying, setApplying] = useState<CohortView>();
  const applied = new Set(mine.data?.items.map((a) => a.cohortId));
  const open = cohorts.data?.items.filter((c) => c.phase === 'OPEN');
  const columns = useColumns(applied, setApplying);
  const error = cohorts.error ?? mine.error;
  if (error) return <ErrorResult error={error} />;
  return (
    <Card title={t('incubation.apply.pageTitle')}>
      <Typography.Paragraph type="secondary">{t('incubation.apply.intro')}</Typography.Paragraph>
      <MoreRowsAlert
        list={cohorts.data}
        message={(counts) => t('incubation.apply.moreCohorts', counts)}
      />
      <MoreRowsAlert
        list={mine.data}
        testId="more-applications"
        message={(counts) => t('incubation.apply.moreApplications', counts)}
      />
      <ResponsiveTable<CohortView>
        rowKey="id"
        data-testid="open-cohorts"
        loading={cohorts.isPending}
        dataSource={open}
        columns={columns}
        scroll={{ x: 'max-content' }} // a narrow window scrolls the table, not the page
        locale={{ emptyText: t('incubation.apply.none') }}
      />
      {applying && <ApplyModal cohort={applying} onClose={() => setApplying(undefined)} />}
    </Card>
  );
}

function useColumns(
  applied: ReadonlySet<string>,
  onApply: (cohort: CohortView) => void,
): ResponsiveColumns<CohortView> {
  const { t } = useTranslation();
  return [
    {
      title: t('incubation.fields.cohort'),
      key: 'cohort',
      card: 'title',
      render: (_, c) => (
        <>
          <div className="strong-text">{c.name}</div>
          <div className="secondary-text">{c.baseName}</div>
        </>
      ),
    },
    {
      title: t('incubation.apply.until'),
      dataIndex: 'windowClosesOn',
      className: 'nowrap',
    },
    {
      title: t('incubation.fields.term'),
      key: 'term',
      render: (_, c) =>
        t('incubation.cohort.term', { from: c.startsOn, to: c.endsOn, months: c.termMonths }),
    },
    { title: t('incubation.fields.capacity'), dataIndex: 'capacity', align: 'right' },
    {
      title: t('incubation.support.title'),
      key: 'support',
      render: (_, c) => <SupportList support={c.support} />,
    },
    {
      title: t('incubation.criteria.title'),
      key: 'criteria',
      render: (_, c) => <CriteriaList criteria={c.graduationCriteria} />,
    },
    {
      title: '',
      key: 'apply',
      className: 'nowrap',
      card: 'actions',
      render: (_, c) =>
        applied.has(c.id) ? (
          <Tag color="blue">{t('incubation.apply.applied')}</Tag>
        ) : (
          <Button type="primary" data-testid="apply" onClick={() => onApply(c)}>
            {t('incubation.apply.action')}
          </Button>
        ),
    },
  ];
}
