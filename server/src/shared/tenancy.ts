import { Property, TransactionContext } from '@mikro-orm/core';
import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from './input-guard.js';

/**
 * Tenancy in the database. Every table that holds an organisation's data has row-level security
 * keyed by `organisation_id` (migrations/…_tenancy.ts), the server connects as a role that cannot
 * bypass it (database.ts), and the organisation is set per transaction with
 * `set_config('heard.organisation_id', …, true)`, so it can never outlive the transaction and leak
 * to the next user of a pooled connection. The checks in services stay as a second line.
 */
export const TENANT_SETTING = 'heard.organisation_id';

/**
 * The organisation_id column of tables that belong to an organisation through a parent (answers,
 * votes, notes…): filled by the database from the transaction's organisation, so callers never set
 * it and the policy's check holds by construction.
 */
export function TenantColumn() {
  return Property({ type: 'uuid', fieldName: 'organisation_id', defaultRaw: 'heard_current_organisation()', hidden: true });
}

/**
 * The keys a public entry point knows before it knows the organisation (see the SQL function
 * heard_organisation_of, which answers only that question).
 */
export type PublicKey = 'session' | 'account_email' | 'account_token' | 'oidc_state' | 'access_code' | 'survey' | 'survey_share_code' | 'receipt' | 'event_feedback_code' | 'service';

/** Which organisation the transaction of `em` works for, remembered to save a round trip. */
const current = new WeakMap<object, string | null>();

function transactionOf(em: EntityManager): object {
  const trx = em.getTransactionContext() ?? TransactionContext.getEntityManager(em.name)?.getTransactionContext();
  if (!trx) throw new Error('tenancy: the organisation can only be set inside a transaction');
  return trx;
}

/**
 * The transaction `em` works in: its own, or the request's. For the rare query sent to knex directly
 * (which would otherwise take any pooled connection, outside the organisation).
 */
export function openTransaction(em: EntityManager): Knex.Transaction | undefined {
  return (em.getTransactionContext() ?? TransactionContext.currentTransactionContext()?.em.getTransactionContext()) as Knex.Transaction | undefined;
}

/**
 * Runs `fn` outside the request's transaction: its queries take a pooled connection of their own
 * and commit at once (a failed sign-in counted even though the request's work is rolled back).
 * Only for tables that hold no organisation's data.
 */
export function outsideTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return (TransactionContext as unknown as { storage: { exit<R>(f: () => R): R } }).storage.exit(fn);
}


/** What the connection class in orm.ts adds: a statement sent with the transaction's next one. */
interface HoldingConnection {
  hold(trx: object, sql: string): Promise<void>;
}

/**
 * Sets the organisation for the rest of `em`'s transaction. Nothing reads the result, so the
 * statement goes with the transaction's next one, in the same message (holding-client.ts).
 */
export async function setTenant(em: EntityManager, organisationId: string): Promise<void> {
  const trx = transactionOf(em);
  if (current.get(trx) === organisationId) return;
  if (!isUuid(organisationId)) throw new Error('tenancy: not an organisation id');
  await (em.getConnection() as unknown as HoldingConnection).hold(trx, `select set_config('${TENANT_SETTING}', '${organisationId}', true)`);
  current.set(trx, organisationId);
}

/**
 * For a public entry point: finds the organisation a key belongs to and sets it for the rest of the
 * transaction, in one round trip. An unknown key leaves the transaction as it was (its queries then
 * find nothing, as the key is nowhere). Returns the organisation, or null for an unknown key.
 */
export async function enterOrganisationOf(em: EntityManager, kind: PublicKey, key: string): Promise<string | null> {
  const trx = transactionOf(em);
  const rows: Array<{ id: string | null }> = await em.execute(
    `select k.id, set_config('${TENANT_SETTING}', coalesce(k.id::text, current_setting('${TENANT_SETTING}', true), ''), true)
       from (select heard_organisation_of(?, ?) as id offset 0) k`,
    [kind, key],
  );
  const id = rows[0]?.id ?? null;
  if (id) current.set(trx, id);
  return id;
}

/** Which organisation a key belongs to, if any, without entering it (a uniqueness check across organisations). */
export async function organisationOf(em: EntityManager, kind: PublicKey, key: string): Promise<string | null> {
  const rows: Array<{ id: string | null }> = await em.execute('select heard_organisation_of(?, ?) as id', [kind, key]);
  return rows[0]?.id ?? null;
}

/**
 * Runs `fn` in a transaction of its own for one organisation, on a fresh identity map: for work
 * that happens outside a request (jobs, which run organisation by organisation) or after its
 * transaction has ended (an email sent once a concern is committed).
 */
export async function withTenant<T>(from: EntityManager | MikroORM, organisationId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = ('em' in from ? from.em : from).fork({ clear: true, keepTransactionContext: false });
  return em.transactional(async (tx) => {
    await setTenant(tx, organisationId);
    return fn(tx);
  });
}

/**
 * Runs `fn` once per organisation, each in its own transaction under that organisation: how a
 * background job that concerns every organisation does its work. One organisation's failure does
 * not stop the others; failures are returned (by organisation) for the job to log.
 */
export async function forEachOrganisation(
  orm: MikroORM,
  fn: (em: EntityManager, organisationId: string) => Promise<unknown>,
): Promise<Array<{ organisationId: string; error: unknown }>> {
  const ids: Array<{ id: string }> = await orm.em.fork().execute('select heard_organisation_ids() as id');
  const failures: Array<{ organisationId: string; error: unknown }> = [];
  for (const { id } of ids) {
    try {
      await withTenant(orm, id, (em) => fn(em, id));
    } catch (error) {
      failures.push({ organisationId: id, error });
    }
  }
  return failures;
}

/** A transaction that saw a statement fail cannot commit (PostgreSQL would roll it back quietly). */
const failed = new WeakSet<object>();

export function markFailed(trx: object): void {
  failed.add(trx);
}

/**
 * Runs one request's work in one transaction on one connection: every query of the request, raw or
 * through the ORM, goes through it (the connection class in orm.ts sends queries that name no
 * transaction to the current one), so the organisation set on it applies to all of them. Commits
 * before the response is sent, so the next request sees the writes; rolls back when `fn` throws or
 * when a statement failed outside a savepoint. `aborted` reports the latter.
 */
export async function inRequestTransaction<T>(
  orm: MikroORM,
  fn: (em: EntityManager) => Promise<T>,
): Promise<{ result: T; aborted: boolean }> {
  const em = orm.em.fork();
  const connection = em.getConnection('write');
  const trx = await connection.begin();
  em.setTransactionContext(trx);
  let result: T;
  try {
    result = await TransactionContext.create(em, () => fn(em));
  } catch (error) {
    await connection.rollback(trx).catch(() => {});
    throw error;
  } finally {
    em.resetTransactionContext();
  }
  if (failed.has(trx)) {
    await connection.rollback(trx).catch(() => {});
    return { result, aborted: true };
  }
  await connection.commit(trx);
  return { result, aborted: false };
}
