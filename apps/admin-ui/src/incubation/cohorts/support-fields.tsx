import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanRules } from '../../common/yuan-input';
import { useRequired } from '../../common/use-required';

const S = (field: string) => ['support', field];

/**
 * What each admitted organization gets (R15): free space, the monthly fees and the share waived
 * (valued as in-kind support, R16), a start-up subsidy in yuan (sent as fen, R26), trainings (R11).
 */
export function SupportFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const number = (max: number, suffix?: string) => (
    <InputNumber min={0} max={max} precision={0} suffix={suffix} className="full-width" />
  );
  const yuan = <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />;
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name={S('spaceM2')} label={t('incubation.support.spaceM2')} rules={required}>
          {number(10_000, 'm²')}
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={S('monthlyFeeYuan')}
          label={t('incubation.support.monthlyFee')}
          rules={yuanRules(t)}
        >
          {yuan}
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={S('feeWaivedPercent')}
          label={t('incubation.support.feeWaived')}
          rules={required}
        >
          {number(100, '%')}
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={S('startupSubsidyYuan')}
          label={t('incubation.support.startupSubsidy')}
          rules={yuanRules(t)}
        >
          {yuan}
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={S('trainingSessions')}
          label={t('incubation.support.trainingSessions')}
          rules={required}
        >
          {number(500)}
        </Form.Item>
      </Col>
    </Row>
  );
}
