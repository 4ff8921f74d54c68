import type { FormDefinition } from './question';

/** A form with one question of every kind: the demo call's, and the specs' (issue #17). */
export const SAMPLE_FORM: FormDefinition = {
  questions: [
    {
      key: 'volunteers',
      kind: 'NUMBER',
      label: { zh: '志愿者人数', en: 'Volunteers' },
      help: { zh: '上一年度登记在册的人数', en: 'Registered last year' },
      required: true,
      min: 0,
      max: 10000,
    },
    {
      key: 'plan',
      kind: 'TEXT',
      label: { zh: '服务计划', en: 'Service plan' },
      required: true,
      maxLength: 300,
    },
    { key: 'selfFunds', kind: 'YUAN', label: { zh: '自筹资金', en: 'Own funds' }, required: false },
    { key: 'startsOn', kind: 'DATE', label: { zh: '开始日期', en: 'Start date' }, required: false },
    {
      key: 'venue',
      kind: 'CHOICE',
      label: { zh: '活动场地', en: 'Venue' },
      required: true,
      options: [
        { value: 'community', label: { zh: '社区活动室', en: 'Community room' } },
        { value: 'village', label: { zh: '村委会', en: 'Village committee' } },
      ],
    },
    {
      key: 'partners',
      kind: 'TABLE',
      label: { zh: '合作单位', en: 'Partners' },
      required: false,
      columns: [
        { key: 'name', kind: 'TEXT', label: { zh: '名称', en: 'Name' } },
        { key: 'amount', kind: 'YUAN', label: { zh: '出资', en: 'Contribution' } },
      ],
    },
    {
      key: 'partyLed',
      kind: 'YES_NO',
      label: { zh: '是否党建引领', en: 'Party-led' },
      required: false,
    },
  ],
};
