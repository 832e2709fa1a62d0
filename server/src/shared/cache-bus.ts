import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

/** What changed, so every instance can drop what it remembers of it. */
export type CacheTopic = 'session' | 'account' | 'survey' | 'organisation';

type Handler = (key: string) => void;

const CHANNEL = 'heard_cache';

/**
 * Tells every instance to forget what it caches of `key` (a session token hash, an account, a survey,
 * an organisation). Sent on `em`'s transaction when there is one: PostgreSQL delivers it when that
 * transaction commits — after the change is visible, so a request racing the change cannot cache the
 * old state again — and never if it rolls back.
 */
export async function notifyChange(em: EntityManager, topic: CacheTopic, key: string): Promise<void> {
  await em.getConnection().execute(`select pg_notify('${CHANNEL}', ?)`, [JSON.stringify({ topic, key })], 'all', em.getTransactionContext());
}

/**
 * Keeps in-process caches (sessions, survey definitions, screening rules and settings) in step across
 * instances with PostgreSQL LISTEN/NOTIFY: each instance listens and drops what `notifyChange` names,
 * within milliseconds of the commit. If the listening connection drops, every cache is cleared
 * (notifications may have been missed: handlers get the key '*') and it reconnects.
 */
export class CacheBus {
  private handlers = new Map<CacheTopic, Handler[]>();
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string | null,
    private readonly log: Logger,
  ) {}

  on(topic: CacheTopic, handler: Handler): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /** Starts listening; resolves once the LISTEN is in place (or at once without a database URL). */
  async start(): Promise<void> {
    if (!this.url || this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 3000 });
    client.on('notification', (message) => {
      try {
        const { topic, key } = JSON.parse(message.payload ?? '{}');
        this.deliver(topic, key);
      } catch {
        this.log.warn('cache bus: unreadable notification');
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
    } catch (error: any) {
      this.log.warn({ code: error?.code }, 'cache bus: cannot listen yet; retrying');
      this.lost(client);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private deliver(topic: CacheTopic, key: string): void {
    for (const handler of this.handlers.get(topic) ?? []) handler(key);
  }

  private lost(client: pg.Client): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => {});
    // Anything may have changed while nobody was listening.
    for (const topic of this.handlers.keys()) this.deliver(topic, '*');
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, 1000);
    this.retry.unref();
  }
}
