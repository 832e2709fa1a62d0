import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createApp } from '../../server/src/app.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { openOrm } from '../../server/src/orm.js';
import type { MailTransport } from '../../server/src/shared/mail.js';
import { seedDemo } from '../../server/src/seed/demo.js';
import { createTestDatabase } from './db.js';

export const DEMO_PASSWORD = 'heard-demo';

export interface TestApp {
  url: string;
  orm: MikroORM;
  app: FastifyInstance;
  config: Config;
  databaseUrl: string;
  /** A new HTTP client with its own cookie jar (one person on one device). */
  agent(ip?: string): Agent;
  /** An agent signed in as a demo member of staff, e.g. `staff('admin@northbridge.example')`. */
  staff(email: string): Promise<Agent>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }>;
}

/** A person on a device: keeps the session cookie between requests, like a browser. */
export class Agent {
  cookie = '';

  constructor(
    private readonly url: string,
    private readonly ip?: string,
  ) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.ip ? { 'x-forwarded-for': this.ip } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors };
  }

  /** Runs an operation that must succeed and returns its data. */
  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail and returns its first error's code (and field). */
  async fails(query: string, variables?: Record<string, unknown>): Promise<{ code: string | undefined; field?: string; message: string }> {
    const result = await this.request(query, variables);
    const error = result.errors?.[0];
    if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    await this.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, { e: email, p: password });
    return this;
  }
}

/**
 * Starts Heard on a random port against a fresh database (cloned from the migrated template),
 * with the demo world loaded unless `seed: false`.
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string>; mail?: MailTransport; logger?: Logger } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', TRUST_PROXY: 'true', CLIENT_DIR: '', ...options.env });
  const orm = await openOrm(db.url);
  if (options.seed !== false) await seedDemo(orm, DEMO_PASSWORD);
  const app = await createApp({ orm, config, mail: options.mail, logger: options.logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    orm,
    app,
    config,
    databaseUrl: db.url,
    agent: (ip?: string) => new Agent(url, ip),
    staff: (email: string) => new Agent(url).signIn(email),
    async close() {
      await app.close();
      await orm.close();
      await db.drop();
    },
  };
}
