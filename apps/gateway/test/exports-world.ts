import { randomUUID } from 'node:crypto';
import { http, waitFor } from '@civic/testing';
import ExcelJS from 'exceljs';
import type { Client } from 'pg';
import {
  companyCode,
  CONTACT,
  contractBody,
  projectBody,
  PROPOSAL,
} from './access-matrix.procurement-world';

/** The header row of every list export: below the title, the filter line and the time. */
export const HEADER_ROW = 4;

/** An export read back: its first rows, the header, and each row by header. */
export interface Workbook {
  sheet: ExcelJS.Worksheet;
  title: string;
  filter: string;
  time: string;
  headers: string[];
  rows: Record<string, ExcelJS.Cell>[];
}

/** Downloads `path` (with `token`, or none) and reads the workbook back with exceljs. */
export async function download(api: string, path: string, token?: string) {
  const answer = await fetch(`${api}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await answer.arrayBuffer());
  return { status: answer.status, headers: answer.headers, bytes };
}

export async function readWorkbook(bytes: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const text = (row: number) => String(sheet.getCell(row, 1).value ?? '');
  const headers = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) {
    rows.push(Object.fromEntries(headers.map((h, i) => [h, sheet.getCell(r, i + 1)])));
  }
  return { sheet, title: text(1), filter: text(2), time: text(3), headers, rows };
}

/**
 * Government purchase up to signed contracts (R24, R25), through the API as officers, the
 * applicant and three experts do it; the bid deadline and the objection window are moved into the
 * past with SQL, standing for time passing. `wins` says, per contract, whether the applicant's
 * organization wins it (its bid the cheaper) or a company does.
 */
export async function signedContracts(options: {
  api: string;
  db: Client;
  tokens: { officer: string; maker: string; applicant: string; admin: string };
  login: (username: string, password: string) => Promise<string>;
  wins: readonly ('applicant' | 'company')[];
  companyName: string;
}): Promise<{ prices: number[] }> {
  const { db, tokens } = options;
  const call = (method: string, path: string, body?: unknown, token = tokens.officer) =>
    http(method, `${options.api}/v1${path}`, body, {
      token,
      headers: method === 'POST' ? { 'Idempotency-Key': randomUUID() } : undefined,
    });
  const ok = async (answer: ReturnType<typeof http>, what: string) => {
    const res = await answer;
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const itemId = (
    await ok(
      call('POST', '/procurement/catalogue', {
        regionCode: '450000',
        fiscalYear: 2026,
        categories: ['基本公共服务', '养老服务'],
        name: '导出测试：居家养老上门探访',
        description: '居家养老上门探访',
        unit: '人次',
        referencePriceFen: 12_345,
      }),
      'catalogue item',
    )
  ).id as string;
  const budget = { fund: 'GOVERNMENT_PURCHASE', fiscalYear: 2026, amountFen: 1_000_000_000 };
  await ok(call('POST', '/finance/budgets', budget, tokens.maker), 'budget');
  await waitFor(
    'the purchase budget at procurement',
    async () => (await db.query(`SELECT 1 FROM procurement.purchase_budget`)).rows.length,
    (n) => n === 1,
  );
  const entry = { serviceAreas: ['450103'], serviceCategories: ['基本公共服务'], ...CONTACT };
  const own = await waitFor(
    "the applicant's organization at procurement",
    () =>
      call(
        'POST',
        '/procurement/directory',
        { kind: 'SOCIAL_ORGANIZATION', ...entry },
        tokens.applicant,
      ),
    (res) => res.body?.code !== 'ORGANIZATION_NOT_KNOWN_YET',
  );
  if (own.status !== 201) throw new Error(`own entry: ${own.status} ${JSON.stringify(own.body)}`);
  const company = (
    await ok(
      call('POST', '/procurement/directory', {
        kind: 'COMPANY',
        name: options.companyName,
        creditCode: companyCode(),
        ...entry,
      }),
      'company entry',
    )
  ).id as string;
  for (const id of [own.body.id as string, company]) {
    await ok(call('POST', `/procurement/directory/${id}/decision`, { decision: 'LISTED' }), 'list');
  }
  // Exactly three experts, so the panel of three holds them all.
  const panel: string[] = [];
  for (const i of [1, 2, 3]) {
    const username = `export-expert-${i}`;
    const user = await ok(
      call(
        'POST',
        '/users',
        { username, displayName: username, password: 'Demo#2026civic', roles: ['reviewer'] },
        tokens.admin,
      ),
      'reviewer user',
    );
    const expert = {
      userId: user.id,
      name: `导出测试专家 ${i}`,
      fields: ['eldercare'],
      relations: [],
    };
    await ok(call('POST', '/procurement/experts', expert), 'expert');
    panel.push(await options.login(username, 'Demo#2026civic'));
  }
  const prices: number[] = [];
  for (const [n, winner] of options.wins.entries()) {
    const title = `导出测试合同项目 ${n + 1}`;
    const id = (
      await ok(call('POST', '/procurement/projects', projectBody(itemId, title)), 'project')
    ).id as string;
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    await ok(
      call('POST', `/procurement/projects/${id}/announce`, { bidDeadline: deadline }),
      'announce',
    );
    const price = (mine: boolean) => (mine ? 8_000 + n : 9_000 + n);
    const bid = { proposal: PROPOSAL };
    await ok(
      call(
        'POST',
        `/procurement/projects/${id}/bids`,
        { ...bid, priceFen: price(winner === 'applicant') },
        tokens.applicant,
      ),
      'bid',
    );
    await ok(
      call('POST', `/procurement/projects/${id}/bids`, {
        ...bid,
        priceFen: price(winner === 'company'),
        entryId: company,
      }),
      'paper bid',
    );
    prices.push(price(true));
    await db.query(
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await ok(call('POST', `/procurement/projects/${id}/close`), 'close');
    await ok(call('POST', `/procurement/projects/${id}/panel`), 'panel');
    const bids = (await ok(call('GET', `/procurement/projects/${id}/bids`), 'bids')).items as {
      id: string;
    }[];
    for (const token of panel) {
      for (const b of bids) {
        await ok(
          call('POST', `/procurement/bids/${b.id}/scores`, { scores: { plan: 80 } }, token),
          'score',
        );
      }
    }
    await ok(call('POST', `/procurement/projects/${id}/award`), 'award');
    await db.query(
      `UPDATE procurement.purchase_project SET objection_deadline = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await ok(call('POST', `/procurement/projects/${id}/contract`, contractBody(12)), 'contract');
  }
  return { prices };
}
