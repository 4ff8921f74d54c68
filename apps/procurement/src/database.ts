import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { PolicyCopy } from '@civic/platform/policy-copies';
import { TimelinessTally } from '@civic/platform/programme-kit';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { CatalogueItem } from './catalogue/catalogue-item.entity';
import { DirectoryEntry } from './directory/directory-entry.entity';
import { Contract } from './contracts/contract.entity';
import { ContractEvaluation } from './contracts/contract-evaluation.entity';
import { ContractInstalment } from './contracts/contract-instalment.entity';
import { ContractReport } from './contracts/contract-report.entity';
import { ContractYear } from './contracts/contract-year.entity';
import { MIGRATIONS } from './migrations';
import { PurchaseBudget } from './budget/purchase-budget.entity';
import { Bid } from './projects/bid.entity';
import { Expert } from './evaluation/expert.entity';
import { Objection } from './evaluation/objection.entity';
import { PanelMember, PanelRecusal } from './evaluation/panel-member.entity';
import { ScoreSheet } from './evaluation/score-sheet.entity';
import { PurchaseProject } from './projects/purchase-project.entity';

/** The procurement service's own schema: its catalogue, contracts, its copies of organizations and of the policy store, outbox, inbox, audit. */
export const PROCUREMENT_DATABASE: ServiceDatabase = {
  schema: 'procurement',
  entities: [
    CatalogueItem,
    DirectoryEntry,
    PurchaseBudget,
    PurchaseProject,
    Bid,
    Expert,
    PanelMember,
    PanelRecusal,
    ScoreSheet,
    Objection,
    Contract,
    ContractYear,
    ContractInstalment,
    ContractEvaluation,
    ContractReport,
    OrganizationSnapshot,
    PolicyCopy,
    TimelinessTally,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
  constraints: {
    procurement_directory_organization_once: {
      rule: 'R24',
      code: 'RULE_R24_DUPLICATE_DIRECTORY_ENTRY',
      field: 'organizationId',
      message: 'the organization has a pending or listed directory entry already',
      messageZh: '该承接主体已有待审核或已列入的目录条目，请勿重复申请',
    },
    procurement_directory_credit_code_once: {
      rule: 'R24',
      code: 'RULE_R24_DUPLICATE_DIRECTORY_ENTRY',
      field: 'creditCode',
      message: 'an undertaker of this credit code has a pending or listed directory entry already',
      messageZh: '该承接主体已有待审核或已列入的目录条目，请勿重复申请',
    },
    procurement_directory_resident_once: {
      rule: 'R24',
      code: 'RULE_R24_DUPLICATE_DIRECTORY_ENTRY',
      field: 'residentId',
      message: 'this individual has a pending or listed directory entry already',
      messageZh: '该承接主体已有待审核或已列入的目录条目，请勿重复申请',
    },
    procurement_catalogue_item_once: {
      rule: 'R24',
      code: 'RULE_R24_DUPLICATE_CATALOGUE_ITEM',
      field: 'name',
      message: "the region's catalogue for this fiscal year holds an item of this name already",
      messageZh: '该地区本年度目录中已有同名条目',
    },
    procurement_bid_once: {
      rule: 'R25',
      code: 'RULE_R25_DUPLICATE_BID',
      field: 'projectId',
      message: 'the undertaker has bid on this project already; withdraw that bid first',
      messageZh: '该承接主体已就本项目投标，如需修改请先撤回原投标',
    },
    procurement_contract_project_once: {
      rule: 'R25',
      code: 'RULE_R25_CONTRACT_SIGNED',
      field: 'projectId',
      message: 'the project has its contract already',
      messageZh: '该项目已签订合同',
    },
    contract_report_final_once: {
      rule: 'R25',
      code: 'RULE_R25_FINAL_REPORT_SUBMITTED',
      field: 'kind',
      message: 'the contract year has its final report already; a year has one',
      messageZh: '该合同年度已提交年度履约总结报告，每个合同年度只能提交一份',
    },
  },
};
