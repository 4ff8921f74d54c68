import { buffer } from 'node:stream/consumers';
import type { AuditEntryPage, AuditEntryView } from '@civic/contracts';
import ExcelJS from 'exceljs';
import { streamAuditWorkbook } from './audit-export';

const entry = (seq: number): AuditEntryView => ({
  seq,
  occurredAt: '2026-03-01T16:00:00.000Z',
  actorId: 'u-1',
  actorRoles: ['administrator'],
  action: seq % 2 ? 'tier.decided' : '@SUM(1)',
  entityType: 'organization',
  entityId: `o-${seq}`,
  before: null,
  after: { seq },
  hash: String(seq).repeat(64).slice(0, 64),
});

const page = (seqs: number[], nextBeforeSeq?: number): AuditEntryPage => ({
  items: seqs.map(entry),
  total: 5,
  page: 1,
  pageSize: 2,
  ...(nextBeforeSeq ? { nextBeforeSeq } : {}),
});

/** The workbook the stream carries, read back as a spreadsheet program would. */
async function readBack(stream: NodeJS.ReadableStream) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buffer(stream)).buffer);
  return workbook.getWorksheet('审计日志')!;
}

describe('streamAuditWorkbook (R31, issue #18)', () => {
  it('streams every page, read on by seq, below the title, filters and Chinese headers', async () => {
    const asked: number[] = [];
    const next = async (beforeSeq: number) => {
      asked.push(beforeSeq);
      return beforeSeq === 4 ? page([3, 2], 2) : page([1]);
    };
    const sheet = await readBack(
      streamAuditWorkbook('organizations', { entityType: 'organization' }, page([5, 4], 4), next),
    );
    expect(asked).toEqual([4, 2]);
    expect(sheet.getCell('A1').value).toBe('审计日志：社会组织登记（organizations）');
    expect(sheet.getCell('A2').value).toBe('筛选条件：主体类型=organization');
    expect(String(sheet.getCell('A3').value)).toMatch(
      /^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/,
    );
    expect(sheet.getCell('A4').value).toBe('共 5 条，按序号从新到旧');
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      '序号',
      '时间（北京时间）',
      '操作人',
      '操作人姓名',
      '角色',
      '操作',
      '主体类型',
      '主体编号',
      '变更前',
      '变更后',
      '请求编号',
      '哈希',
    ]);
    const seqs = [7, 8, 9, 10, 11].map((r) => sheet.getCell(`A${r}`).value);
    expect(seqs).toEqual([5, 4, 3, 2, 1]);
    expect(sheet.getCell('F8').value).toBe("'@SUM(1)"); // formula-safe (issue #15)
    expect(sheet.getCell('J7').value).toBe('{"seq":5}');
    expect(sheet.getCell('A12').value).toBeNull();
  });

  it('ends the download short when a later page fails', async () => {
    const stream = streamAuditWorkbook('finance', {}, page([5, 4], 4), () =>
      Promise.reject(new Error('the finance service did not answer')),
    );
    await expect(buffer(stream)).rejects.toThrow('the finance service did not answer');
  });
});
