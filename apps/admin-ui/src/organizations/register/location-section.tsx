import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountySelect } from '../../divisions/county-select';
import { StreetSelect } from '../../divisions/street-select';
import { useCommunities, useCounties, useStreets } from '../../divisions/use-divisions';
import { useEnumOptions } from '../enum-options';
import { useRequired } from '../../common/use-required';

const L = (field: string) => ['location', field];

/**
 * County → street/township → community/village (R1), each list from the divisions API. Picking
 * a community also sets urban/rural from it; the names go along with the codes.
 */
export function LocationSection() {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const countyCode = Form.useWatch(L('countyCode'), form);
  const streetCode = Form.useWatch(L('streetCode'), form);
  const counties = useCounties().data ?? [];
  const streets = useStreets(countyCode).data ?? [];
  const communities = useCommunities(streetCode).data ?? [];
  const areaTypes = useEnumOptions('areaType');

  const pickCounty = (code: string) => {
    const name = counties.find((c) => c.code === code)?.name;
    form.setFieldValue('location', { countyCode: code, countyName: name });
  };
  const pickStreet = (code: string) => {
    const name = streets.find((s) => s.code === code)?.name;
    form.setFieldValue(L('streetName'), name);
    form.setFieldValue(L('communityCode'), undefined);
    form.setFieldValue(L('communityName'), undefined);
  };
  const pickCommunity = (code: string) => {
    const community = communities.find((c) => c.code === code);
    form.setFieldValue(L('communityName'), community?.name);
    if (community?.areaType) form.setFieldValue('areaType', community.areaType);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name={L('countyCode')} label={t('divisions.county')} rules={required}>
          <CountySelect onChange={pickCounty} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={L('streetCode')} label={t('divisions.street')} rules={required}>
          <StreetSelect countyCode={countyCode} onChange={pickStreet} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={L('communityCode')} label={t('divisions.community')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('divisions.community')}
            disabled={!streetCode}
            onChange={pickCommunity}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
      </Col>
      <Form.Item name={L('countyName')} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={L('streetName')} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={L('communityName')} hidden>
        <Input />
      </Form.Item>
      <Col xs={24}>
        <Form.Item
          name="areaType"
          label={t('organizations.fields.areaType')}
          rules={required}
          extra={t('organizations.form.areaTypeHint')}
        >
          <Radio.Group options={areaTypes} />
        </Form.Item>
      </Col>
    </Row>
  );
}
