import { PRIORITY_GROUPS } from '@civic/domain/organizations';
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/form-modal';
import { yuanRules } from '../../common/yuan-input';
import { yearOptions } from '../../finance/funds/years';
import { useRequired } from '../../common/use-required';
import { useCreateCall } from '../call-queries';
import type { CallView } from '../types';
import {
  CALL_MAPPING,
  type CallFormValues,
  initialCallValues,
  toCreateCallDto,
} from './call-form-values';
import { RubricFields } from './rubric-fields';
import { TrancheFields } from './tranche-fields';

/**
 * Opens a call for proposals (R17): its budget and funding range in yuan (sent as fen, R26), the
 * rural reserve (R14), the focus groups (R7), the deadline, the scoring rubric and the tranche
 * plan (R19). The API decides what is valid; its violations show on their fields.
 */
export function CreateCallModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateCall();
  const yuan = yuanRules(t);
  const names = {
    need: t('venture.rubric.defaults.need'),
    design: t('venture.rubric.defaults.design'),
    budget: t('venture.rubric.defaults.budget'),
  };
  const groups = PRIORITY_GROUPS.map((g) => ({ value: g, label: t(`enums.priorityGroup.${g}`) }));
  const money = (name: keyof CallFormValues, label: string) => (
    <Col xs={24} md={8}>
      <Form.Item name={name} label={label} rules={yuan}>
        <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
      </Form.Item>
    </Col>
  );
  return (
    <FormModal<CallFormValues, Parameters<typeof create.mutate>[0], CallView>
      name="call"
      title={t('venture.calls.create')}
      okText={t('venture.calls.create')}
      mutation={create}
      toBody={toCreateCallDto}
      done={(call) => t('venture.calls.created', { name: call.name })}
      onClose={onClose}
      initialValues={initialCallValues(dayjs().year(), names)}
      mapping={CALL_MAPPING}
      width={880}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('venture.fields.call')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} rules={required}>
            <Select options={yearOptions(t)} />
          </Form.Item>
        </Col>
        {money('budgetYuan', t('venture.fields.budget'))}
        {money('minYuan', t('venture.fields.minAmount'))}
        {money('maxYuan', t('venture.fields.maxAmount'))}
        <Col xs={24} md={8}>
          <Form.Item
            name="ruralReservePercent"
            label={t('venture.fields.ruralReserve')}
            rules={required}
          >
            <InputNumber min={0} max={100} precision={0} suffix="%" className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="deadline" label={t('venture.fields.deadline')} rules={required}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              className="full-width"
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="focusGroups" label={t('venture.fields.focusGroups')} rules={required}>
            <Select mode="multiple" options={groups} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('venture.rubric.title')}</Divider>
      <RubricFields />
      <Divider titlePlacement="start">{t('venture.tranches.title')}</Divider>
      <TrancheFields />
    </FormModal>
  );
}
