import { PAYMENT_STATUS_LABELS_EN, PAYMENT_STATUS_LABELS_ZH } from '@civic/contracts';
import { labels } from './export-column';
import { type ExportFilters, filter, filterById, filterText, sortFilter } from './export-filter';
import { regionFilter } from './region-names';

interface Query {
  page?: number;
  pageSize?: number;
  status?: string;
  countyCode?: string;
  q?: string;
  rural?: boolean;
}

const FILTERS: ExportFilters<Query> = {
  status: filter('状态', 'Status', labels(PAYMENT_STATUS_LABELS_ZH, PAYMENT_STATUS_LABELS_EN)),
  countyCode: regionFilter('区县', 'County'),
  q: filter('名称包含', 'Name contains'),
  rural: filter('仅农村', 'Rural only'),
};

describe('the filter line of an export (issue #18)', () => {
  it('names each filter used in words, codes as labels, regions by name', () => {
    const query = { status: 'FAILED', countyCode: '450103', q: '邻里', page: 3 };
    expect(filterText(FILTERS, query, 'zh-CN')).toBe('状态：失败；区县：青秀区；名称包含：邻里');
    expect(filterText(FILTERS, query, 'en')).toBe(
      'Status: Failed; County: 青秀区 (450103); Name contains: 邻里',
    );
  });

  it('says so when nothing filters the list; paging is not a filter', () => {
    expect(filterText(FILTERS, { page: 2, pageSize: 5 }, 'zh-CN')).toBe('全部（未筛选）');
    expect(filterText(FILTERS, {}, 'en')).toBe('All (no filter)');
  });

  it('booleans read 是/否, and a typed value that starts a formula is made safe (issue #15)', () => {
    expect(filterText(FILTERS, { rural: true }, 'zh-CN')).toBe('仅农村：是');
    const hostile = filterText({ q: filter('=', '=') }, { q: '1+1' }, 'zh-CN');
    expect(hostile).toBe("'=：1+1");
  });
});

describe('the sort and the parent named in the filter line', () => {
  it('words a sort, either way', () => {
    const sort = sortFilter({ priorityBonus: { zh: '优先加分', en: 'priority bonus' } });
    const filters = { sort } as ExportFilters<{ sort?: string }>;
    expect(filterText(filters, { sort: '-priorityBonus' }, 'zh-CN')).toBe(
      '排序：优先加分（从高到低）',
    );
    expect(filterText(filters, { sort: 'priorityBonus' }, 'en')).toBe(
      'Sorted by: priority bonus (ascending)',
    );
  });

  it('names a parent id by the name the exported rows carry, else the id', () => {
    const rows = [{ programmeId: 'p1', programmeName: '2026 年居家养老服务补助' }];
    const filters = {
      programmeId: filterById<(typeof rows)[number]>(
        '资助计划',
        'Programme',
        (r) => r.programmeId,
        (r) => r.programmeName,
      ),
    } as ExportFilters<{ programmeId?: string }>;
    expect(filterText(filters, { programmeId: 'p1' }, 'zh-CN', rows)).toBe(
      '资助计划：2026 年居家养老服务补助',
    );
    expect(filterText(filters, { programmeId: 'p2' }, 'zh-CN', rows)).toBe('资助计划：p2');
  });
});
