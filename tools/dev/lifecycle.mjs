// Orderly shutdown for the dev scripts. Steps registered with onCleanup run newest-first on
// Ctrl-C, SIGTERM or SIGHUP (then the process exits 128+signal). At `exit`, or on a second
// Ctrl-C, only each step's synchronous fallback runs (e.g. signalling a child process).
const steps = [];
let running = null;
let shuttingDown = false;

/** True once cleanup has begun: exits of child processes are then expected. */
export const isShuttingDown = () => shuttingDown;

/** Registers a cleanup step; returns a function that unregisters it. */
export function onCleanup(name, stop, kill = () => {}) {
  const step = { name, stop, kill };
  steps.push(step);
  return () => {
    const i = steps.indexOf(step);
    if (i >= 0) steps.splice(i, 1);
  };
}

/** Runs every registered step once, newest first. Safe to call more than once. */
export function cleanup() {
  shuttingDown = true;
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop();
      try {
        await step.stop();
      } catch (error) {
        console.error(`[dev] stopping ${step.name} failed: ${error?.message ?? error}`);
      }
    }
    running = null;
  })();
  return running;
}

function killRemaining() {
  for (const step of steps.splice(0).reverse()) {
    try {
      step.kill();
    } catch {
      // best effort while exiting
    }
  }
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
let signalled = false;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.on(signal, () => {
    if (signalled) {
      killRemaining();
      process.exit(128 + number);
    }
    signalled = true;
    console.error(`\n[dev] ${signal}: stopping… (press Ctrl-C again to force)`);
    cleanup().finally(() => process.exit(128 + number));
  });
}
process.on('exit', killRemaining);
