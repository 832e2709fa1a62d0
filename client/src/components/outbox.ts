import { useEffect, useSyncExternalStore } from 'react';
import { stringifyDocument, useClient, type AnyVariables, type Client, type DocumentInput, type OperationResult } from 'urql';

/*
 * The offline outbox: mutations that must arrive exactly once (a survey response, an event
 * contribution), kept on this device until the server acknowledges them, then removed at once.
 *
 *   enqueue({ id, kind, query, variables })   id is the item's idempotency key (the server stores
 *                                              one record per id and answers repeats the same way)
 *   pendingItems(kind?)                        waiting to be sent, oldest first
 *   flushOutbox(client)                        sends them in order
 *   startOutbox(client)                        flush now, when the browser comes back online, and
 *                                              while anything is waiting: 2, 5 and 15 s after a
 *                                              failed send, then every 30 s
 *   useOutbox(kind?)                           { pending, online, failed, results, sending }
 *
 * Outcomes of a send: success → the result is kept in memory by id (never stored: it may hold a
 * receipt code or a safeguarding message) and the item is removed; a coded error that a retry
 * cannot fix (NON_RETRYABLE) → moved to `failed` with its code and message (without the
 * variables: what the person said is not kept once it cannot be sent); anything else (no
 * connection, the database down, a rate limit, a lapsed session) → kept, and the flush stops
 * there so later items never overtake it.
 */

export const OUTBOX_KEY = 'heard.outbox';
export const RETRY_MS = 30_000;
/**
 * Waits before the first retries after a failed send: soon at first (a phone whose signal has just
 * come back often fails its first send, and then no further "online" event comes), then every RETRY_MS.
 */
export const FIRST_RETRIES_MS = [2_000, 5_000, 15_000] as const;
export const NON_RETRYABLE = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'] as const;

export type OutboxItem = {
  id: string;
  kind: string;
  /** The GraphQL document as text, so it survives a reload. */
  query: string;
  variables: Record<string, unknown>;
  /**
   * Also hand it to the service worker's Background Sync when there is no signal (a survey
   * response): sent marked `?outbox=1`, which the worker queues and replays (vite.config.ts).
   */
  background?: boolean;
};
/** Where background items are sent: the same endpoint, marked for the service worker. */
export const BACKGROUND_URL = '/graphql?outbox=1';
export type FailedItem = { id: string; kind: string; code: string; message: string; field?: string };
export type OutboxResult = { kind: string; data: Record<string, unknown> };
export type OutboxState = {
  pending: OutboxItem[];
  failed: FailedItem[];
  /** Acknowledged results by id (this page session only). */
  results: Record<string, OutboxResult['data']>;
  online: boolean;
  /** True while a flush is sending. */
  sending: boolean;
};

type Stored = { items: OutboxItem[]; failed: FailedItem[] };
type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** The minimum of urql's Client the outbox needs (a fake in unit tests). */
export type OutboxClient = Pick<Client, 'mutation'>;

/** Where the outbox keeps things and how it learns about the network: the browser, or fakes in tests. */
export type OutboxEnv = {
  storage: KeyValueStorage | null;
  isOnline: () => boolean;
  /** Calls back on `online`/`offline` (and cross-tab storage changes); returns an unsubscribe. */
  watch: (onNetwork: () => void, onStorage: () => void) => () => void;
};

function browserEnv(): OutboxEnv {
  const hasWindow = typeof window !== 'undefined';
  let storage: KeyValueStorage | null = null;
  try {
    storage = hasWindow ? window.localStorage : null;
  } catch {
    storage = null; // storage blocked: the outbox still works for this page session
  }
  return {
    storage,
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    watch(onNetwork, onStorage) {
      if (!hasWindow) return () => {};
      const storageListener = (e: StorageEvent) => e.key === OUTBOX_KEY && onStorage();
      window.addEventListener('online', onNetwork);
      window.addEventListener('offline', onNetwork);
      window.addEventListener('storage', storageListener);
      return () => {
        window.removeEventListener('online', onNetwork);
        window.removeEventListener('offline', onNetwork);
        window.removeEventListener('storage', storageListener);
      };
    },
  };
}

type Outcome = { ok: true; data: Record<string, unknown> } | { ok: false; retry: true } | { ok: false; retry: false; failed: Omit<FailedItem, 'id' | 'kind'> };

function classify(result: OperationResult): Outcome {
  const error = result.error;
  if (!error && result.data) return { ok: true, data: result.data as Record<string, unknown> };
  const coded = error?.graphQLErrors.find((e) => (NON_RETRYABLE as readonly unknown[]).includes(e.extensions?.code));
  if (coded) {
    const field = coded.extensions?.field;
    return {
      ok: false,
      retry: false,
      failed: { code: String(coded.extensions.code), message: coded.message, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  return { ok: false, retry: true };
}

export function createOutbox(env: OutboxEnv) {
  let memory: Stored = { items: [], failed: [] };
  const results = new Map<string, OutboxResult>();
  const listeners = new Set<() => void>();
  let flushing: Promise<void> | null = null;
  let again = false;
  let client: OutboxClient | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Failed sends since the last one that went through: how long the next retry waits. */
  let failures = 0;
  let stopWatching: (() => void) | null = null;
  let version = 0;
  const snapshots = new Map<string, { version: number; state: OutboxState }>();

  function read(): Stored {
    if (!env.storage) return memory;
    try {
      const raw = env.storage.getItem(OUTBOX_KEY);
      const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : {};
      return { items: Array.isArray(parsed.items) ? parsed.items : [], failed: Array.isArray(parsed.failed) ? parsed.failed : [] };
    } catch {
      return memory;
    }
  }

  function write(next: Stored): void {
    memory = next;
    try {
      if (next.items.length || next.failed.length) env.storage?.setItem(OUTBOX_KEY, JSON.stringify(next));
      else env.storage?.removeItem(OUTBOX_KEY); // nothing left: nothing kept
    } catch {
      // Full or blocked storage: keep the memory copy for this page session.
    }
    changed();
  }

  function changed(): void {
    version++;
    for (const listener of listeners) listener();
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = undefined;
    if (client && read().items.length) {
      const c = client;
      timer = setTimeout(() => void flush(c), FIRST_RETRIES_MS[failures - 1] ?? RETRY_MS);
    }
  }

  /** Adds an item (replacing a waiting one with the same id) and, once started, sends it. */
  function enqueue(item: { id: string; kind: string; query: DocumentInput | string; variables: AnyVariables; background?: boolean }): void {
    const stored: OutboxItem = {
      id: item.id,
      kind: item.kind,
      query: typeof item.query === 'string' ? item.query : stringifyDocument(item.query),
      variables: (item.variables ?? {}) as Record<string, unknown>,
      ...(item.background ? { background: true } : {}),
    };
    const state = read();
    write({ items: [...state.items.filter((i) => i.id !== item.id), stored], failed: state.failed.filter((f) => f.id !== item.id) });
    if (client) void flush(client);
  }

  function pendingItems(kind?: string): OutboxItem[] {
    return read().items.filter((i) => !kind || i.kind === kind);
  }

  function failedItems(kind?: string): FailedItem[] {
    return read().failed.filter((f) => !kind || f.kind === kind);
  }

  /** The acknowledged result for an id, if it arrived during this page session. */
  function resultFor(id: string): OutboxResult['data'] | undefined {
    return results.get(id)?.data;
  }

  /** Forgets a failure once the person has been told (and a result once shown). */
  function dismiss(id: string): void {
    results.delete(id);
    const state = read();
    if (state.failed.some((f) => f.id === id)) write({ items: state.items, failed: state.failed.filter((f) => f.id !== id) });
    else changed();
  }

  function flush(using: OutboxClient): Promise<void> {
    if (flushing) {
      // Asked again while sending (the signal came back while a send was still failing, say):
      // go round once more when this flush ends, rather than wait for the 30 s retry.
      again = true;
      return flushing;
    }
    again = false;
    flushing = (async () => {
      await null; // run after `flushing` is set, so the finally below always clears it
      try {
        while (env.isOnline()) {
          const item = read().items[0];
          if (!item) break;
          let outcome: Outcome;
          try {
            const context = item.background ? { requestPolicy: 'network-only' as const, url: BACKGROUND_URL } : { requestPolicy: 'network-only' as const };
            outcome = classify(await using.mutation(item.query, item.variables, context).toPromise());
          } catch {
            outcome = { ok: false, retry: true };
          }
          if (!outcome.ok && outcome.retry) {
            failures++;
            break;
          }
          failures = 0;
          if (outcome.ok) results.set(item.id, { kind: item.kind, data: outcome.data });
          const state = read();
          write({
            items: state.items.filter((i) => i.id !== item.id),
            failed: outcome.ok ? state.failed : [...state.failed, { id: item.id, kind: item.kind, ...outcome.failed }],
          });
        }
      } finally {
        flushing = null;
        changed();
        if (again && env.isOnline() && read().items.length) void flush(using);
        else schedule();
      }
    })();
    changed(); // sending: true
    return flushing;
  }

  /** Sends what is waiting now, again whenever the browser comes back online, and while anything waits (see FIRST_RETRIES_MS). */
  function start(using: OutboxClient): () => void {
    client = using;
    stopWatching?.();
    stopWatching = env.watch(
      () => {
        changed();
        if (client && env.isOnline()) void flush(client);
      },
      changed,
    );
    void flush(using);
    return () => {
      if (client !== using) return;
      client = null;
      clearTimeout(timer);
      stopWatching?.();
      stopWatching = null;
    };
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** A stable snapshot per kind (same object until something changes), for useSyncExternalStore. */
  function snapshot(kind?: string): OutboxState {
    const key = kind ?? '';
    const cached = snapshots.get(key);
    const online = env.isOnline();
    if (cached && cached.version === version && cached.state.online === online) return cached.state;
    const ofKind = [...results].filter(([, r]) => !kind || r.kind === kind);
    const state: OutboxState = {
      pending: pendingItems(kind),
      failed: failedItems(kind),
      results: Object.fromEntries(ofKind.map(([id, r]) => [id, r.data])),
      online,
      sending: flushing !== null,
    };
    snapshots.set(key, { version, state });
    return state;
  }

  return { enqueue, pendingItems, failedItems, resultFor, dismiss, flush, start, subscribe, snapshot };
}

export type Outbox = ReturnType<typeof createOutbox>;

let shared: Outbox | null = null;
/** The page's outbox, on localStorage and the browser's online events. */
export function outbox(): Outbox {
  return (shared ??= createOutbox(browserEnv()));
}

export const enqueue: Outbox['enqueue'] = (item) => outbox().enqueue(item);
export const pendingItems: Outbox['pendingItems'] = (kind) => outbox().pendingItems(kind);
export const flushOutbox = (client: OutboxClient): Promise<void> => outbox().flush(client);
export const startOutbox = (client: OutboxClient): (() => void) => outbox().start(client);

/** Waiting, failed and acknowledged items (of one kind), and whether the browser is online. */
export function useOutbox(kind?: string): OutboxState {
  const box = outbox();
  return useSyncExternalStore(box.subscribe, () => box.snapshot(kind), () => box.snapshot(kind));
}

/**
 * Starts the outbox with the page's GraphQL client. Render it on a page that queues items; it keeps
 * running after that page is left, so what is waiting still goes when the signal comes back. (At
 * start-up, App loads and starts the outbox only when something is waiting from a past visit.)
 */
export function OutboxRunner(): null {
  const client = useClient();
  useEffect(() => {
    startOutbox(client);
  }, [client]);
  return null;
}
