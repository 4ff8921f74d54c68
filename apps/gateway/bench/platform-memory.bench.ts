import 'reflect-metadata';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv } from '@civic/platform/config';
import {
  childEnv,
  freePort,
  SERVICE_NODE_FLAGS,
  startPlatform,
  stopProcess,
  untilAnswers,
} from '@civic/testing';
import { IsInt, Min } from 'class-validator';

/**
 * Whole-platform resident memory at idle (issue #19): the gateway, the six services and the admin
 * UI's web server, 20 s after the last became healthy, as the sum of their resident set sizes
 * (VmRSS; shared pages counted in each process, as `ps` and container limits count them).
 *
 * Measured twice in one run, each in a process of its own:
 *   built     the services from their ahead-of-time build (dist/node), the UI from the static
 *             server (apps/admin-ui/scripts/static-server.mjs): what `npm start` runs now;
 *   baseline  the services compiled by swc as they start (SERVICES_FROM_SOURCE=1) and the UI
 *             under `vite preview`: what `npm start` ran before issue #19.
 * Exits 0 when the built platform stays under the target (PLATFORM_MEMORY_TARGET_MB, 1024).
 */
const ROOT = join(__dirname, '../../..');
const UI_DIST = join(ROOT, 'tmp/admin-ui-test/dist');
const IDLE_SECONDS = 20;
class MemoryBenchEnv {
  /** The built platform's summed RSS must stay under this. */
  @IsInt()
  @Min(1)
  PLATFORM_MEMORY_TARGET_MB: number = 1024;
}

const TARGET_MB = loadEnv(MemoryBenchEnv).PLATFORM_MEMORY_TARGET_MB;

type Mode = 'built' | 'baseline';

async function measure(mode: Mode): Promise<Record<string, number>> {
  const platform = await startPlatform({
    withLotteryFund: true,
    withIncubation: true,
    withVenture: true,
    withProcurement: true,
  });
  const ui = await startUi(mode, platform.api.replace(/\/api$/, ''));
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const rss: Record<string, number> = {};
    const pss: Record<string, number> = {};
    for (const [label, kb] of childMemory()) {
      rss[label] = Math.round((rss[label] ?? 0) + kb.rss / 1024);
      pss[label] = Math.round((pss[label] ?? 0) + kb.pss / 1024);
    }
    const total = (sizes: Record<string, number>) =>
      Object.values(sizes).reduce((sum, mb) => sum + mb, 0);
    return { ...rss, totalRss: total(rss), totalPss: total(pss) };
  } finally {
    await stopProcess(ui);
    await platform.stop();
  }
}

async function startUi(mode: Mode, gateway: string): Promise<ChildProcess> {
  const port = await freePort();
  const args =
    mode === 'built'
      ? [
          ...SERVICE_NODE_FLAGS, // as npm start runs it
          join(ROOT, 'apps/admin-ui/scripts/serve.mjs'),
          ...['--port', String(port), '--gateway', gateway, '--out-dir', UI_DIST],
        ]
      : [
          join(ROOT, 'node_modules/vite/bin/vite.js'),
          'preview',
          ...['--config', join(ROOT, 'apps/admin-ui/vite.config.mts'), '--outDir', UI_DIST],
          ...['--port', String(port), '--strictPort', '--host', '127.0.0.1'],
        ];
  const child = spawn(process.execPath, args, {
    cwd: join(ROOT, 'apps/admin-ui'),
    env: childEnv({ GATEWAY_URL: gateway }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await untilAnswers(`http://127.0.0.1:${port}/`);
  return child;
}

/**
 * Resident kB of each direct child of this process, labelled by what it runs: its RSS, and its
 * proportional share (PSS: a page shared by n processes, such as the node binary's code, counts
 * 1/n in each), whose sum is what the platform takes from the machine.
 */
function childMemory(): [string, { rss: number; pss: number }][] {
  const found: [string, { rss: number; pss: number }][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rollup = readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
      const pss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const app = /apps\/([a-z-]+)\/src\/main\./.exec(cmdline)?.[1];
      const label = app ?? (cmdline.includes('vite') ? 'admin-ui (vite preview)' : 'admin-ui');
      found.push([label, { rss, pss }]);
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

function runMode(mode: Mode): Record<string, number> {
  const child = spawnSync(
    process.execPath,
    ['-r', join(ROOT, 'tools/dev/register.cjs'), __filename, mode],
    {
      cwd: ROOT,
      env: childEnv({ SERVICES_FROM_SOURCE: mode === 'baseline' ? '1' : '' }),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error(`${mode}: exited with ${child.status}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
}

async function main() {
  const mode = process.argv[2] as Mode | undefined;
  if (mode) {
    console.log(JSON.stringify(await measure(mode)));
    return;
  }
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'apps/admin-ui/scripts/serve.mjs'), '--build-only', '--out-dir', UI_DIST],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('building the admin UI failed');
  const built = runMode('built');
  const baseline = runMode('baseline');
  const ok = built.totalRss < TARGET_MB;
  console.log(
    JSON.stringify(
      {
        bench: 'platform-memory',
        idleSeconds: IDLE_SECONDS,
        residentMB: { built, baseline },
        ratio: Number((built.totalRss / baseline.totalRss).toFixed(2)),
        targetMB: TARGET_MB,
        ok,
      },
      null,
      2,
    ),
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
