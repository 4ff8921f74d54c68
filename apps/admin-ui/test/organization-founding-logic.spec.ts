import {
  FOUNDING_PARTNER_LABELS_ZH,
  FUNDING_SOURCE_LABELS_ZH,
  LEGAL_FORM_LABELS_ZH,
  SERVICE_FIELD_LABELS_ZH,
} from '@civic/domain/organizations';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { FOUNDING_ENUMS } from '../src/organizations/founding-options';
import { INITIAL_VALUES, toRegisterDto } from '../src/organizations/register/form-values';

describe('organization founding and legal form in the admin UI (R2, R9)', () => {
  it("labels the founding code lists with the domain's Chinese wording", () => {
    expect(zhCN.organizationFounding.fundingSource).toEqual(FUNDING_SOURCE_LABELS_ZH);
    expect(zhCN.organizationFounding.foundingPartner).toEqual(FOUNDING_PARTNER_LABELS_ZH);
    expect(zhCN.organizationFounding.serviceField).toEqual(SERVICE_FIELD_LABELS_ZH);
    expect(zhCN.organizationFounding.legalForm).toEqual(LEGAL_FORM_LABELS_ZH);
  });

  it('labels every value in English too', () => {
    for (const [name, values] of Object.entries(FOUNDING_ENUMS)) {
      const labels = en.organizationFounding[name as keyof typeof FOUNDING_ENUMS];
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
    }
  });

  it('starts the form at what the API assumes, and sends what was picked', () => {
    expect(INITIAL_VALUES).toMatchObject({
      fundingSource: 'RESIDENTS',
      foundingPartner: 'NONE',
      serviceField: 'OTHER',
      legalForm: 'SOCIAL_GROUP',
    });
    const dto = toRegisterDto({
      ...INITIAL_VALUES,
      registeredFundsYuan: '0',
      leaders: [{ name: '王', role: '负责人' }],
      fundingSource: 'ENTERPRISE',
      foundingPartner: 'RESIDENTS_COMMITTEE',
      serviceField: 'ELDERCARE_CHILDCARE',
      legalForm: 'FOUNDATION',
    } as never);
    expect(dto).toMatchObject({
      fundingSource: 'ENTERPRISE',
      foundingPartner: 'RESIDENTS_COMMITTEE',
      serviceField: 'ELDERCARE_CHILDCARE',
      legalForm: 'FOUNDATION',
    });
  });
});
