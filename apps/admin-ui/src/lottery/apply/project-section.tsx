import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubsidyProgrammeView } from '../../api/types';
import { useMoreOptionsPopup } from '../../common/more-rows';
import type { PageOf } from '../../common/paging';
import { useEnumOptions } from '../../organizations/enum-options';

/**
 * The programme (this year's, among the largest page of them: the list says when there are more)
 * and the project: its name and where it runs (R13).
 */
export function ProjectSection({ programmes }: { programmes?: PageOf<SubsidyProgrammeView> }) {
  const { t } = useTranslation();
  const areas = useEnumOptions('areaType');
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const popupRender = useMoreOptionsPopup(programmes);
  const options = (programmes?.items ?? []).map((p) => ({
    value: p.id,
    label: t('lottery.programmes.option', {
      name: p.name,
      purpose: t(`enums.lotteryPurpose.${p.purpose}`),
    }),
  }));
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="programmeId" label={t('lottery.apply.programme')} rules={required}>
          <Select
            options={options}
            popupRender={popupRender}
            notFoundContent={t('lottery.apply.noProgramme')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="projectName" label={t('lottery.apply.projectName')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="projectAreaType"
          label={t('lottery.apply.projectAreaType')}
          rules={required}
        >
          <Radio.Group options={areas} optionType="button" />
        </Form.Item>
      </Col>
    </Row>
  );
}
