import pg from 'pg';

type Callback = (error: Error | null, result?: unknown) => void;

const BEGIN = /^\s*begin\b/i;
const END = /^\s*(commit|rollback)\s*;?\s*$/i;

/**
 * A pg client that holds back statements whose results nobody reads (a transaction's BEGIN, and the
 * organisation set on it: shared/tenancy.ts) and sends them in front of the next statement, in the
 * same message. A request's first statement then costs one round trip instead of three, and a
 * transaction that runs no statement sends nothing at all. Each round trip is a write to
 * PostgreSQL and a wait for its answer, and under load these were the largest single cost of a
 * child's submission (bench/submit.ts).
 *
 * Nothing about what runs changes: PostgreSQL runs the statements of one message in order and stops
 * at the first error, as it would with each sent on its own, and BEGIN takes no snapshot (the first
 * statement does). Only statements sent as plain text can share a message; one with parameters (the
 * extended protocol takes one statement a message) gets the held ones sent just before it.
 */
export class HoldingClient extends pg.Client {
  private held: string[] = [];

  /** Sends `sql` with the next statement; its result is not returned to anyone. */
  hold(sql: string): void {
    this.held.push(sql.replace(/;\s*$/, ''));
  }

  // pg's overloads (config or text, values, callback; promise or callback), taken as they come.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    const text: unknown = typeof config === 'string' ? config : config?.text;
    const plain =
      typeof text === 'string' && typeof config?.submit !== 'function' && !config?.name && !values?.length && !config?.values?.length && config?.queryMode !== 'extended';
    if (plain && BEGIN.test(text) && !this.held.length) {
      this.hold(text);
      return answered('BEGIN', callback);
    }
    if (plain && END.test(text) && BEGIN.test(this.held[0] ?? '')) {
      // Nothing was sent since BEGIN: there is no transaction on the server to end.
      this.held = [];
      return answered(text.trim().replace(/;$/, '').toUpperCase(), callback);
    }
    if (!this.held.length) return super.query(config, values, callback);
    const held = this.held;
    this.held = [];
    if (!plain) {
      // The held statements first, then this one once they are answered (one query at a time per
      // connection). An error in them leaves the transaction aborted, so this one then fails too.
      const first = `${held.join(';\n')};`;
      if (!callback && typeof config?.submit !== 'function') {
        return new Promise((resolve) => super.query(first, () => resolve(undefined))).then(() => super.query(config, values));
      }
      super.query(first, () => super.query(config, values, callback));
      // What pg returns for these: the query object itself (a cursor, a stream), or nothing.
      return typeof config?.submit === 'function' ? config : undefined;
    }
    const merged = typeof config === 'string' ? `${held.join(';\n')};\n${text}` : { ...config, text: `${held.join(';\n')};\n${text}` };
    // One result per statement: the held ones' come first.
    const own = (results: unknown) => {
      const mine = (results as unknown[]).slice(held.length);
      return mine.length === 1 ? mine[0] : mine;
    };
    if (callback) return super.query(merged, (error: Error | null, results?: unknown) => (callback as Callback)(error, error ? undefined : own(results)));
    return (super.query(merged) as Promise<unknown>).then(own);
  }
}

function answered(command: string, callback?: Callback): Promise<unknown> | undefined {
  const result = { command, rowCount: null, oid: null, rows: [], fields: [] };
  if (!callback) return Promise.resolve(result);
  process.nextTick(callback, null, result);
  return undefined;
}
