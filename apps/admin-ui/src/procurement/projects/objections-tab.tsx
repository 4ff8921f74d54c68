import { Alert, App, Button, Form, Input, Modal, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { RefusalAlert } from '../../common/refusal-alert';
import { usePaging } from '../../common/use-paging';
import { dateTime } from '../../venture/calls/call-columns';
import { useAnswerObjection, useObjections } from './project-queries';
import type { ProjectStatus, PurchaseObjectionView, PurchaseProjectView } from './project-types';
import { ExportButton } from '../../common/export-button';

/** The statuses in which a result has been published, so objections may have come in (R25). */
const PUBLISHED: readonly ProjectStatus[] = ['AWARDED', 'CONTRACTED', 'FAILED', 'CANCELLED'];

const OBJECTION_COLORS: Record<PurchaseObjectionView['status'], string> = {
  OPEN: 'gold',
  UPHELD: 'error',
  DISMISSED: 'default',
};

/**
 * Objections (质疑) bidders raised to the published result within its window (R25), a page at a
 * time, each with its answer; an open one is answered here: upheld, the award passes to the next
 * bid in rank; dismissed, the award stands.
 */
export function ObjectionsTab({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const paging = usePaging();
  const published = PUBLISHED.includes(project.status);
  const objections = useObjections(project.id, paging.query, published);
  const [answering, setAnswering] = useState<PurchaseObjectionView>();
  if (!published) {
    return <Alert type="info" showIcon title={t('procurement.projects.objectionsAfterAward')} />;
  }
  if (objections.isError) return <ErrorResult error={objections.error} />;
  return (
    <>
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/procurement/projects/{id}/objections/export.xlsx"
          params={{ id: project.id }}
        />
      </div>
      <Table<PurchaseObjectionView>
        rowKey="id"
        data-testid="objections-table"
        loading={objections.isPending}
        dataSource={objections.data?.items}
        pagination={paging.pagination(objections.data)}
        locale={{ emptyText: t('procurement.projects.noObjections') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('procurement.projects.undertaker'), dataIndex: 'undertakerName' },
          { title: t('procurement.projects.objectionText'), dataIndex: 'text' },
          {
            title: t('procurement.projects.raisedAt'),
            dataIndex: 'raisedAt',
            className: 'nowrap',
            render: dateTime,
          },
          {
            title: t('procurement.projects.objectionStatus'),
            dataIndex: 'status',
            className: 'nowrap',
            render: (status: PurchaseObjectionView['status']) => (
              <Tag color={OBJECTION_COLORS[status]} data-testid="objection-status">
                {t(`procurement.projects.objectionStatuses.${status}`)}
              </Tag>
            ),
          },
          {
            title: t('procurement.projects.answer'),
            key: 'answer',
            render: (_, o) =>
              o.status === 'OPEN' ? (
                <Button size="small" data-testid="answer-objection" onClick={() => setAnswering(o)}>
                  {t('procurement.projects.answerButton')}
                </Button>
              ) : (
                <>
                  <div>{o.answer}</div>
                  <div className="secondary-text">{dateTime(o.answeredAt ?? undefined)}</div>
                </>
              ),
          },
        ]}
      />
      {answering && (
        <AnswerModal
          projectId={project.id}
          objection={answering}
          onClose={() => setAnswering(undefined)}
        />
      )}
    </>
  );
}

interface AnswerValues {
  decision: 'UPHELD' | 'DISMISSED';
  answer: string;
}

/** Answers one objection, with the reasons the bidder reads (R25). */
function AnswerModal(props: {
  projectId: string;
  objection: PurchaseObjectionView;
  onClose: () => void;
}) {
  const { projectId, objection, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerObjection(projectId, objection.id);
  const submit = (values: AnswerValues) =>
    answer.mutate(
      { decision: values.decision, answer: values.answer.trim() },
      {
        onSuccess: () => {
          void message.success(t('procurement.projects.answered'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t('procurement.projects.answerTitle', { name: objection.undertakerName })}
      okText={t('procurement.projects.answerButton')}
      okButtonProps={{ 'data-testid': 'answer-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={answer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {answer.error && (
        <RefusalAlert
          error={answer.error}
          title={t('procurement.projects.answerRefused')}
          errorsKey="procurement.projects.errors"
        />
      )}
      <p className="catalogue-description">{objection.text}</p>
      <Form form={form} name="objection" layout="vertical" onFinish={submit}>
        <Form.Item
          name="decision"
          label={t('procurement.projects.objectionDecision')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Radio.Group
            options={(['UPHELD', 'DISMISSED'] as const).map((d) => ({
              value: d,
              label: t(`procurement.projects.objectionStatuses.${d}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="answer"
          label={t('procurement.projects.answer')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
