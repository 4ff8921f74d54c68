import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The negative list of Order 102 art. 10 (R25) in force at launch, as policy data: its clauses
 * and the terms that put a catalogue item under one. An administrator changes it by adding a newer
 * version; every catalogue item records the version it was checked against. The values are
 * written out here, not imported, so this migration never changes after it has run.
 */
export class SeedNegativeList1796582845300 implements MigrationInterface {
  name = 'SeedNegativeList1796582845300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const policy = {
      clauses: [
        {
          key: 'GOVERNMENT_DUTY',
          article: 'Order 102 art. 10(2)',
          name: 'duties the government must perform itself',
          nameZh: '应当由政府直接履职的事项',
          terms: ['行政许可', '行政审批', '行政处罚', '行政执法', '行政强制', '行政检查', '行政裁决'],
        },
        {
          key: 'GOODS',
          article: 'Order 102 art. 10(3)',
          name: 'goods',
          nameZh: '货物',
          terms: ['货物', '设备购置', '购置设备', '物资采购', '采购物资', '办公用品', '车辆购置'],
        },
        {
          key: 'WORKS',
          article: 'Order 102 art. 10(3)',
          name: 'works',
          nameZh: '工程',
          terms: ['工程', '施工', '装修', '修缮', '新建', '改扩建', '拆除'],
        },
        {
          key: 'FINANCING',
          article: 'Order 102 art. 10(4)',
          name: 'financing',
          nameZh: '融资行为',
          terms: ['融资', '贷款', '借款', '垫资', '举债'],
        },
        {
          key: 'STAFFING',
          article: 'Order 102 art. 10(5)',
          name: "staffing of the buyer's own posts",
          nameZh: '购买主体的人员招聘、劳务派遣用工及设置公益性岗位',
          terms: ['人员招聘', '人员聘用', '劳务派遣', '派遣用工', '公益性岗位'],
        },
      ],
    };
    await queryRunner.query(
      `INSERT INTO "procurement"."policy_version" (kind, version, data, created_by)
       VALUES ('NEGATIVE_LIST', '2026.1', $1, 'migration') ON CONFLICT DO NOTHING`,
      [JSON.stringify(policy)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "procurement"."policy_version" WHERE kind = 'NEGATIVE_LIST' AND version = '2026.1' AND created_by = 'migration'`,
    );
  }
}
