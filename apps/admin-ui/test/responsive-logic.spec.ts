import type { TFunction } from 'i18next';
import { allPages } from '../src/common/all-pages';
import { beijingTime } from '../src/common/beijing-time';
import { localPagination } from '../src/common/local-paging';
import { MAX_PAGE_SIZE, type Paging } from '../src/common/paging';
import {
  cellOf,
  columnsAt,
  pageOf,
  type ResponsiveColumns,
  tableColumns,
  titleOf,
  valueAt,
} from '../src/common/responsive-columns';
import { matchesSearch, searchWords } from '../src/common/search-text';
import { initialOf } from '../src/layout/user-initial';
import { NARROW_QUERY } from '../src/layout/narrow';
import { beijingTime as procurementTime } from '../src/procurement/public/beijing-time';

// Pure parts of the phone-sized screens (issue #18), run in the `browser` Jest project.

interface Row {
  id: string;
  name: string;
  status: string;
  amount: { fen: number };
}

const ROW: Row = { id: 'a1', name: '社区助餐', status: 'SUBMITTED', amount: { fen: 5_000_000 } };

const COLUMNS: ResponsiveColumns<Row> = [
  { title: '项目', dataIndex: 'name', card: 'title' },
  { title: '金额', dataIndex: ['amount', 'fen'], render: (fen: number) => `${fen / 100} 元` },
  { title: '状态', dataIndex: 'status', card: 'status' },
  { title: '内部', key: 'internal', card: false, render: () => 'x' },
  { title: '', key: 'actions', card: 'actions', render: (_, row) => `open ${row.id}` },
];

describe('ResponsiveTable columns: where each goes on a phone’s card (issue #18)', () => {
  it('gives antd the columns without their place on the card', () => {
    const columns = tableColumns(COLUMNS);
    expect(columns).toHaveLength(COLUMNS.length);
    for (const column of columns) expect(column).not.toHaveProperty('card');
    expect(columns[1]!.dataIndex).toEqual(['amount', 'fen']);
  });

  it('puts an unmarked column in the fields, and leaves out one marked false', () => {
    expect(columnsAt(COLUMNS, 'title').map((c) => c.title)).toEqual(['项目']);
    expect(columnsAt(COLUMNS, 'field').map((c) => c.title)).toEqual(['金额']);
    expect(columnsAt(COLUMNS, 'status').map((c) => c.title)).toEqual(['状态']);
    expect(columnsAt(COLUMNS, 'actions').map((c) => c.key)).toEqual(['actions']);
    const everywhere = (['title', 'field', 'status', 'actions'] as const).flatMap((place) =>
      columnsAt(COLUMNS, place),
    );
    expect(everywhere.map((c) => c.key)).not.toContain('internal');
  });

  it('shows what the table shows: the render of the value, or the value at a key or path', () => {
    expect(valueAt(ROW, 'name')).toBe('社区助餐');
    expect(valueAt(ROW, ['amount', 'fen'])).toBe(5_000_000);
    expect(valueAt(ROW, ['missing', 'fen'])).toBeUndefined();
    expect(valueAt(ROW, undefined)).toBeUndefined();
    expect(cellOf(COLUMNS[0]!, ROW, 0)).toBe('社区助餐');
    expect(cellOf(COLUMNS[1]!, ROW, 0)).toBe('50000 元');
    expect(cellOf(COLUMNS[4]!, ROW, 0)).toBe('open a1');
    // A render answering a cell with its own props: its content.
    const spanned = { title: 'x', render: () => ({ children: '合计', props: { colSpan: 2 } }) };
    expect(cellOf<Row>(spanned as never, ROW, 0)).toBe('合计');
  });

  it('labels a field with its title, calling a title that is a function', () => {
    expect(titleOf(COLUMNS[1]!)).toBe('金额');
    expect(titleOf<Row>({ title: () => '排序中的标题' })).toBe('排序中的标题');
  });
});

describe('paging a list on screen, never cutting a row (issue #18)', () => {
  const rows = Array.from({ length: 45 }, (_, i) => i + 1);

  it('takes a whole list a page at a time, the last page holding the rest', () => {
    expect(pageOf(rows, 1, 20)).toEqual(rows.slice(0, 20));
    expect(pageOf(rows, 3, 20)).toEqual([41, 42, 43, 44, 45]);
    expect(pageOf(rows, 4, 20)).toEqual([]);
    expect([1, 2, 3].flatMap((page) => pageOf(rows, page, 20))).toEqual(rows);
  });

  it('shows no pager for a list within the smallest page, and the total otherwise', () => {
    const t = ((key: string, values: { total: number }) => `${key}:${values.total}`) as TFunction;
    expect(localPagination(t, 10).hideOnSinglePage).toBe(true);
    const long = localPagination(t, 11);
    expect(long.hideOnSinglePage).toBe(false);
    expect(long.defaultPageSize).toBe(20);
    expect(long.showTotal(11)).toBe('common.total:11');
  });

  it('asks for every page of a list at the largest size until its total', async () => {
    const list = Array.from({ length: 2 * MAX_PAGE_SIZE + 7 }, (_, i) => `row-${i}`);
    const asked: Paging[] = [];
    const whole = await allPages(async (paging) => {
      asked.push(paging);
      const from = (paging.page - 1) * paging.pageSize;
      return { items: list.slice(from, from + paging.pageSize), total: list.length };
    });
    expect(whole).toEqual({ items: list, total: list.length });
    expect(asked).toEqual([1, 2, 3].map((page) => ({ page, pageSize: MAX_PAGE_SIZE })));
  });

  it('stops at an empty page when the list shrank meanwhile, and asks once for a short one', async () => {
    let calls = 0;
    const shrunk = await allPages(async (paging) => {
      calls += 1;
      return { items: paging.page === 1 ? ['a'] : [], total: 450 };
    });
    expect(shrunk.items).toEqual(['a']);
    expect(calls).toBe(2);
    calls = 0;
    await allPages(async () => ((calls += 1), { items: ['a', 'b'], total: 2 }));
    expect(calls).toBe(1);
  });
});

describe('searching a public list (issue #18)', () => {
  it('cuts what was typed into lower-case words', () => {
    expect(searchWords('  南宁  养老 ')).toEqual(['南宁', '养老']);
    expect(searchWords('Elder CARE')).toEqual(['elder', 'care']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
  });

  it('matches a row when every word is in one of its texts', () => {
    const texts = ['南宁市社区居家养老探访', '新竹社区夕阳红志愿服务队', null, 2026];
    expect(matchesSearch(texts, searchWords('养老 夕阳红'))).toBe(true);
    expect(matchesSearch(texts, searchWords('2026'))).toBe(true);
    expect(matchesSearch(texts, searchWords('养老 柳州'))).toBe(false);
    expect(matchesSearch(texts, [])).toBe(true);
  });
});

describe('Beijing time on the public pages (R23, R25; issue #18)', () => {
  it('gives an instant in Asia/Shanghai, across a day and a year, whatever the zone of the process', () => {
    expect(beijingTime('2026-12-31T09:00:00.000Z')).toBe('2026-12-31 17:00');
    expect(beijingTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
    expect(beijingTime('2026-06-30T15:59:59.000Z', 'YYYY-MM-DD')).toBe('2026-06-30');
    expect(beijingTime(undefined)).toBe('');
    expect(procurementTime('2026-03-01T23:05:00Z')).toBe('2026-03-02 07:05');
  });
});

describe('the phone-sized frame (issue #18)', () => {
  it('shows the first character of the name on the avatar', () => {
    expect(initialOf('张晓梅')).toBe('张');
    expect(initialOf(' alice ')).toBe('A');
    expect(initialOf('𠀋一')).toBe('𠀋');
    expect(initialOf('')).toBe('?');
  });

  it('makes the side menu a drawer below antd’s lg (992 px), as the Sider does', () => {
    expect(NARROW_QUERY).toBe('(max-width: 991.98px)');
  });
});
