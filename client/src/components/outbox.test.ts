import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CombinedError, gql, type OperationResult } from 'urql';
import { FIRST_RETRIES_MS, OUTBOX_KEY, RETRY_MS, createOutbox, type OutboxClient, type OutboxEnv } from './outbox';

const SUBMIT = 'mutation Submit($input: SubmitResponseInput!) { submitResponse(input: $input) { receiptCode } }';

/** A device: storage that outlives an outbox instance (a reload), and a network switch. */
function fakeDevice() {
  const store = new Map<string, string>();
  let online = true;
  let onNetwork = () => {};
  const env: OutboxEnv = {
    storage: {
      getItem: (key) => store.get(key) ?? null,
      setItem: (key, value) => void store.set(key, value),
      removeItem: (key) => void store.delete(key),
    },
    isOnline: () => online,
    watch(network) {
      onNetwork = network;
      return () => (onNetwork = () => {});
    },
  };
  return {
    env,
    store,
    setOnline(value: boolean) {
      online = value;
      onNetwork();
    },
  };
}

type Reply = { data?: Record<string, unknown>; error?: CombinedError } | 'throw';

/** A GraphQL client that records what it was sent and answers from a script (default: success). */
function fakeClient(replies: Array<Reply | ((variables: Record<string, unknown>) => Reply)> = []) {
  const sent: Array<{ query: string; variables: Record<string, unknown> }> = [];
  const client: OutboxClient = {
    mutation: ((query: string, variables: Record<string, unknown>) => ({
      toPromise: async () => {
        sent.push({ query, variables });
        const next = replies.shift() ?? { data: { submitResponse: { receiptCode: `code-${variables.n}` } } };
        const reply = typeof next === 'function' ? next(variables) : next;
        if (reply === 'throw') throw new TypeError('Failed to fetch');
        return reply as unknown as OperationResult;
      },
    })) as unknown as OutboxClient['mutation'],
  };
  return { client, sent };
}

const coded = (code: string, message = `${code} happened`, field?: string) =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
const offline = () => new CombinedError({ networkError: new TypeError('Failed to fetch') });

function item(n: number, kind = 'survey') {
  return { id: `submission-${n}`, kind, query: SUBMIT, variables: { n } };
}

describe('outbox', () => {
  let device: ReturnType<typeof fakeDevice>;
  beforeEach(() => {
    device = fakeDevice();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('keeps queued items on the device under heard.outbox, so a reload still has them', () => {
    const first = createOutbox(device.env);
    first.enqueue(item(1));
    first.enqueue(item(2, 'event'));
    expect(JSON.parse(device.store.get(OUTBOX_KEY)!).items.map((i: { id: string }) => i.id)).toEqual(['submission-1', 'submission-2']);

    const afterReload = createOutbox(device.env);
    expect(afterReload.pendingItems().map((i) => i.id)).toEqual(['submission-1', 'submission-2']);
    expect(afterReload.pendingItems('event').map((i) => i.id)).toEqual(['submission-2']);
  });

  test('sends in order, keeps each result by id and removes each item as soon as it is acknowledged', async () => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    box.enqueue(item(2));
    let storedWhenSecondSent = '';
    const { client, sent } = fakeClient([
      { data: { submitResponse: { receiptCode: 'code-1' } } },
      () => {
        storedWhenSecondSent = device.store.get(OUTBOX_KEY) ?? '';
        return { data: { submitResponse: { receiptCode: 'code-2' } } };
      },
    ]);
    await box.flush(client);
    // The first item left the device as soon as it was acknowledged, before the second was sent.
    expect(storedWhenSecondSent).not.toContain('submission-1');
    expect(storedWhenSecondSent).toContain('submission-2');
    expect(sent.map((s) => s.variables.n)).toEqual([1, 2]);
    expect(sent[0].query).toBe(SUBMIT);
    expect(box.resultFor('submission-1')).toEqual({ submitResponse: { receiptCode: 'code-1' } });
    expect(box.snapshot('survey').results['submission-2']).toEqual({ submitResponse: { receiptCode: 'code-2' } });
    expect(box.pendingItems()).toEqual([]);
    // Nothing left on the device, and results are never written to it.
    expect(device.store.has(OUTBOX_KEY)).toBe(false);
  });

  test('the signal coming back while a send is still failing sends again at once, not after the 30 s retry', async () => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    let failNow: () => void = () => {};
    const { client, sent } = fakeClient([
      // The first send hangs (no signal) until after the browser is back online, then fails.
      () => 'throw',
      { data: { submitResponse: { receiptCode: 'code-1' } } },
    ]);
    const slow: OutboxClient = {
      mutation: ((query: string, variables: Record<string, unknown>) => ({
        toPromise: () =>
          sent.length === 0
            ? new Promise((resolve, reject) => {
                failNow = () => client.mutation(query, variables).toPromise().then(resolve, reject);
              })
            : client.mutation(query, variables).toPromise(),
      })) as unknown as OutboxClient['mutation'],
    };
    box.start(slow);
    await Promise.resolve();
    device.setOnline(true); // the online event, while the first send is still out
    failNow();
    await vi.waitFor(() => expect(box.resultFor('submission-1')).toEqual({ submitResponse: { receiptCode: 'code-1' } }));
    expect(sent).toHaveLength(2);
    expect(box.pendingItems()).toEqual([]);
  });

  test('enqueueing a document node stores its text', () => {
    const box = createOutbox(device.env);
    box.enqueue({ ...item(1), query: gql(SUBMIT) });
    expect(box.pendingItems()[0].query).toContain('submitResponse');
  });

  test.each(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'])(
    'a %s error moves the item to failed with its code and message, and the next item is still sent',
    async (code) => {
      const box = createOutbox(device.env);
      box.enqueue(item(1));
      box.enqueue(item(2));
      const { client, sent } = fakeClient([{ error: coded(code, 'Different answers were already sent.', 'clientSubmissionId') }]);
      await box.flush(client);
      expect(sent).toHaveLength(2);
      expect(box.failedItems()).toEqual([
        { id: 'submission-1', kind: 'survey', code, message: 'Different answers were already sent.', field: 'clientSubmissionId' },
      ]);
      expect(box.pendingItems()).toEqual([]);
      expect(box.resultFor('submission-1')).toBeUndefined();
      expect(box.resultFor('submission-2')).toBeDefined();
      // What the person said is not kept once it cannot be sent.
      expect(device.store.get(OUTBOX_KEY)).not.toContain('"variables"');
    },
  );

  test.each([
    ['a network error', offline()],
    ['DATABASE_UNAVAILABLE', coded('DATABASE_UNAVAILABLE')],
    ['a rate limit', coded('RATE_LIMITED')],
  ])('%s keeps the item for later and does not let later items overtake it', async (_label, error) => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    box.enqueue(item(2));
    const { client, sent } = fakeClient([{ error }]);
    await box.flush(client);
    expect(sent.map((s) => s.variables.n)).toEqual([1]);
    expect(box.pendingItems().map((i) => i.id)).toEqual(['submission-1', 'submission-2']);
    expect(box.failedItems()).toEqual([]);

    await box.flush(client);
    expect(sent.map((s) => s.variables.n)).toEqual([1, 1, 2]);
    expect(box.pendingItems()).toEqual([]);
  });

  test('a fetch that throws is treated as no connection', async () => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    const { client } = fakeClient(['throw']);
    await box.flush(client);
    expect(box.pendingItems()).toHaveLength(1);
    expect(box.snapshot().sending).toBe(false);
  });

  test('sends nothing while offline, and sends when the browser comes back online', async () => {
    const box = createOutbox(device.env);
    const { client, sent } = fakeClient();
    device.setOnline(false);
    box.start(client);
    box.enqueue(item(1));
    await box.flush(client);
    expect(sent).toEqual([]);
    expect(box.snapshot().online).toBe(false);
    expect(box.snapshot().pending).toHaveLength(1);

    device.setOnline(true);
    await vi.waitFor(() => expect(box.pendingItems()).toEqual([]));
    expect(sent).toHaveLength(1);
    expect(box.snapshot().online).toBe(true);
  });

  test('once started, sends what was left from last time and anything enqueued afterwards', async () => {
    createOutbox(device.env).enqueue(item(1));
    const box = createOutbox(device.env); // next open
    const { client, sent } = fakeClient();
    const stop = box.start(client);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    box.enqueue(item(2));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(box.pendingItems()).toEqual([]);
    stop();
  });

  test('retries 2, 5 and 15 seconds after failed sends, then every 30 seconds while items are waiting, and stops retrying when none are', async () => {
    vi.useFakeTimers();
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    const failures = FIRST_RETRIES_MS.length + 1;
    const { client, sent } = fakeClient(Array.from({ length: failures }, () => ({ error: offline() })));
    const stop = box.start(client);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    for (const [i, wait] of [...FIRST_RETRIES_MS, RETRY_MS].entries()) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(sent).toHaveLength(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toHaveLength(i + 2);
    }
    expect(box.pendingItems()).toEqual([]);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(sent).toHaveLength(failures + 1);
    stop();
  });

  test('after a send goes through, the next failure is retried soon again', async () => {
    vi.useFakeTimers();
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    const ok = { data: { submitResponse: { receiptCode: 'code' } } };
    const { client, sent } = fakeClient([{ error: offline() }, ok, { error: offline() }]);
    const stop = box.start(client);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(FIRST_RETRIES_MS[0]);
    expect(sent).toHaveLength(2);
    expect(box.pendingItems()).toEqual([]);
    box.enqueue(item(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(FIRST_RETRIES_MS[0]);
    expect(sent).toHaveLength(4);
    expect(box.pendingItems()).toEqual([]);
    stop();
  });

  test('two flushes at once send each item once', async () => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    const { client, sent } = fakeClient();
    await Promise.all([box.flush(client), box.flush(client), box.flush(client)]);
    expect(sent).toHaveLength(1);
  });

  test('re-enqueueing the same id replaces the waiting item and clears an old failure', async () => {
    const box = createOutbox(device.env);
    box.enqueue(item(1));
    await box.flush(fakeClient([{ error: coded('NOT_FOUND') }]).client);
    expect(box.failedItems()).toHaveLength(1);
    box.enqueue(item(1));
    box.enqueue(item(1));
    expect(box.pendingItems()).toHaveLength(1);
    expect(box.failedItems()).toEqual([]);
  });

  test('snapshots stay the same object until something changes, and dismiss forgets a failure', async () => {
    const box = createOutbox(device.env);
    const listener = vi.fn();
    box.subscribe(listener);
    const before = box.snapshot('survey');
    expect(box.snapshot('survey')).toBe(before);
    box.enqueue(item(1));
    expect(listener).toHaveBeenCalled();
    expect(box.snapshot('survey')).not.toBe(before);
    await box.flush(fakeClient([{ error: coded('FORBIDDEN') }]).client);
    expect(box.snapshot('survey').failed.map((f) => f.code)).toEqual(['FORBIDDEN']);
    box.dismiss('submission-1');
    expect(box.snapshot('survey').failed).toEqual([]);
    expect(device.store.has(OUTBOX_KEY)).toBe(false);
  });

  test('works without storage (blocked by the browser), for this page session', async () => {
    const box = createOutbox({ ...device.env, storage: null });
    box.enqueue(item(1));
    expect(box.pendingItems()).toHaveLength(1);
    await box.flush(fakeClient().client);
    expect(box.resultFor('submission-1')).toBeDefined();
  });
});
