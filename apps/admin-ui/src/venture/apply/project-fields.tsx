import { PRIORITY_GROUPS } from '@civic/domain/organizations';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';
import type { CallView } from '../types';

/** What the project is, where it runs and whom it serves (R7); the call's focus groups first. */
export function ProjectFields({ call }: { call?: CallView }) {
  const { t } = useTranslation();
  const required = useRequired();
  const areas = useEnumOptions('areaType');
  const focus = new Set(call?.focusGroups ?? []);
  const groups = [...PRIORITY_GROUPS]
    .sort((a, b) => Number(focus.has(b)) - Number(focus.has(a)))
    .map((g) => ({
      value: g,
      label: focus.has(g)
        ? t('venture.apply.focusGroup', { group: t(`enums.priorityGroup.${g}`) })
        : t(`enums.priorityGroup.${g}`),
    }));
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="title" label={t('venture.fields.proposal')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="summary" label={t('venture.fields.summary')} rules={required}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="projectAreaType" label={t('venture.fields.projectArea')} rules={required}>
          <Radio.Group options={areas} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="servedGroups" label={t('venture.fields.servedGroups')} rules={required}>
          <Select mode="multiple" options={groups} />
        </Form.Item>
      </Col>
    </Row>
  );
}
