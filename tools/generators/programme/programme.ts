import {
  formatFiles,
  generateFiles,
  getProjects,
  type GeneratorCallback,
  logger,
  names,
  type Tree,
} from '@nx/devkit';
import { join } from 'node:path';
import {
  addComposeService,
  addGatewayHealth,
  addInboxQueue,
  addProgramme,
  addScopeConstraint,
  addStartService,
  EditRefused,
  fundCodes,
  joinRpcContract,
  type ProgrammeNames,
  usedPorts,
} from './edits';
import { initialMigration, migrationIndex } from './migration';

export interface ProgrammeGeneratorSchema {
  /** kebab-case, e.g. procurement. */
  name: string;
  /** The fund at finance, e.g. GOVERNMENT_PURCHASE (FUND_CODES). */
  fund: string;
  /** The programme's Chinese name, e.g. 政府购买服务. */
  zh: string;
  /** The service's HTTP port; default one above the highest in tools/dev/services.mjs. */
  port?: number;
  skipFormat?: boolean;
}

const FILES = {
  rpcContract: 'libs/contracts/src/rpc/rpc-contract.ts',
  queues: 'libs/contracts/src/queues/queues.ts',
  programmes: 'libs/contracts/src/messages/finance/programmes.ts',
  fundCodes: 'libs/contracts/src/messages/finance/commitment-requested.v1.ts',
  gatewayHealth: 'apps/gateway/src/health/gateway-health.controller.ts',
  services: 'tools/dev/services.mjs',
  compose: 'docker-compose.yml',
  eslint: 'eslint.config.mjs',
};

/**
 * `nx g ./tools/generators:programme --name=<name> --fund=<FUND> --zh=<中文名>`: a programme service
 * on the programme kit (apps/<name>: app module, env, database with an initial migration, health
 * RPC, inbox, a single-payout grant on ProgrammeFunding, the drift test), its RPC contract, and
 * the edits that join it to the platform (contracts, queue, gateway health, compose, npm start).
 */
export async function programmeGenerator(
  tree: Tree,
  options: ProgrammeGeneratorSchema,
): Promise<GeneratorCallback> {
  const o = normalize(tree, options);
  const app = `apps/${o.fileName}`;

  copyTemplates(tree, o, app);
  const stamp = Date.now();
  const migration = initialMigration(o.schema, stamp);
  tree.write(`${app}/src/migrations/${migration.file}`, migration.source);
  tree.write(`${app}/src/migrations/index.ts`, migrationIndex(stamp));

  const edited: string[] = [];
  const skipped: string[] = [];
  const edit = (path: string, change: (source: string) => string | null, required = true) => {
    if (!tree.exists(path)) {
      if (required) throw new Error(`programme generator: ${path} is missing; it edits that file`);
      logger.warn(`programme generator: ${path} is missing; skipped`);
      return;
    }
    const next = change(tree.read(path, 'utf-8')!);
    if (next === null) {
      skipped.push(path);
      return;
    }
    tree.write(path, next);
    edited.push(path);
  };
  edit(FILES.rpcContract, (s) => joinRpcContract(s, o));
  edit(FILES.programmes, (s) => addProgramme(s, o));
  edit(FILES.queues, (s) => addInboxQueue(s, o));
  edit(FILES.gatewayHealth, (s) => addGatewayHealth(s, o));
  edit(FILES.services, (s) => addStartService(s, o, o.port));
  edit(FILES.compose, (s) => addComposeService(s, o, o.port), false);
  edit(FILES.eslint, (s) => addScopeConstraint(s, o), false);

  if (!options.skipFormat) await formatFiles(tree);
  return () => {
    if (skipped.length) logger.info(`Had ${o.fileName} already (unchanged): ${skipped.join(', ')}`);
    logger.info(nextSteps(o, edited));
  };
}

export default programmeGenerator;

interface Normalized extends ProgrammeNames {
  constantName: string;
  schema: string;
  fund: string;
  zh: string;
  port: number;
}

function normalize(tree: Tree, options: ProgrammeGeneratorSchema): Normalized {
  const raw = (options.name ?? '').trim();
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(raw)) {
    throw new Error(
      `programme generator: --name must be kebab-case (e.g. procurement, social-donations), not "${raw}"`,
    );
  }
  const n = names(raw);
  const app = `apps/${n.fileName}`;
  const project = getProjects(tree).get(n.fileName);
  if (tree.exists(app) || project) {
    throw new Error(
      `programme generator: "${n.fileName}" exists already (${project?.root ?? app}); pick another name, or remove it first. Nothing was changed.`,
    );
  }
  const contract = `libs/contracts/src/rpc/${n.fileName}.rpc.ts`;
  if (tree.exists(contract)) {
    throw new Error(
      `programme generator: ${contract} exists already; remove it or pick another name. Nothing was changed.`,
    );
  }
  const codes = tree.exists(FILES.fundCodes) ? fundCodes(tree.read(FILES.fundCodes, 'utf-8')!) : [];
  if (codes.length && !codes.includes(options.fund)) {
    throw new Error(
      `programme generator: --fund must be one of finance's funds (${codes.join(', ')}), not "${options.fund}"`,
    );
  }
  const zh = (options.zh ?? '').trim();
  if (!zh || /['`$\\<>]/.test(zh)) {
    throw new Error(
      `programme generator: --zh must be the programme's Chinese name, e.g. 政府购买服务`,
    );
  }
  return {
    fileName: n.fileName,
    className: n.className,
    constantName: n.constantName,
    schema: n.fileName.replace(/-/g, '_'),
    fund: options.fund,
    zh,
    port: portFor(tree, options.port),
  };
}

/** The requested port, refused when another service has it; else one above the highest. */
function portFor(tree: Tree, requested?: number): number {
  const read = (path: string) => (tree.exists(path) ? tree.read(path, 'utf-8')! : '');
  const used = usedPorts(read(FILES.services), read(FILES.compose));
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1024 || requested > 65535) {
      throw new Error(`programme generator: --port must be between 1024 and 65535`);
    }
    if (used.includes(requested)) {
      throw new Error(`programme generator: port ${requested} is taken by another service`);
    }
    return requested;
  }
  const services = used.filter((port) => port !== 3000);
  return services.length ? Math.max(...services) + 1 : 3101;
}

function copyTemplates(tree: Tree, o: Normalized, app: string): void {
  const substitutions = { ...o, tmpl: '' };
  generateFiles(tree, join(__dirname, 'files', 'app'), app, substitutions);
  generateFiles(
    tree,
    join(__dirname, 'files', 'contracts'),
    'libs/contracts/src/rpc',
    substitutions,
  );
}

function nextSteps(o: Normalized, edited: string[]): string {
  return [
    `Scaffolded ${o.fileName} (${o.zh}) on the programme kit: apps/${o.fileName}, libs/contracts/src/rpc/${o.fileName}.rpc.ts.`,
    `Edited: ${edited.join(', ') || 'nothing'}.`,
    'Next (README, "Adding a programme"):',
    `  1. entities for the programme's own facts (apps/${o.fileName}/src/<feature>/), and its rules in libs/domain/${o.fileName}`,
    `  2. RPC patterns in libs/contracts/src/rpc/${o.fileName}.rpc.ts, DTOs and views in libs/contracts/src/${o.fileName}/, handlers in an RPC controller`,
    `  3. a gateway controller (apps/gateway/src/${o.fileName}/) and its cases in apps/gateway/test/access-matrix.e2e.int-spec.ts`,
    `  4. after entity changes: npx nx run ${o.fileName}:migration-generate --name=<PascalCaseName>`,
    `  5. the admin UI screens and their strings (apps/admin-ui/src/i18n)`,
  ].join('\n');
}

export { EditRefused };
