import { formatYuan } from '@civic/domain/money';
import { Descriptions, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../api/types';
import { unmask } from '../common/unmask-calls';
import { UnmaskableNumbers } from '../common/unmaskable-numbers';
import { useFoundingLabel } from './founding-options';

/** The registered facts of an organization (R1–R4, R8, R9, R12), labelled in the UI language. */
export function OrganizationDescriptions({ organization: o }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const founding = useFoundingLabel();
  const foundingItem = (
    name: 'fundingSource' | 'foundingPartner' | 'serviceField' | 'legalForm',
  ) => ({
    label: t(`organizationFounding.fields.${name}`),
    children: founding(name, o[name]),
  });
  const f = (field: string) => t(`organizations.fields.${field}`);
  const yesNo = (value: boolean | null | undefined) => t(value ? 'common.yes' : 'common.no');
  const none = t('common.none');
  const list = (values: string[]) => values.join(t('common.listSeparator')) || none;
  const withNote = (text: string, note: string) => t('common.withNote', { text, note });
  const custodian = o.financialCustodian;
  const contactText = (phone: string, account?: string) =>
    account === undefined
      ? `${o.postalAddress.contactName} ${phone}`
      : t('organizations.detail.contactAndCustodian', {
          contact: `${o.postalAddress.contactName} ${phone}`,
          account,
        });
  const items: DescriptionsProps['items'] = [
    { label: f('uscc'), children: o.uscc ?? none },
    { label: f('category'), children: t(`enums.category.${o.category}`) },
    { label: f('areaType'), children: t(`enums.areaType.${o.areaType}`) },
    {
      label: f('location'),
      children: `${o.location.countyName} ${o.location.streetName} ${o.location.communityName}`,
    },
    {
      label: f('address'),
      children: withNote(o.postalAddress.address, o.postalAddress.postcode),
    },
    {
      // R30: masked; in full, audited (R31), to those who may (显示完整号码), with the custodian's
      // account number under custody (R3).
      label: f('contact'),
      children: (
        <UnmaskableNumbers
          testId="organization-contact"
          masked={contactText(o.postalAddress.contactPhone, custodian?.accountNumber)}
          open={() => unmask.organizationContact(o.id)}
          shown={(full) => contactText(full.contactPhone, full.custodianAccountNumber)}
        />
      ),
    },
    { label: f('activitySite'), children: o.activitySite ?? none },
    {
      label: f('registeredFunds'),
      children: t('common.yuan', { amount: formatYuan(o.registeredFundsFen) }),
    },
    { label: f('memberCount'), children: o.memberCount },
    { label: f('isFederation'), children: yesNo(o.isFederation) },
    { label: f('activityMonths'), children: list(o.activityMonths) },
    {
      label: f('financialCustodian'),
      children: custodian
        ? withNote(custodian.name, `${custodian.bankName} ${custodian.accountName}`)
        : none,
    },
    {
      label: f('founderBackground'),
      children: o.founderBackground ? t(`enums.founderBackground.${o.founderBackground}`) : none,
    },
    {
      label: f('servedGroups'),
      children: list(o.servedGroups.map((g) => t(`enums.priorityGroup.${g}`))),
    },
    { label: f('takesGovernmentFunctions'), children: yesNo(o.takesGovernmentFunctions) },
    foundingItem('legalForm'),
    foundingItem('fundingSource'),
    foundingItem('foundingPartner'),
    foundingItem('serviceField'),
    { label: f('createdAt'), children: dayjs(o.createdAt).format('YYYY-MM-DD HH:mm') },
  ].map((item) => ({ ...item, key: item.label }));
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      size="small"
      items={items}
      data-testid="organization-descriptions"
    />
  );
}
