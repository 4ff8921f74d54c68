import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import {
  addComposeService,
  addGatewayHealth,
  addInboxQueue,
  addProgramme,
  addScopeConstraint,
  addStartService,
  joinRpcContract,
} from './edits';
import { primaryKeyName } from './migration';
import { programmeGenerator } from './programme';

const PROCUREMENT = { name: 'procurement', fund: 'GOVERNMENT_PURCHASE', zh: '政府购买服务' };

describe('programme generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    seed(tree);
  });

  it('scaffolds the app on the programme kit, with its contract and migration', async () => {
    await programmeGenerator(tree, { ...PROCUREMENT, skipFormat: true });

    const app = 'apps/procurement';
    for (const file of [
      'project.json',
      'src/main.ts',
      'src/app.module.ts',
      'src/procurement.env.ts',
      'src/database.ts',
      'src/db.cli.ts',
      'src/procurement-health.rpc-controller.ts',
      'src/procurement.inbox.ts',
      'src/funding/procurement-grant.entity.ts',
      'src/funding/procurement-funding.port.ts',
      'src/funding/procurement-funding.module.ts',
      'src/migrations/index.ts',
      'test/migrations.int-spec.ts',
    ]) {
      expect(tree.exists(`${app}/${file}`)).toBe(true);
    }
    expect(tree.children(app).sort()).toEqual(['project.json', 'src', 'test']);

    const project = JSON.parse(read(tree, `${app}/project.json`));
    expect(project.name).toBe('procurement');
    expect(project.tags).toEqual(['scope:procurement', 'type:app']);
    expect(Object.keys(project.targets).sort()).toEqual(
      [
        'build',
        'lint',
        'migrate',
        'migration-check',
        'migration-generate',
        'serve',
        'start',
        'test',
      ].sort(),
    );
    expect(project.targets.serve.command).toBe(
      'node -r ./tools/dev/register.cjs apps/procurement/src/main.ts',
    );

    const appModule = read(tree, `${app}/src/app.module.ts`);
    expect(appModule).toContain("serviceImports('procurement', env, PROCUREMENT_DATABASE, {");
    expect(appModule).toContain('provider: ProcurementInbox');
    expect(appModule).toContain('imports: [ProcurementFundingModule]');
    expect(read(tree, `${app}/src/funding/procurement-funding.module.ts`)).toContain(
      'ProgrammeFundingModule.forPort(ProcurementFundingPort)',
    );
    expect(read(tree, `${app}/src/procurement.env.ts`)).toContain(
      'export class ProcurementEnv extends PiiServiceEnv',
    );

    const database = read(tree, `${app}/src/database.ts`);
    expect(database).toContain("schema: 'procurement'");
    expect(database).toContain(
      'entities: [ProcurementGrant, OrganizationSnapshot, ...MESSAGING_ENTITIES, ...AUDIT_ENTITIES]',
    );
    expect(database).toContain('migrations: MIGRATIONS');
    expect(database).toContain('procurement_grant_once: {');

    const inbox = read(tree, `${app}/src/procurement.inbox.ts`);
    expect(inbox).toContain("binding(): InboxBinding<'procurement.inbox'>");
    expect(inbox).toContain('...organizationSnapshotHandlers(this.cipher)');
    expect(inbox).toContain('...fundingAnswerHandlers(this.funding, this.port)');
    expect(read(tree, `${app}/src/procurement-health.rpc-controller.ts`)).toContain(
      "@RpcHandler('procurement.health')",
    );

    const entity = read(tree, `${app}/src/funding/procurement-grant.entity.ts`);
    expect(entity).toContain("@Entity('procurement_grant')");
    expect(entity).toContain('commitmentState: CommitmentState');
    expect(entity).toContain('paymentState: PaymentState');
    const port = read(tree, `${app}/src/funding/procurement-funding.port.ts`);
    expect(port).toContain('export class ProcurementFundingPort extends FundingPort');
    expect(port).toContain("readonly programme = 'procurement' as const");
    expect(port).toContain("PROCUREMENT_FUND: FundCodeValue = 'GOVERNMENT_PURCHASE'");
    expect(port).toContain('政府购买服务：${grant.title}');

    const migrations = tree.children(`${app}/src/migrations`).sort();
    expect(migrations).toEqual([expect.stringMatching(/^\d{13}-Initial\.ts$/), 'index.ts']);
    const stamp = migrations[0].slice(0, 13);
    const migration = read(tree, `${app}/src/migrations/${migrations[0]}`);
    expect(migration).toContain(`export class Initial${stamp} implements MigrationInterface`);
    for (const table of ['audit_entry', 'inbox', 'outbox', 'organization_snapshot']) {
      expect(migration).toContain(`CREATE TABLE \\"procurement\\".\\"${table}\\"`);
    }
    expect(migration).toContain('\\"commitment_state\\" character varying(10) NOT NULL');
    expect(migration).toContain('\\"payment_state\\" character varying(15) NOT NULL');
    expect(migration).toContain('CREATE UNIQUE INDEX \\"procurement_grant_once\\"');
    expect(read(tree, `${app}/src/migrations/index.ts`)).toContain(
      `import { Initial${stamp} } from './${stamp}-Initial';\n\nexport const MIGRATIONS = [Initial${stamp}];`,
    );
    expect(read(tree, `${app}/test/migrations.int-spec.ts`)).toContain(
      'schemaDrift(PROCUREMENT_DATABASE, testServerUrl())',
    );

    expect(read(tree, 'libs/contracts/src/rpc/procurement.rpc.ts')).toContain(
      "'procurement.health': { request: Record<string, never>; response: ServiceHealth };",
    );
  });

  it('joins the programme to the contracts, the gateway health, npm start and compose', async () => {
    await programmeGenerator(tree, { ...PROCUREMENT, skipFormat: true });

    const contract = read(tree, 'libs/contracts/src/rpc/rpc-contract.ts');
    expect(contract).toContain("import type { ProcurementRpc } from './procurement.rpc';");
    expect(contract.indexOf('./organizations.rpc')).toBeLessThan(
      contract.indexOf('./procurement.rpc'),
    );
    expect(contract.indexOf('./procurement.rpc')).toBeLessThan(contract.indexOf('./venture.rpc'));
    expect(contract).toMatch(/LotteryFundRpc &\n {2}ProcurementRpc;/);

    // declared ahead with finance's answers only: now takes the organization events too
    const queues = read(tree, 'libs/contracts/src/queues/queues.ts');
    expect(queues).toContain(
      "'procurement.inbox': { consumer: 'procurement', messages: ['organizations.organization-registered.v1', 'organizations.organization-changed.v1', 'organizations.organization-registered.v2', 'organizations.organization-changed.v2', ...FINANCE_ANSWERS] }",
    );
    expect(queues.match(/'procurement\.inbox'/g)).toHaveLength(1);
    // listed already: unchanged
    expect(read(tree, 'libs/contracts/src/messages/finance/programmes.ts')).toBe(
      SEED['libs/contracts/src/messages/finance/programmes.ts'],
    );

    expect(read(tree, 'apps/gateway/src/health/gateway-health.controller.ts')).toContain(
      "const SERVICES = ['organizations', 'finance', 'lottery-fund', 'incubation', 'venture', 'procurement'] as const;",
    );

    const services = read(tree, 'tools/dev/services.mjs');
    expect(services).toContain(
      "  {\n    name: 'procurement',\n    entry: 'apps/procurement/src/main.ts',\n    httpPort: 3106,\n    healthPath: '/health',\n  },\n  { name: 'gateway'",
    );

    const compose = read(tree, 'docker-compose.yml');
    expect(compose).toContain(
      "  procurement:\n    <<: *app\n    command: ['node', '--enable-source-maps', '--max-semi-space-size=2', 'dist/node/apps/procurement/src/main.js']",
    );
    expect(compose).toContain("HTTP_PORT: '3106'");
    expect(compose).toContain("fetch('http://127.0.0.1:3106/health')");
    expect(compose.indexOf('  procurement:')).toBeLessThan(compose.indexOf('  gateway:'));
    expect(compose).toContain(
      '      venture: { condition: service_healthy }\n      procurement: { condition: service_healthy }\n    healthcheck:',
    );

    expect(read(tree, 'eslint.config.mjs')).toContain(
      "{\n    sourceTag: 'scope:procurement',\n    onlyDependOnLibsWithTags: ['scope:procurement', 'scope:shared', 'scope:contracts'],\n  },\n  {\n    sourceTag: 'scope:gateway',",
    );
  });

  it('adds the queue and the PROGRAMMES entry of a programme not declared yet', async () => {
    await programmeGenerator(tree, {
      name: 'social-donations',
      fund: 'SOCIAL_DONATIONS',
      zh: '社会捐赠资助',
      skipFormat: true,
    });
    expect(read(tree, 'libs/contracts/src/messages/finance/programmes.ts')).toContain(
      "['incubation', 'venture', 'lottery-fund', 'procurement', 'social-donations'] as const",
    );
    expect(read(tree, 'libs/contracts/src/queues/queues.ts')).toContain(
      "  'social-donations.inbox': {\n    consumer: 'social-donations',\n    messages: [\n      'organizations.organization-registered.v1',\n      'organizations.organization-changed.v1',\n      'organizations.organization-registered.v2',\n      'organizations.organization-changed.v2',\n      ...FINANCE_ANSWERS,\n    ],\n  },\n  'platform.probe':",
    );
    expect(read(tree, 'apps/social-donations/src/database.ts')).toContain(
      "schema: 'social_donations'",
    );
    expect(read(tree, 'apps/social-donations/src/app.module.ts')).toContain(
      'SocialDonationsFundingModule',
    );
    expect(tree.exists('apps/social-donations/src/social-donations.inbox.ts')).toBe(true);
    expect(read(tree, 'tools/dev/services.mjs')).toContain('httpPort: 3106');
  });

  it('refuses a second run with the same name, and changes nothing', async () => {
    await programmeGenerator(tree, { ...PROCUREMENT, skipFormat: true });
    const before = snapshot(tree);

    await expect(programmeGenerator(tree, { ...PROCUREMENT, skipFormat: true })).rejects.toThrow(
      /"procurement" exists already \(apps\/procurement\).*Nothing was changed/,
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('refuses the name of a project that exists, a name not in kebab-case, an unknown fund and a taken port', async () => {
    tree.write('apps/venture/project.json', JSON.stringify({ name: 'venture' }));
    await expect(programmeGenerator(tree, { ...PROCUREMENT, name: 'venture' })).rejects.toThrow(
      /"venture" exists already/,
    );
    tree.write(
      'libs/domain/care/project.json',
      JSON.stringify({ name: 'care', root: 'libs/domain/care' }),
    );
    await expect(programmeGenerator(tree, { ...PROCUREMENT, name: 'care' })).rejects.toThrow(
      /"care" exists already \(libs\/domain\/care\)/,
    );
    await expect(programmeGenerator(tree, { ...PROCUREMENT, name: 'Procurement' })).rejects.toThrow(
      /kebab-case/,
    );
    await expect(programmeGenerator(tree, { ...PROCUREMENT, fund: 'LOTTERY' })).rejects.toThrow(
      /--fund must be one of finance's funds \(LOTTERY_WELFARE, GOVERNMENT_PURCHASE/,
    );
    await expect(programmeGenerator(tree, { ...PROCUREMENT, port: 3105 })).rejects.toThrow(
      /port 3105 is taken/,
    );
    expect(tree.exists('apps/procurement')).toBe(false);
  });

  it('edits nothing twice: each edit finds its own output already done', () => {
    const names = { fileName: 'procurement', className: 'Procurement' };
    const cases: [string, (source: string) => string | null][] = [
      ['libs/contracts/src/rpc/rpc-contract.ts', (s) => joinRpcContract(s, names)],
      ['libs/contracts/src/queues/queues.ts', (s) => addInboxQueue(s, names)],
      ['libs/contracts/src/messages/finance/programmes.ts', (s) => addProgramme(s, names)],
      ['apps/gateway/src/health/gateway-health.controller.ts', (s) => addGatewayHealth(s, names)],
      ['tools/dev/services.mjs', (s) => addStartService(s, names, 3106)],
      ['docker-compose.yml', (s) => addComposeService(s, names, 3106)],
      ['eslint.config.mjs', (s) => addScopeConstraint(s, names)],
    ];
    for (const [file, edit] of cases) {
      const once = edit(SEED[file]) ?? SEED[file];
      expect([file, edit(once)]).toEqual([file, null]);
    }
  });

  it("names primary keys as TypeORM does (the names in incubation's generated migration)", () => {
    expect(primaryKeyName('audit_entry', ['seq'])).toBe('PK_bb4ea39cbd1686232d5fdda3a01');
    expect(primaryKeyName('inbox', ['message_id'])).toBe('PK_bbd15267b116fd3c45f459a65fa');
    expect(primaryKeyName('outbox', ['id'])).toBe('PK_340ab539f309f03bdaa14aa7649');
    expect(primaryKeyName('organization_snapshot', ['organization_id'])).toBe(
      'PK_cadce387a2c773097a6cd1ffa31',
    );
  });
});

function read(tree: Tree, path: string): string {
  const content = tree.read(path, 'utf-8');
  if (content === null) throw new Error(`${path} was not written`);
  return content;
}

function snapshot(tree: Tree): Record<string, string> {
  return Object.fromEntries(
    tree.listChanges().map((change) => [change.path, change.content?.toString('utf-8') ?? '']),
  );
}

function seed(tree: Tree): void {
  for (const [path, content] of Object.entries(SEED)) tree.write(path, content);
}

/** Minimal copies of the files the generator edits, in the shape they have in the repository. */
const SEED: Record<string, string> = {
  'libs/contracts/src/rpc/rpc-contract.ts': `import type { FieldViolation } from '../common/validation';
import type { FinanceRpc } from './finance.rpc';
import type { IncubationRpc } from './incubation.rpc';
import type { LotteryFundRpc } from './lottery-fund.rpc';
import type { OrganizationsRpc } from './organizations.rpc';
import type { VentureRpc } from './venture.rpc';

export type RpcContract = OrganizationsRpc &
  FinanceRpc &
  IncubationRpc &
  VentureRpc &
  LotteryFundRpc;

export type RpcPattern = keyof RpcContract;
`,
  'libs/contracts/src/queues/queues.ts': `export const QUEUES = {
  'venture.inbox': {
    consumer: 'venture',
    messages: [
      'organizations.organization-registered.v1',
      'organizations.organization-changed.v1',
      ...FINANCE_ANSWERS,
    ],
  },
  'procurement.inbox': { consumer: 'procurement', messages: FINANCE_ANSWERS },
  'platform.probe': {
    consumer: 'probe',
    messages: ['platform.probe-sent.v1'],
  },
} as const satisfies Record<string, { consumer: string; messages: readonly MessageName[] }>;
`,
  'libs/contracts/src/messages/finance/programmes.ts': `export const PROGRAMMES = ['incubation', 'venture', 'lottery-fund', 'procurement'] as const;
export type ProgrammeName = (typeof PROGRAMMES)[number];
`,
  'libs/contracts/src/messages/finance/commitment-requested.v1.ts': `export const FUND_CODES = [
  'LOTTERY_WELFARE',
  'GOVERNMENT_PURCHASE',
  'INCUBATION',
  'VENTURE_PHILANTHROPY',
  'SOCIAL_DONATIONS',
] as const;
`,
  'apps/gateway/src/health/gateway-health.controller.ts': `const SERVICES = ['organizations', 'finance', 'lottery-fund', 'incubation', 'venture'] as const;
`,
  'tools/dev/services.mjs': `export const SERVICES = [
  {
    name: 'organizations',
    entry: 'apps/organizations/src/main.ts',
    httpPort: 3101,
    healthPath: '/health',
  },
  {
    name: 'venture',
    entry: 'apps/venture/src/main.ts',
    httpPort: 3105,
    healthPath: '/health',
  },
  { name: 'gateway', entry: 'apps/gateway/src/main.ts', httpPort: 3000, healthPath: '/api/health' },
];
`,
  'docker-compose.yml': `services:
  venture:
    <<: *app
    command: ['node', '--enable-source-maps', '--max-semi-space-size=2', 'dist/node/apps/venture/src/main.js']
    environment:
      <<: *env
      HTTP_PORT: '3105'

  gateway:
    <<: *app
    environment:
      <<: *env
      HTTP_PORT: '3000'
    depends_on:
      redis: { condition: service_healthy }
      venture: { condition: service_healthy }
    healthcheck:
      test: ['CMD', 'true']

volumes:
  postgres-data:
`,
  'eslint.config.mjs': `const depConstraints = [
  {
    sourceTag: 'scope:venture',
    onlyDependOnLibsWithTags: ['scope:venture', 'scope:shared', 'scope:contracts'],
  },
  {
    sourceTag: 'scope:gateway',
    onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared', 'scope:contracts'],
  },
];
`,
};
