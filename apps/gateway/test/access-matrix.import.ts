import { XINZHU_LOCATION } from '@civic/testing';
import ExcelJS from 'exceljs';
import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

/** Who may register may import (ORGANIZATION_REGISTER): officers, street officers, administrators. */
const REGISTRARS: readonly MatrixUser[] = ['officer', 'street', 'admin'];

/** One workbook per user, made before the import's case runs. */
export interface ImportWorld {
  files: Partial<Record<MatrixUser, Buffer>>;
}

/** A one-row workbook in the street officer's own street, under the template's headers. */
export async function importWorkbook(name: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('组织导入');
  const row: Record<string, string | number> = {
    名称: name,
    类别: '公益慈善类',
    城乡: '城市',
    区县: XINZHU_LOCATION.countyName,
    '街道（乡镇）': XINZHU_LOCATION.streetName,
    '社区（村）': XINZHU_LOCATION.communityName,
    '社区（村）代码': XINZHU_LOCATION.communityCode,
    成员数: 12,
    '注册资金（元）': 2000,
    通讯地址: '南宁市青秀区新竹路 8 号',
    邮政编码: '530022',
    联系人: '李红',
    联系电话: '13800771234',
    负责人姓名: '王建国',
    负责人是否党员: '是',
  };
  sheet.addRow(Object.keys(row));
  sheet.addRow(Object.values(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Importing organizations from Excel in the access matrix (issue #18): the template and the import
 * let in exactly who may register; a denied import stores nothing.
 */
export function importCases(world: ImportWorld, users: readonly MatrixUser[]): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/organizations/import/template.xlsx',
      path: () => '/v1/organizations/import/template.xlsx',
      allowed: REGISTRARS,
      why: 'the import template, for whoever may register (issue #18)',
    },
    {
      route: 'POST /api/v1/organizations/import',
      path: () => '/v1/organizations/import',
      before: async () => {
        for (const user of users) world.files[user] = await importWorkbook(`矩阵导入 ${user}`);
      },
      body: (user) => world.files[user as MatrixUser],
      allowed: REGISTRARS,
      mutates: true,
      why: 'import in the street officer’s own street; as registration (issue #18)',
    },
  ];
}
