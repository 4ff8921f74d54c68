import type { FieldViolation } from './validation';

/** Chinese names of the fields the API validates, by dotted path with `*` for array indexes. */
const FIELD_LABELS_ZH: Record<string, string> = {
  name: '名称',
  category: '类别',
  areaType: '城乡类型',
  'location.countyCode': '县（市、区）',
  'location.countyName': '县（市、区）名称',
  'location.streetCode': '街道（乡镇）',
  'location.streetName': '街道（乡镇）名称',
  'location.communityCode': '社区（村）',
  'location.communityName': '社区（村）名称',
  'postalAddress.address': '通讯地址',
  'postalAddress.postcode': '邮政编码',
  'postalAddress.contactName': '联系人',
  'postalAddress.contactPhone': '联系电话',
  activitySite: '活动场所',
  registeredFundsFen: '注册资金',
  isFederation: '是否联合会',
  memberCount: '成员人数',
  memberOrganizationIds: '成员组织',
  leaders: '负责人',
  'leaders.*.name': '负责人姓名',
  'leaders.*.role': '负责人职务',
  'leaders.*.isPartyMember': '是否党员',
  'leaders.*.residentId': '负责人身份证号码',
  activityMonths: '活动月份',
  'financialCustodian.name': '代管单位名称',
  'financialCustodian.accountName': '代管账户名称',
  'financialCustodian.bankName': '开户银行',
  'financialCustodian.accountNumber': '银行账号',
  'financialCustodian.bankCode': '开户银行（行别）',
  uscc: '统一社会信用代码',
  takesGovernmentFunctions: '是否承接政府职能',
  founderBackground: '发起人背景',
  fundingSource: '出资方',
  foundingPartner: '联合举办单位',
  serviceField: '举办领域',
  legalForm: '组织形式',
  servedGroups: '服务对象',
  username: '用户名',
  emailAddress: '电子邮箱',
  mobile: '手机号码',
  password: '密码',
  displayName: '姓名',
  roles: '角色',
  organizationId: '所属组织',
  baseId: '所属孵化基地',
  streetCode: '所属街道（乡镇）',
  refreshToken: '刷新令牌',
  fund: '资金',
  fiscalYear: '年度',
  amountFen: '金额',
  id: '编号',
  paymentIds: '付款',
  note: '备注',
  comment: '复核意见',
  format: '导出格式',
  purpose: '资助用途',
  budgetFen: '预算金额',
  ruralReservePercent: '农村预留比例',
  programmeId: '资助项目',
  projectName: '项目名称',
  projectAreaType: '项目城乡类型',
  beneficiaries: '受益对象',
  'beneficiaries.*.group': '受益群体',
  'beneficiaries.*.count': '受益人数',
  budgetLines: '预算明细',
  'budgetLines.*.category': '支出类别',
  'budgetLines.*.description': '支出说明',
  'budgetLines.*.amountFen': '明细金额',
  requestedFen: '申请金额',
  contactName: '联系人',
  contactPhone: '联系电话',
  'bankAccount.accountName': '收款账户名',
  'bankAccount.accountNumber': '收款账号',
  'bankAccount.bankName': '开户行（网点）',
  'bankAccount.bankCode': '开户银行（行别）',
  acceptEldercareWarning: '确认养老占比提示',
  contact: '联系方式',
  entityType: '主体类型',
  entityId: '主体编号',
  actor: '操作人',
  action: '操作',
  from: '起始日期',
  to: '截止日期',
  service: '服务',
  beforeSeq: '起始序号',
  content: '内容',
  reason: '更正原因',
  'content.projectName': '项目名称',
  'content.unit': '使用单位',
  'content.amountFen': '资助金额',
  'content.contactName': '联系人',
  'content.contactPhone': '联系电话',
};

/** Chinese for rules whose English message is specific to the field. */
const RULE_MESSAGES_ZH: Record<string, (label: string) => string> = {
  isUscc: (label) =>
    `${label}无效：长度、字符或校验码不符合 GB 32100-2015，或登记管理部门代码不是 5（民政）`,
  isResidentId: (label) => `${label}无效：长度、出生日期或校验码不符合 GB 11643-1999`,
  unique: (label) => `${label}已被占用`,
  exists: (label) => `${label}不存在`,
  isUuid: (label) => `${label}必须是 UUID`,
  isEnum: (label) => `${label}不是允许的取值`,
  isIn: (label) => `${label}不是允许的取值`,
  isBoolean: (label) => `${label}必须是“是”或“否”`,
  isString: (label) => `${label}必须是文本`,
  isInt: (label) => `${label}必须是整数`,
  isNotEmpty: (label) => `${label}不能为空`,
  isDefined: (label) => `${label}必须填写`,
  isArray: (label) => `${label}必须是列表`,
  isObject: (label) => `${label}必须是对象`,
  arrayUnique: (label) => `${label}不能重复`,
  requiredByRole: (label) => `所选角色需要填写${label}`,
  notAllowedForRoles: (label) => `所选角色不需要${label}`,
  notAllowedForKind: (label) => `${label}不属于这一类出壳标准（规则 R16）`,
  notSelf: (label) => `不能对自己修改${label}`,
  notBeforeFrom: (label) => `${label}不能早于起始日期`,
  whitelistValidation: (label) => `不允许的字段：${label}`,
  notBlank: (label) => `${label}不能为空白`,
  isAccountNumber: (label) => `${label}必须是 8–32 位数字（数字分组间的空格可保留）`,
  isKnownBank: (label) => `${label}必须是列表中的银行（人民银行支付系统行别代码，如 102）`,
  isMainlandPhone: (label) =>
    `${label}必须是大陆手机号（1[3-9] 开头的 11 位数字）或固定电话（区号-7 至 8 位号码，可带分机）`,
  isPhoneOrEmail: (label) => `${label}必须是大陆手机号、固定电话或电子邮箱地址`,
  isEmailAddress: (label) => `${label}必须是电子邮箱地址（如 name@example.com）`,
  isMainlandMobile: (label) => `${label}必须是大陆手机号（1[3-9] 开头的 11 位数字）`,
};

/** Chinese for class-validator's default English messages that carry numbers. */
const PATTERNS_ZH: [RegExp, (label: string, n: string) => string][] = [
  [/must be longer than or equal to (\d+) characters/, (l, n) => `${l}至少 ${n} 个字符`],
  [/must be shorter than or equal to (\d+) characters/, (l, n) => `${l}最多 ${n} 个字符`],
  [/must not be less than (-?\d+)/, (l, n) => `${l}不能小于 ${n}`],
  [/must not be greater than (-?\d+)/, (l, n) => `${l}不能大于 ${n}`],
  [/must contain at least (\d+) elements/, (l, n) => `${l}至少需要 ${n} 项`],
  [/must contain no more than (\d+) elements/, (l, n) => `${l}最多 ${n} 项`],
  [/must be (\d+) digits/, (l, n) => `${l}必须是 ${n} 位数字`],
  [/must be a (\d+)-digit/, (l, n) => `${l}必须是 ${n} 位数字代码`],
];

export type ApiLanguage = 'zh-CN' | 'en';

/** The language an Accept-Language header asks for: Chinese when it prefers zh, else English. */
export function languageOf(acceptLanguage: string | undefined): ApiLanguage {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

export function fieldLabelZh(field: string): string {
  return FIELD_LABELS_ZH[field.replace(/\.\d+(?=\.|$)/g, '.*')] ?? FIELD_LABELS_ZH[field] ?? field;
}

/** A violation's message in Chinese: the rule's own wording, a field-aware template, or a
 * translation of the validator's default message; the field's Chinese name always leads. */
export function violationMessageZh(violation: FieldViolation): string {
  if (violation.messageZh) return violation.messageZh;
  const label = fieldLabelZh(violation.field);
  for (const [pattern, render] of PATTERNS_ZH) {
    const match = pattern.exec(violation.message);
    if (match) return render(label, match[1]);
  }
  if (violation.rule === 'matches') return `${label}格式不正确`;
  if (violation.rule === 'isLength') return `${label}长度不符合要求`;
  const template = RULE_MESSAGES_ZH[violation.rule];
  return template ? template(label) : `${label}不符合规则（${violation.rule}）`;
}

export function localizeViolation(
  violation: FieldViolation,
  language: ApiLanguage,
): FieldViolation {
  const { messageZh: _zh, ...rest } = violation;
  return language === 'zh-CN' ? { ...rest, message: violationMessageZh(violation) } : rest;
}
