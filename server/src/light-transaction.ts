import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// knex's own transaction class for PostgreSQL (knex 3.2): everything but the transactor it hands out.
const PgTransaction: new (client: unknown, container: unknown, config: unknown) => any = require('knex/lib/dialects/postgres/execution/pg-transaction.js');

/**
 * A top-level knex transaction whose transactor is a small object rather than a whole knex
 * instance. knex builds a new knex instance for every transaction (about 150 functions and a
 * property dictionary) and V8 moves those to the old generation, so with one transaction per
 * request the server ran a full collection every 15 to 20 seconds at half load, and the longest
 * waits in the submit benchmark came with them. Every request's transaction is one of these
 * (TenantConnection in orm.ts); nested ones (savepoints) are knex's own, inside it.
 *
 * The transactor offers what a transaction is used for here, as knex's does: queries join it with
 * `.transacting(trx)` (which reads `trx.client`) or start from `trx.raw` and `trx.queryBuilder()`;
 * MikroORM commits, rolls back, awaits `executionPromise` and opens savepoints with `transaction()`.
 * It is not callable (`trx('table')`): nothing here does that, and such a call fails loudly rather
 * than running outside the transaction. `_onAcquire` and the transaction client below do what
 * knex's execution/transaction.js does, with `makeTransactor` replaced.
 */
export class LightTransaction extends PgTransaction {
  async _onAcquire(container: (transactor: unknown) => unknown, connection: unknown): Promise<unknown> {
    const trxClient = (this.trxClient = transactionClient(this, this.client, connection));
    const init = this.begin(connection);
    const executionPromise = new Promise((resolver, rejecter) => {
      this._resolver = resolver;
      this._rejecter = rejecter;
    });
    init
      .then(() => {
        const transactor = lightTransactor(this, connection, trxClient);
        this.transactor = transactor;
        transactor.executionPromise = executionPromise;
        let result: any;
        try {
          result = container(transactor);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (result && typeof result.then === 'function') {
          result.then((value: unknown) => transactor.commit(value)).catch((error: unknown) => transactor.rollback(error));
        }
        return null;
      })
      .catch((error: unknown) => this._rejecter(error));
    return executionPromise;
  }
}

/** knex's transaction client: the pool's client bound to one connection, refusing queries once the transaction is over. */
function transactionClient(trx: any, client: any, connection: unknown): any {
  const trxClient = Object.create(client.constructor.prototype);
  trxClient.version = client.version;
  trxClient.config = client.config;
  trxClient.driver = client.driver;
  trxClient.connectionSettings = client.connectionSettings;
  trxClient.transacting = true;
  trxClient.valueForUndefined = client.valueForUndefined;
  trxClient.logger = client.logger;
  for (const event of ['start', 'query', 'query-error', 'query-response']) {
    trxClient.on(event, (...args: unknown[]) => {
      trx.emit(event, ...args);
      client.emit(event, ...args);
    });
  }
  // Queries and streams go only to this transaction's connection, and only while it is open.
  const guarded =
    (run: (...args: any[]) => unknown) =>
    (conn: unknown, ...rest: unknown[]) => {
      const completed = trx.isCompleted();
      return new Promise((resolve, reject) => {
        try {
          if (conn !== connection) throw new Error('Invalid connection for transaction query.');
          if (completed) throw new Error('Transaction query already complete, run with DEBUG=knex:tx for more info');
          resolve(run.call(trxClient, conn, ...rest));
        } catch (error) {
          reject(error);
        }
      });
    };
  trxClient.query = guarded(trxClient.query);
  trxClient.stream = guarded(trxClient.stream);
  trxClient.acquireConnection = () => Promise.resolve(connection);
  trxClient.releaseConnection = () => Promise.resolve();
  return trxClient;
}

/** What knex's transactor offers a transaction's users here, without the knex instance around it. */
function lightTransactor(trx: any, connection: unknown, trxClient: any): any {
  const transactor = {
    client: trxClient,
    isTransaction: true,
    userParams: trx.userParams || {},
    executionPromise: undefined as unknown,
    commit: (value?: unknown) => trx.commit(connection, value),
    rollback: (error?: unknown) => trx.rollback(connection, error),
    isCompleted: () => trx.isCompleted(),
    raw: (...args: unknown[]) => trxClient.raw(...args),
    queryBuilder: () => trxClient.queryBuilder(),
    /** A savepoint inside this transaction (knex's own nested transaction). */
    transaction(container?: unknown, options?: Record<string, unknown>) {
      const config = { ...options, doNotRejectOnRollback: options?.doNotRejectOnRollback ?? true };
      if (container) return trxClient.transaction(container, config, trx);
      return new Promise((resolve, reject) => {
        trxClient.transaction(resolve, config, trx).catch(reject);
      });
    },
    savepoint(container?: unknown, options?: Record<string, unknown>) {
      return transactor.transaction(container, options);
    },
  };
  return transactor;
}
