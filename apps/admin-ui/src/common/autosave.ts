/**
 * The pure part of autosaved form drafts (issue #18): the keys the gateway keeps them under, when
 * a save goes out, and how a restored draft and an organization's prefill combine. Applicants
 * file from phones on rural networks: a half-filled form must survive a reload or a dropped
 * connection.
 */

/** How long after the last change a draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;
/** After a failed save, how long before it is tried again (unless the user changes something). */
export const AUTOSAVE_RETRY_MS = 10_000;

/** The forms with drafts, as the gateway names them (apps/gateway/src/drafts/form-key.ts). */
export type DraftForm = 'lottery-application' | 'admission' | 'venture-proposal';

/** The key of a form's draft: `<form>:<uuid>` (the gateway refuses any other with 400). */
export function formDraftKey(form: DraftForm, id: string | undefined): string | undefined {
  return id ? `${form}:${id.toLowerCase()}` : undefined;
}

/**
 * Whether the value at a name path of `values` is empty (missing, blank text, an empty list): where
 * the organization's prefill may fill a form restored from its draft, so what the applicant typed
 * wins over the profile.
 */
export function emptyIn(values: unknown): (name: (string | number)[]) => boolean {
  return (name) => {
    let value: unknown = values;
    for (const part of name) {
      if (value === null || typeof value !== 'object') return true;
      value = (value as Record<string | number, unknown>)[part];
    }
    if (value === undefined || value === null) return true;
    if (typeof value === 'string') return value.trim() === '';
    return Array.isArray(value) && value.length === 0;
  };
}

/** The clock the autosaver waits on: setTimeout in the browser, a hand-driven one in tests. */
export interface AutosaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export type AutosaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed' };

export interface Autosaver<V> {
  /** The form changed: save these values once it has been still for the delay. */
  change(values: V): void;
  /** Save what is waiting now (the page is being hidden or left). */
  flush(): void;
  /** Forget what is waiting and wait for a save under way: before the draft is deleted. */
  settle(): Promise<void>;
}

/**
 * Debounced saving: a save goes out `delayMs` after the last change, never two at a time (a later
 * change waits for the save under way, then goes, so an older save cannot land after a newer
 * one), and a failed save is kept and tried again after `retryMs` or at the next change.
 */
export function createAutosaver<V>(options: {
  save: (values: V, flushing: boolean) => Promise<{ updatedAt: string }>;
  onState: (state: AutosaveState) => void;
  timers: AutosaveTimers;
  delayMs?: number;
  retryMs?: number;
}): Autosaver<V> {
  const { save, onState, timers } = options;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
  let waiting: { values: V } | undefined;
  let timer: unknown;
  let inFlight: Promise<void> | undefined;
  let again = false;

  const schedule = (ms: number) => {
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(() => {
      timer = undefined;
      run(false);
    }, ms);
  };

  const run = (flushing: boolean) => {
    if (inFlight) {
      again = true;
      return;
    }
    if (!waiting) return;
    const { values } = waiting;
    waiting = undefined;
    onState({ state: 'saving' });
    inFlight = save(values, flushing).then(
      ({ updatedAt }) => onState({ state: 'saved', at: updatedAt }),
      () => {
        waiting ??= { values }; // a newer change replaces it; else try this one again
        onState({ state: 'failed' });
        if (!again) schedule(retryMs);
      },
    );
    void inFlight.finally(() => {
      inFlight = undefined;
      if (again) {
        again = false;
        run(flushing);
      }
    });
  };

  return {
    change(values) {
      waiting = { values };
      schedule(delayMs);
    },
    flush() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      run(true);
    },
    async settle() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      waiting = undefined;
      again = false;
      await inFlight?.catch(() => {});
    },
  };
}

/** When a draft was saved: hh:mm today, else with its date (MM-DD hh:mm). */
export function draftTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return at.toDateString() === now.toDateString()
    ? time
    : `${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}
