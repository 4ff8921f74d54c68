import { BANKS } from '@civic/domain/identifiers';
import {
  AREA_TYPE_LABELS_EN,
  AREA_TYPE_LABELS_ZH,
  CATEGORY_LABELS_EN,
  CATEGORY_LABELS_ZH,
  FOUNDER_BACKGROUND_LABELS_ZH,
  FOUNDING_PARTNER_LABELS_ZH,
  FUNDING_SOURCE_LABELS_ZH,
  LEGAL_FORM_LABELS_ZH,
  PRIORITY_GROUP_LABELS_EN,
  PRIORITY_GROUP_LABELS_ZH,
  SERVICE_FIELD_LABELS_ZH,
} from '@civic/domain/organizations';

/** A code's words: the Chinese label the template offers, and others a cell may carry. */
export interface ImportOptions {
  /** code → 中文 label, in the template's drop-down order. */
  zh: Readonly<Record<string, string>>;
  /** code → English label (an export in English), where there is one. */
  en?: Readonly<Record<string, string>>;
}

export type ImportColumnKind =
  | 'text'
  | 'code' // digits kept as text (a county code, a USCC): a numeric cell becomes its digits
  | 'yuan' // R26: yuan in the sheet, integer fen in the registration
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'enums' // several labels in one cell, separated by 、 , ， ; or a line break
  | 'list' // several values in one cell (ids, months)
  | 'months'; // 'YYYY-MM' each, or dates

/** One column of the import template, and where its cell goes in `RegisterOrganizationDto`. */
export interface ImportColumn {
  key: string;
  /** The header, as the template and the export (organizations.export-columns.ts) write it. */
  header: string;
  /** Other headers accepted for it: the export's English, the export's derived columns. */
  aliases?: readonly string[];
  /** The DTO field (a path) the cell fills. */
  field: string;
  kind: ImportColumnKind;
  options?: ImportOptions;
  /** The file must have this column (else 422 MISSING_COLUMNS): the DTO needs it, nothing derives it. */
  required?: boolean;
  /** The template's example row. */
  example?: string | number;
  width?: number;
}

const YES_NO: ImportOptions = { zh: { true: '是', false: '否' }, en: { true: 'Yes', false: 'No' } };
const BANK_OPTIONS: ImportOptions = {
  zh: Object.fromEntries(BANKS.map((bank) => [bank.code, bank.name])),
  en: Object.fromEntries(BANKS.map((bank) => [bank.code, bank.nameEn])),
};

/**
 * The template's columns (issue #18), in its order. The first ones are the export's own headers
 * (名称, 类别, 城乡, 区县, 街道（乡镇）, 社区（村）, 统一社会信用代码, 成员数, 注册资金（元）,
 * 服务对象), with the same labels, so an exported registry is read back; the rest are what a
 * registration needs beyond what the list shows. One leader per row (R10); more are added on the
 * organization's page.
 */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'name',
    header: '名称',
    aliases: ['Name'],
    field: 'name',
    kind: 'text',
    required: true,
    example: '新竹社区夕阳红志愿服务队',
    width: 30,
  },
  {
    key: 'category',
    header: '类别',
    aliases: ['Category'],
    field: 'category',
    kind: 'enum',
    options: { zh: CATEGORY_LABELS_ZH, en: CATEGORY_LABELS_EN },
    required: true,
    example: CATEGORY_LABELS_ZH.PUBLIC_WELFARE,
    width: 18,
  },
  {
    key: 'areaType',
    header: '城乡',
    aliases: ['Urban/rural'],
    field: 'areaType',
    kind: 'enum',
    options: { zh: AREA_TYPE_LABELS_ZH, en: AREA_TYPE_LABELS_EN },
    required: true,
    example: AREA_TYPE_LABELS_ZH.URBAN,
    width: 8,
  },
  {
    key: 'countyName',
    header: '区县',
    aliases: ['County'],
    field: 'location.countyName',
    kind: 'text',
    example: '青秀区',
    width: 12,
  },
  {
    key: 'streetName',
    header: '街道（乡镇）',
    aliases: ['Street/township'],
    field: 'location.streetName',
    kind: 'text',
    example: '新竹街道',
    width: 14,
  },
  {
    key: 'communityName',
    header: '社区（村）',
    aliases: ['Community/village'],
    field: 'location.communityName',
    kind: 'text',
    example: '新竹社区居委会',
    width: 16,
  },
  {
    key: 'communityCode',
    header: '社区（村）代码',
    aliases: ['Community/village code'],
    field: 'location.communityCode',
    kind: 'code',
    example: '450103001005',
    width: 16,
  },
  {
    key: 'uscc',
    header: '统一社会信用代码',
    aliases: ['Unified social credit code'],
    field: 'uscc',
    kind: 'code',
    width: 22,
  },
  {
    key: 'memberCount',
    header: '成员数',
    aliases: ['Members'],
    field: 'memberCount',
    kind: 'integer',
    required: true,
    example: 12,
  },
  {
    key: 'registeredFunds',
    header: '注册资金（元）',
    aliases: ['Registered funds (yuan)'],
    field: 'registeredFundsFen',
    kind: 'yuan',
    required: true,
    example: 2000,
    width: 16,
  },
  {
    key: 'servedGroups',
    header: '服务对象',
    aliases: ['Groups served'],
    field: 'servedGroups',
    kind: 'enums',
    options: { zh: PRIORITY_GROUP_LABELS_ZH, en: PRIORITY_GROUP_LABELS_EN },
    example: `${PRIORITY_GROUP_LABELS_ZH.ELDERLY}、${PRIORITY_GROUP_LABELS_ZH.CHILDREN}`,
    width: 24,
  },
  {
    key: 'address',
    header: '通讯地址',
    aliases: ['Postal address'],
    field: 'postalAddress.address',
    kind: 'text',
    required: true,
    example: '南宁市青秀区新竹路 8 号',
    width: 28,
  },
  {
    key: 'postcode',
    header: '邮政编码',
    aliases: ['Postcode'],
    field: 'postalAddress.postcode',
    kind: 'code',
    required: true,
    example: '530022',
  },
  {
    key: 'contactName',
    header: '联系人',
    aliases: ['Contact'],
    field: 'postalAddress.contactName',
    kind: 'text',
    required: true,
    example: '李红',
  },
  {
    key: 'contactPhone',
    header: '联系电话',
    aliases: ['Contact phone'],
    field: 'postalAddress.contactPhone',
    kind: 'code',
    required: true,
    example: '13800771234',
    width: 14,
  },
  {
    key: 'activitySite',
    header: '活动场所',
    aliases: ['Activity site'],
    field: 'activitySite',
    kind: 'text',
    width: 24,
  },
  {
    key: 'leaderName',
    header: '负责人姓名',
    aliases: ['Leader'],
    field: 'leaders.0.name',
    kind: 'text',
    required: true,
    example: '王建国',
  },
  {
    key: 'leaderRole',
    header: '负责人职务',
    aliases: ['Leader role'],
    field: 'leaders.0.role',
    kind: 'text',
    example: '负责人',
  },
  {
    key: 'leaderPartyMember',
    header: '负责人是否党员',
    // the export's derived column says the same of a one-leader organization (R10)
    aliases: ['党员负责（R10）', 'Party-led (R10)', 'Leader is a Party member'],
    field: 'leaders.0.isPartyMember',
    kind: 'boolean',
    options: YES_NO,
    example: '是',
  },
  {
    key: 'leaderResidentId',
    header: '负责人身份证号',
    aliases: ['Leader resident ID'],
    field: 'leaders.0.residentId',
    kind: 'code',
    width: 20,
  },
  {
    key: 'activityMonths',
    header: '活动月份',
    aliases: ['Activity months'],
    field: 'activityMonths',
    kind: 'months',
    width: 24,
  },
  {
    key: 'isFederation',
    header: '是否联合会',
    aliases: ['Federation'],
    field: 'isFederation',
    kind: 'boolean',
    options: YES_NO,
    example: '否',
  },
  {
    key: 'memberOrganizationIds',
    header: '成员组织编号',
    aliases: ['Member organizations'],
    field: 'memberOrganizationIds',
    kind: 'list',
    width: 20,
  },
  {
    key: 'legalForm',
    header: '组织形式',
    aliases: ['Legal form'],
    field: 'legalForm',
    kind: 'enum',
    options: { zh: LEGAL_FORM_LABELS_ZH },
    example: LEGAL_FORM_LABELS_ZH.SOCIAL_GROUP,
    width: 20,
  },
  {
    key: 'serviceField',
    header: '服务领域',
    aliases: ['Field of service'],
    field: 'serviceField',
    kind: 'enum',
    options: { zh: SERVICE_FIELD_LABELS_ZH },
    example: SERVICE_FIELD_LABELS_ZH.ELDERCARE_CHILDCARE,
  },
  {
    key: 'fundingSource',
    header: '出资方式',
    aliases: ['Funding source'],
    field: 'fundingSource',
    kind: 'enum',
    options: { zh: FUNDING_SOURCE_LABELS_ZH },
    example: FUNDING_SOURCE_LABELS_ZH.RESIDENTS,
    width: 20,
  },
  {
    key: 'foundingPartner',
    header: '合办方',
    aliases: ['Founding partner'],
    field: 'foundingPartner',
    kind: 'enum',
    options: { zh: FOUNDING_PARTNER_LABELS_ZH },
    example: FOUNDING_PARTNER_LABELS_ZH.NONE,
  },
  {
    key: 'takesGovernmentFunctions',
    header: '承接政府职能',
    aliases: ['Takes on government functions'],
    field: 'takesGovernmentFunctions',
    kind: 'boolean',
    options: YES_NO,
    example: '否',
  },
  {
    key: 'founderBackground',
    header: '创办人背景',
    aliases: ['Founder background'],
    field: 'founderBackground',
    kind: 'enum',
    options: { zh: FOUNDER_BACKGROUND_LABELS_ZH },
  },
  {
    key: 'custodianName',
    header: '财务托管机构',
    aliases: ['Financial custodian'],
    field: 'financialCustodian.name',
    kind: 'text',
    width: 22,
  },
  {
    key: 'custodianAccountName',
    header: '托管账户名',
    aliases: ['Custodian account name'],
    field: 'financialCustodian.accountName',
    kind: 'text',
    width: 22,
  },
  {
    key: 'custodianBank',
    header: '托管开户银行',
    aliases: ['Custodian bank'],
    field: 'financialCustodian.bankCode',
    kind: 'enum',
    options: BANK_OPTIONS,
    width: 22,
  },
  {
    key: 'custodianBankName',
    header: '托管开户行（支行）',
    aliases: ['Custodian branch'],
    field: 'financialCustodian.bankName',
    kind: 'text',
    width: 22,
  },
  {
    key: 'custodianAccountNumber',
    header: '托管账号',
    aliases: ['Custodian account number'],
    field: 'financialCustodian.accountNumber',
    kind: 'code',
    width: 22,
  },
];
