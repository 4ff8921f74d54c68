import { useQuery } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { type AutosaveState, createAutosaver } from './autosave';

const timers = {
  set: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clear: (handle: unknown) => window.clearTimeout(handle as number),
};

const path = (formKey: string) => ({ params: { path: { formKey } } });

export interface AutosavedDraft {
  /** The saved draft was looked up (or there is none to look up): the form may show. */
  ready: boolean;
  /** When the draft the form was restored from had been saved; until it is discarded. */
  restoredAt?: string;
  /** How the autosave is doing, for an unobtrusive line beside the form. */
  state: AutosaveState;
  /** Call from the form's onValuesChange: saves the form's values once it is still. */
  changed: () => void;
  /** Forgets the draft: deletes it, empties the form (resetFields) and calls onDiscarded. */
  discard: () => Promise<void>;
  /** The form was submitted: the draft goes. */
  submitted: () => Promise<void>;
}

/**
 * A form's autosaved draft on the server (issue #18, GET/PUT/DELETE /v1/me/drafts/{formKey}):
 * looked up once when the form opens and restored into it, saved 2 s after the last change and at
 * once when the page is hidden or left, deleted when the form is submitted. Without a key (a form
 * that is read-only, or not known yet) nothing is saved. The key may change while the form is
 * open (a venture proposal saved as a domain draft goes on under its id): the form was restored
 * from the key it opened with, and saves go to the current one.
 */
export function useAutosavedDraft<V extends object>(
  form: FormInstance<V>,
  formKey: string | undefined,
  options: { onDiscarded?: () => void } = {},
): AutosavedDraft {
  const [openedWith] = useState(formKey);
  const keyRef = useRef(formKey);
  keyRef.current = formKey;
  const saved = useQuery({
    queryKey: ['form-draft', openedWith],
    queryFn: () => unwrap(api.GET('/api/v1/me/drafts/{formKey}', path(openedWith!))),
    enabled: openedWith !== undefined,
    retry: 1,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const ready = openedWith === undefined || saved.isFetched || saved.isError;
  const [restoredAt, setRestoredAt] = useState<string>();
  const [state, setState] = useState<AutosaveState>({ state: 'idle' });
  const restored = useRef(false);

  // Restored once, after the form is shown (the form's own fields then exist to take the values).
  useEffect(() => {
    if (restored.current || !saved.data) return;
    restored.current = true;
    if (saved.data.values && saved.data.updatedAt) {
      form.setFieldsValue(saved.data.values as Parameters<typeof form.setFieldsValue>[0]);
      setRestoredAt(saved.data.updatedAt);
    }
  }, [saved.data]);

  const autosaver = useMemo(
    () =>
      createAutosaver<Record<string, unknown>>({
        save: async (values, flushing) => {
          const key = keyRef.current;
          if (!key) return { updatedAt: new Date().toISOString() };
          return unwrap(
            api.PUT('/api/v1/me/drafts/{formKey}', {
              ...path(key),
              body: { values },
              // A save as the page goes away outlives it (bodies up to 64 KiB, as drafts are).
              keepalive: flushing,
            }),
          );
        },
        onState: setState,
        timers,
      }),
    [],
  );

  // Hidden (another app, the screen off, the tab closed) or left: what waits is saved now.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') autosaver.flush();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', autosaver.flush);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', autosaver.flush);
      autosaver.flush();
    };
  }, [autosaver]);

  const changed = useCallback(() => {
    if (!keyRef.current || !ready) return;
    autosaver.change(form.getFieldsValue(true) as Record<string, unknown>);
  }, [autosaver, form, ready]);

  const remove = async () => {
    const key = keyRef.current; // the key now: a save may move the form to another (venture)
    await autosaver.settle();
    if (key) await unwrap(api.DELETE('/api/v1/me/drafts/{formKey}', path(key))).catch(() => {});
  };

  return {
    ready,
    restoredAt,
    state,
    changed,
    discard: async () => {
      await remove();
      form.resetFields();
      setRestoredAt(undefined);
      setState({ state: 'idle' });
      options.onDiscarded?.();
    },
    submitted: async () => {
      await remove();
      setState({ state: 'idle' });
    },
  };
}
