import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Space, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RefusalAlert } from '../../common/refusal-alert';
import { ResponsiveTable } from '../../common/responsive-table';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import {
  downloadErrorReport,
  downloadTemplate,
  errorLine,
  failedRows,
  importOrganizations,
  type ImportRowView,
  type OrganizationImportView,
} from './import-report';

const STATUS_COLOURS: Record<ImportRowView['status'], string> = {
  CREATED: 'green',
  INVALID: 'red',
  DUPLICATE: 'orange',
};

function useImportColumns(): ResponsiveColumns<ImportRowView> {
  const { t } = useTranslation();
  return [
    {
      title: t('organizations.import.row'),
      dataIndex: 'row',
      width: 80,
      card: 'field',
    },
    {
      title: t('organizations.fields.name'),
      dataIndex: 'name',
      card: 'title',
      render: (name: string | undefined, row) =>
        row.organizationId ? <Link to={`/organizations/${row.organizationId}`}>{name}</Link> : name,
    },
    {
      title: t('organizations.import.status'),
      dataIndex: 'status',
      width: 110,
      card: 'status',
      render: (status: ImportRowView['status']) => (
        <Tag color={STATUS_COLOURS[status]}>{t(`organizations.import.statuses.${status}`)}</Tag>
      ),
    },
    {
      title: t('organizations.import.errors'),
      dataIndex: 'errors',
      render: (errors: ImportRowView['errors']) =>
        errors.length > 0 && (
          <ul className="violation-list" data-testid="import-row-errors">
            {errors.map(errorLine).map((e, i) => (
              <li key={i}>
                {e.column && <Typography.Text strong>{e.column}：</Typography.Text>}
                {e.message}
              </li>
            ))}
          </ul>
        ),
    },
  ];
}

/**
 * Importing organizations from Excel (issue #18), for whoever may register them: the template,
 * the file (kept here, sent only on 导入), then each row's outcome, a page at a time, with the
 * refused rows' errors by column; the refused rows can be downloaded with a 错误 column, fixed
 * and imported again. A refused row stored nothing (R1–R5, R29 checked by the registry).
 */
export function ImportOrganizationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const columns = useImportColumns();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Error>();
  const [report, setReport] = useState<OrganizationImportView>();
  const [onlyFailed, setOnlyFailed] = useState(true);

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setRefusal(undefined);
    setReport(undefined);
    try {
      const answer = await importOrganizations(file);
      setReport(answer);
      setOnlyFailed(answer.failed > 0);
      if (answer.created > 0) await queryClient.invalidateQueries({ queryKey: ['organizations'] });
    } catch (error) {
      setRefusal(error as Error);
    } finally {
      setBusy(false);
    }
  };
  const guarded = (action: () => Promise<void>) => async () => {
    try {
      await action();
    } catch (error) {
      void message.error((error as Error).message);
    }
  };
  const fileList: UploadFile[] = file
    ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }]
    : [];
  const shown = report && (onlyFailed ? failedRows(report) : report.rows);

  return (
    <Card
      title={<Typography.Title level={4}>{t('organizations.import.title')}</Typography.Title>}
      extra={<Link to="/organizations">{t('organizations.import.back')}</Link>}
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Paragraph type="secondary">
          {t('organizations.import.intro')}
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void guarded(downloadTemplate)()}
          data-testid="import-template"
        >
          {t('organizations.import.template')}
        </Button>
        <div data-testid="import-file">
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={fileList}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setReport(undefined);
              setRefusal(undefined);
              return false; // kept here; sent through the API client on 导入
            }}
            onRemove={() => {
              setFile(undefined);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('organizations.import.choose')}</p>
            <p className="ant-upload-hint">{t('organizations.import.hint')}</p>
          </Upload.Dragger>
        </div>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={busy}
          onClick={() => void run()}
          data-testid="import-run"
        >
          {t('organizations.import.run')}
        </Button>
        {refusal && <RefusalAlert error={refusal} title={t('organizations.import.refused')} />}
        {report && (
          <>
            <Alert
              type={report.failed > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="import-summary"
              title={t('organizations.import.summary', {
                created: report.created,
                failed: report.failed,
              })}
            />
            <Space wrap>
              <Checkbox
                checked={onlyFailed}
                onChange={(e) => setOnlyFailed(e.target.checked)}
                data-testid="import-only-failed"
              >
                {t('organizations.import.onlyFailed')}
              </Checkbox>
              {report.failed > 0 && file && (
                <Button
                  icon={<DownloadOutlined />}
                  data-testid="import-error-report"
                  onClick={() =>
                    void guarded(() =>
                      downloadErrorReport(
                        file,
                        report,
                        t('organizations.import.errorColumn'),
                        t('organizations.import.errorFile'),
                      ),
                    )()
                  }
                >
                  {t('organizations.import.errorReport')}
                </Button>
              )}
            </Space>
            <ResponsiveTable<ImportRowView>
              rowKey="row"
              data-testid="import-rows"
              columns={columns}
              dataSource={shown}
              rowClassName={(row) => (row.status === 'CREATED' ? '' : 'import-row-failed')}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
