/**
 * The programme generator's edits to files that exist already, as pure text functions: each
 * returns the new text, or null when the file has the programme already (so a second run, or a
 * programme declared ahead, as procurement's queue was, changes nothing). A file that no longer
 * has the shape an edit looks for fails with a message saying which edit to make by hand.
 */

export interface ProgrammeNames {
  /** kebab-case: app, project, RPC prefix, queue, programme name at finance. */
  fileName: string;
  /** PascalCase: class names. */
  className: string;
}

export class EditRefused extends Error {}

/** v2 seals the custodian's account number (R30); v1 is still taken, for messages in flight. */
const ORGANIZATION_EVENTS = [
  'organizations.organization-registered.v1',
  'organizations.organization-changed.v1',
  'organizations.organization-registered.v2',
  'organizations.organization-changed.v2',
];

/** libs/contracts/src/rpc/rpc-contract.ts: import `<Name>Rpc` and join it into RpcContract. */
export function joinRpcContract(source: string, names: ProgrammeNames): string | null {
  const type = `${names.className}Rpc`;
  if (new RegExp(`\\b${type}\\b`).test(source)) return null;
  const line = `import type { ${type} } from './${names.fileName}.rpc';`;
  const imports = [...source.matchAll(/^import type \{ \w+ \} from '\.\/([\w-]+)\.rpc';$/gm)];
  if (imports.length === 0) throw refused('rpc-contract.ts', `add: ${line}`);
  // keep the per-service imports in file order: before the first that sorts after this one
  const next = imports.find((m) => m[1] > names.fileName);
  const at = next
    ? next.index!
    : imports[imports.length - 1].index! + imports.at(-1)![0].length + 1;
  let out = `${source.slice(0, at)}${line}\n${source.slice(at)}`;
  const contract = /(export type RpcContract =)([^;]*);/.exec(out);
  if (!contract) throw refused('rpc-contract.ts', `add "& ${type}" to RpcContract`);
  out = out.replace(contract[0], `${contract[1]}${contract[2].trimEnd()} &\n  ${type};`);
  return out;
}

/** libs/contracts/src/messages/finance/programmes.ts: the programme in PROGRAMMES. */
export function addProgramme(source: string, names: ProgrammeNames): string | null {
  const list = /(export const PROGRAMMES = \[)([^\]]*)(\] as const;)/.exec(source);
  if (!list) throw refused('programmes.ts', `add '${names.fileName}' to PROGRAMMES`);
  if (quoted(list[2]).includes(names.fileName)) return null;
  const items = [...quoted(list[2]), names.fileName].map((n) => `'${n}'`).join(', ');
  return source.replace(list[0], `${list[1]}${items}${list[3]}`);
}

/**
 * libs/contracts/src/queues/queues.ts: the programme's inbox queue, taking the organization events
 * (its snapshots) and finance's answers. A queue declared ahead with finance's answers only (as
 * procurement's was) is given the organization events as well: the generated inbox handles them.
 */
export function addInboxQueue(source: string, names: ProgrammeNames): string | null {
  const queue = `'${names.fileName}.inbox'`;
  const start = source.indexOf(`${queue}:`);
  if (start < 0) {
    const anchor =
      /^ {2}'platform\.probe':/m.exec(source) ?? /^\} as const satisfies/m.exec(source);
    if (!anchor) throw refused('queues.ts', `add the ${queue} queue to QUEUES`);
    const entry = [
      `  ${queue}: {`,
      `    consumer: '${names.fileName}',`,
      `    messages: [`,
      ...ORGANIZATION_EVENTS.map((m) => `      '${m}',`),
      `      ...FINANCE_ANSWERS,`,
      `    ],`,
      `  },`,
      '',
    ].join('\n');
    return `${source.slice(0, anchor.index)}${entry}${source.slice(anchor.index)}`;
  }
  const open = source.indexOf('{', start);
  const end = closingBrace(source, open);
  const body = source.slice(open, end + 1);
  const missing = ORGANIZATION_EVENTS.filter((m) => !body.includes(`'${m}'`));
  const hasAnswers =
    body.includes('...FINANCE_ANSWERS') || /messages:\s*FINANCE_ANSWERS\b/.test(body);
  if (missing.length === 0 && hasAnswers) return null;
  let widened: string;
  if (/messages:\s*FINANCE_ANSWERS\b/.test(body)) {
    const messages = [...missing.map((m) => `'${m}'`), '...FINANCE_ANSWERS'].join(', ');
    widened = body.replace(/messages:\s*FINANCE_ANSWERS\b/, `messages: [${messages}]`);
  } else if (/messages:\s*\[/.test(body)) {
    const extra = [
      ...missing.map((m) => `'${m}'`),
      ...(hasAnswers ? [] : ['...FINANCE_ANSWERS']),
    ].join(', ');
    widened = body.replace(/messages:\s*\[/, `messages: [${extra}, `);
  } else {
    throw refused(
      'queues.ts',
      `make ${queue} take ${ORGANIZATION_EVENTS.join(', ')} and ...FINANCE_ANSWERS`,
    );
  }
  return `${source.slice(0, open)}${widened}${source.slice(end + 1)}`;
}

/** apps/gateway/src/health/gateway-health.controller.ts: the service in SERVICES. */
export function addGatewayHealth(source: string, names: ProgrammeNames): string | null {
  const list = /(const SERVICES = \[)([^\]]*)(\] as const;)/.exec(source);
  if (!list) throw refused('gateway-health.controller.ts', `add '${names.fileName}' to SERVICES`);
  if (quoted(list[2]).includes(names.fileName)) return null;
  const items = [...quoted(list[2]), names.fileName].map((n) => `'${n}'`).join(', ');
  return source.replace(list[0], `${list[1]}${items}${list[3]}`);
}

/** tools/dev/services.mjs: the service `npm start` runs, before the gateway (which goes last). */
export function addStartService(
  source: string,
  names: ProgrammeNames,
  port: number,
): string | null {
  if (new RegExp(`name: '${names.fileName}'`).test(source)) return null;
  const entry = [
    '  {',
    `    name: '${names.fileName}',`,
    `    entry: 'apps/${names.fileName}/src/main.ts',`,
    `    httpPort: ${port},`,
    `    healthPath: '/health',`,
    '  },',
    '',
  ].join('\n');
  const gateway = /^ {2}\{\s*name: 'gateway'/m.exec(source);
  const list = source.indexOf('export const SERVICES = [');
  const end = list < 0 ? -1 : source.indexOf('\n];', list) + 1;
  const at = gateway ? gateway.index : end;
  if (at <= 0) throw refused('services.mjs', `add { name: '${names.fileName}', … } to SERVICES`);
  return `${source.slice(0, at)}${entry}${source.slice(at)}`;
}

/** docker-compose.yml: the service's container, and the gateway waiting for it to be healthy. */
export function addComposeService(
  source: string,
  names: ProgrammeNames,
  port: number,
): string | null {
  const service = names.fileName;
  let out = source;
  let changed = false;
  if (!new RegExp(`^ {2}${escape(service)}:$`, 'm').test(out)) {
    const gateway = /^ {2}gateway:$/m.exec(out);
    if (!gateway) throw refused('docker-compose.yml', `add a "${service}" service block`);
    out = `${out.slice(0, gateway.index)}${composeBlock(service, port)}\n${out.slice(gateway.index)}`;
    changed = true;
  }
  const gateway = /^ {2}gateway:$/m.exec(out);
  if (gateway) {
    const dependsOn = /^ {4}depends_on:\n((?: {6}.*\n)*)/m.exec(out.slice(gateway.index));
    const waitsFor = dependsOn?.[1] ?? '';
    if (dependsOn && !new RegExp(`^ {6}${escape(service)}:`, 'm').test(waitsFor)) {
      const at = gateway.index + dependsOn.index + dependsOn[0].length;
      out = `${out.slice(0, at)}      ${service}: { condition: service_healthy }\n${out.slice(at)}`;
      changed = true;
    }
  }
  return changed ? out : null;
}

/**
 * eslint.config.mjs: the app's `scope:<name>` tag gets its own module-boundary constraint (the
 * house rule: every scope has one, no wildcards), placed before the gateway's and allowing what
 * the gateway's allows besides its own scope (scope:shared, scope:contracts).
 */
export function addScopeConstraint(source: string, names: ProgrammeNames): string | null {
  const scope = `scope:${names.fileName}`;
  if (new RegExp(`sourceTag: '${escape(scope)}'`).test(source)) return null;
  const gateway =
    /^( *)\{\s*sourceTag: 'scope:gateway',\s*onlyDependOnLibsWithTags: \[([^\]]*)\]/m.exec(source);
  if (!gateway) {
    throw refused(
      'eslint.config.mjs',
      `add { sourceTag: '${scope}', onlyDependOnLibsWithTags: ['${scope}', 'scope:shared'] }`,
    );
  }
  const [, indent, allowed] = gateway;
  const tags = quoted(allowed).map((tag) => (tag === 'scope:gateway' ? scope : tag));
  const entry = [
    `${indent}{`,
    `${indent}  sourceTag: '${scope}',`,
    `${indent}  onlyDependOnLibsWithTags: [${tags.map((tag) => `'${tag}'`).join(', ')}],`,
    `${indent}},`,
    '',
  ].join('\n');
  return `${source.slice(0, gateway.index)}${entry}${source.slice(gateway.index)}`;
}

/** The HTTP ports services use now (tools/dev/services.mjs, docker-compose.yml). */
export function usedPorts(...sources: string[]): number[] {
  const ports = sources.flatMap((source) => [
    ...[...source.matchAll(/httpPort:\s*(\d+)/g)].map((m) => Number(m[1])),
    ...[...source.matchAll(/HTTP_PORT:\s*'(\d+)'/g)].map((m) => Number(m[1])),
  ]);
  return [...new Set(ports)].sort((a, b) => a - b);
}

/** The fund codes finance takes (FUND_CODES in commitment-requested.v1.ts). */
export function fundCodes(source: string): string[] {
  const list = /export const FUND_CODES = \[([^\]]*)\]/.exec(source);
  return list ? quoted(list[1]) : [];
}

function composeBlock(service: string, port: number): string {
  return `  ${service}:
    <<: *app
    command: ['node', '--enable-source-maps', '--max-semi-space-size=2', 'dist/node/apps/${service}/src/main.js']
    environment:
      <<: *env
      HTTP_PORT: '${port}'
    depends_on:
      postgres: { condition: service_healthy }
      redis: { condition: service_healthy }
    healthcheck:
      test:
        [
          'CMD',
          'node',
          '-e',
          "fetch('http://127.0.0.1:${port}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))",
        ]
      interval: 5s
      timeout: 3s
      retries: 30
`;
}

function quoted(list: string): string[] {
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function closingBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}' && --depth === 0) return i;
  }
  throw new EditRefused(`queues.ts: unbalanced braces after position ${open}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function refused(file: string, what: string): EditRefused {
  return new EditRefused(`${file} does not have the shape the generator edits; by hand, ${what}`);
}
