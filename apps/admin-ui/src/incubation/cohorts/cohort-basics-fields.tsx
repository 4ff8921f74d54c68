import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';
import { BaseSelect } from '../base-select';

/** The base, name, capacity, window, term and rural reserve of a new cohort (R14, R16). */
export function CohortBasicsFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const categories = useEnumOptions('category');
  const item = (name: string, label: string, child: ReactNode, md = 8) => (
    <Col xs={24} md={md}>
      <Form.Item name={name} label={t(label)} rules={required}>
        {child}
      </Form.Item>
    </Col>
  );
  const number = (min: number, max: number, suffix?: string) => (
    <InputNumber min={min} max={max} precision={0} suffix={suffix} className="full-width" />
  );
  const date = <DatePicker className="full-width" allowClear={false} />;
  return (
    <Row gutter={16}>
      {item('baseId', 'incubation.fields.base', <BaseSelect />, 12)}
      {item('name', 'incubation.fields.cohortName', <Input maxLength={100} />, 12)}
      {item('windowOpensOn', 'incubation.fields.windowOpensOn', date)}
      {item('windowClosesOn', 'incubation.fields.windowClosesOn', date)}
      {item('startsOn', 'incubation.fields.startsOn', date)}
      {item('capacity', 'incubation.fields.capacity', number(1, 500))}
      {item('termMonths', 'incubation.fields.termMonths', number(1, 60))}
      {item('ruralReservePercent', 'incubation.fields.ruralReserve', number(0, 100, '%'))}
      <Col xs={24}>
        <Form.Item
          name="eligibleCategories"
          label={t('incubation.fields.eligibleCategories')}
          extra={t('incubation.cohorts.allCategories')}
        >
          <Select mode="multiple" allowClear options={categories} />
        </Form.Item>
      </Col>
    </Row>
  );
}
