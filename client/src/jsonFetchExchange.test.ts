import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, cacheExchange } from 'urql';
import { jsonFetchExchange } from './jsonFetchExchange';
import { errorCode } from './components/errors';

// A real HTTP server on a loopback port, answering the way Heard's API, its rate limiter and a
// broken proxy do; the client is urql's with the exchange under test.
type Seen = { url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> };
const seen: Seen[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as { operationName?: string };
      seen.push({ url: req.url!, headers: req.headers, body });
      switch (body.operationName) {
        case 'Limited':
          res.writeHead(429, 'Too Many Requests', { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'slow down' }));
          return;
        case 'Broken':
          res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
          return;
        case 'Refused':
          res
            .writeHead(200, { 'content-type': 'application/graphql-response+json' })
            .end(JSON.stringify({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }], data: null }));
          return;
        case 'Slow':
          setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ok: true } })), 300);
          return;
        default:
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ok: true } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client() {
  return new Client({
    url: `${base}/graphql`,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'accept-language': 'ur' } }),
    exchanges: [cacheExchange, jsonFetchExchange],
  });
}

describe('jsonFetchExchange', () => {
  test('posts the query, its name, variables and the page language as JSON, and reads the answer', async () => {
    const result = await client().query('query Ok($n: Int) { ok(n: $n) }', { n: 3 }).toPromise();
    expect(result.data).toEqual({ ok: true });
    expect(result.error).toBeUndefined();
    const request = seen.at(-1)!;
    expect(request.url).toBe('/graphql');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['accept-language']).toBe('ur');
    expect(request.body).toMatchObject({ operationName: 'Ok', variables: { n: 3 } });
    expect(String(request.body.query)).toContain('ok(n: $n)');
  });

  test('sends to the url an operation asks for (the outbox marks its requests)', async () => {
    await client().mutation('mutation Send { send }', {}, { url: `${base}/graphql?outbox=1` }).toPromise();
    expect(seen.at(-1)!.url).toBe('/graphql?outbox=1');
  });

  test('a coded GraphQL error reaches the screen by its code', async () => {
    const result = await client().query('query Refused { ok }', {}).toPromise();
    expect(errorCode(result.error)).toBe('FORBIDDEN');
  });

  test('an HTTP rate limit is RATE_LIMITED and a broken proxy a network error, each with the response', async () => {
    const limited = await client().query('query Limited { ok }', {}).toPromise();
    expect(limited.error?.response?.status).toBe(429);
    expect(errorCode(limited.error)).toBe('RATE_LIMITED');

    const broken = await client().query('query Broken { ok }', {}).toPromise();
    expect(broken.error?.networkError?.message).toBe('Bad Gateway');
    expect(errorCode(broken.error)).toBe('NETWORK');
  });

  test('no server at all is a network error, not a thrown exception', async () => {
    const offline = new Client({ url: 'http://127.0.0.1:9/graphql', exchanges: [jsonFetchExchange] });
    const result = await offline.query('query Ok { ok }', {}).toPromise();
    expect(errorCode(result.error)).toBe('NETWORK');
  });

  test('a query subscribed and dropped at once (urql reading its cache while rendering) starts no request', async () => {
    // Counted at the fetch call: an aborted request may never show up at the server at all.
    const started: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      started.push(String(init?.body));
      return realFetch(input, init);
    };
    try {
      client().query('query Probe { ok }', {}).subscribe(() => {}).unsubscribe();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(started).toEqual([]);
      // and a query somebody does wait for still goes
      await client().query('query Kept { ok }', {}).toPromise();
      expect(started).toHaveLength(1);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  test('a query nobody waits for any more is not delivered', async () => {
    const results: unknown[] = [];
    const { unsubscribe } = client()
      .query('query Slow { ok }', {})
      .subscribe((r) => results.push(r));
    await new Promise((resolve) => setTimeout(resolve, 50));
    unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(results).toEqual([]);
  });
});
