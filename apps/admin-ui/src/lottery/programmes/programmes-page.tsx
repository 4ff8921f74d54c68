import { Permission } from '@civic/domain/access';
import { formQuestions } from '@civic/domain/forms';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubsidyProgrammeView } from '../../api/types';
import { useCurrentUser } from '../../auth/use-current-user';
import { ErrorResult } from '../../common/error-result';
import { schemaOf } from '../../forms';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import { useYuan } from '../../common/use-yuan';
import { useProgrammes } from '../queries';
import { YearCard } from '../year-card';
import { CreateProgrammeModal } from './create-programme-modal';
import { QuestionsDrawer } from './questions-drawer';
import { ExportButton } from '../../common/export-button';

/**
 * The fund's programmes of a year (R20) with their applications so far, a page at a time;
 * officers create them, and give each the questions it adds to an application's fixed fields
 * (附加问题, issue #17) until its first application arrives.
 */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [year, setYear] = useState(dayjs().year());
  const [creating, setCreating] = useState(false);
  const [questionsOf, setQuestionsOf] = useState<string>();
  const paging = usePaging({ scope: year });
  const programmes = useProgrammes(year, paging.query);
  const columns = useColumns((p) => setQuestionsOf(p.id));
  // The programme as last listed: after its questions are saved, the list is asked again.
  const editing = programmes.data?.items.find((p) => p.id === questionsOf);
  if (programmes.isError) return <ErrorResult error={programmes.error} />;
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card
        title={t('lottery.programmes.title')}
        extra={
          <Space>
            <Select
              id="programmes-year"
              className="filter-select"
              aria-label={t('finance.funds.fiscalYear')}
              value={year}
              onChange={setYear}
              options={yearOptions(t)}
            />
            <ExportButton
              path="/api/v1/lottery/programmes/export.xlsx"
              filters={{ fiscalYear: year }}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('lottery.programmes.create')}
            </Button>
          </Space>
        }
      >
        <Table<SubsidyProgrammeView>
          rowKey="id"
          data-testid="programmes-table"
          loading={programmes.isPending}
          dataSource={programmes.data?.items}
          columns={columns}
          pagination={paging.pagination(programmes.data)}
        />
      </Card>
      {user.permissions.includes(Permission.SUBSIDY_REVIEW) && <YearCard year={year} />}
      {creating && <CreateProgrammeModal year={year} onClose={() => setCreating(false)} />}
      {editing && <QuestionsDrawer programme={editing} onClose={() => setQuestionsOf(undefined)} />}
    </Space>
  );
}

function useColumns(
  onQuestions: (programme: SubsidyProgrammeView) => void,
): TableColumnsType<SubsidyProgrammeView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const user = useCurrentUser();
  const canReview = user.permissions.includes(Permission.SUBSIDY_REVIEW);
  const canManage = user.permissions.includes(Permission.SUBSIDY_PROGRAMME_MANAGE);
  return [
    { title: t('lottery.fields.programme'), dataIndex: 'name' },
    {
      title: t('lottery.fields.purpose'),
      dataIndex: 'purpose',
      className: 'nowrap',
      render: (purpose: string) => t(`enums.lotteryPurpose.${purpose}`),
    },
    {
      title: t('lottery.fields.budget'),
      dataIndex: 'budgetFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('lottery.fields.ruralReserve'),
      dataIndex: 'ruralReservePercent',
      align: 'right',
      render: (percent: number) => `${percent}%`,
    },
    { title: t('lottery.fields.applications'), dataIndex: 'applicationCount', align: 'right' },
    {
      title: t('lottery.fields.requestedSum'),
      dataIndex: 'requestedFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      // issue #17: how many questions the programme adds; locked once it has an application.
      title: t('lottery.programmes.questions'),
      key: 'questions',
      className: 'nowrap',
      render: (_, p) => {
        const count = questionCount(p);
        const label =
          count > 0
            ? t('lottery.programmes.questionCount', { count })
            : t('lottery.programmes.noQuestions');
        return canManage ? (
          <Button
            type="link"
            size="small"
            data-testid="programme-questions"
            icon={p.applicationCount > 0 ? <LockOutlined /> : undefined}
            onClick={() => onQuestions(p)}
          >
            {label}
          </Button>
        ) : (
          label
        );
      },
    },
    {
      title: '',
      key: 'review',
      render: (_, p) =>
        canReview && (
          <Link to={`/lottery/review?programme=${p.id}`}>{t('lottery.programmes.review')}</Link>
        ),
    },
  ];
}

/** The number of questions in a programme's form (its JSON Schema's order), 0 without one. */
function questionCount(p: SubsidyProgrammeView): number {
  return formQuestions(schemaOf(p.form)).length;
}
