import http from 'node:http';
import { percentile } from './results.js';

export interface OpenLoopOptions {
  url: string;
  /** Requests per second, sent evenly spaced whatever the server is doing. */
  rate: number;
  seconds: number;
  /** Keep-alive connections to share; a request waits for a free one, and that wait counts. */
  connections: number;
  headers: Record<string, string>;
  body: () => string;
  /** Whether a response is a success of the expected shape. */
  ok: (status: number, body: string) => boolean;
}

export interface OpenLoopResult {
  sent: number;
  bad: number;
  p50: number;
  p99: number;
}

/**
 * Latency at a given rate, measured open loop (as wrk2 does): request i is due at start + i/rate and
 * is timed from when it was due, not from when it went out, so a server that falls behind cannot
 * hide its queue by slowing the generator down. autocannon's `overallRate` is not used for this: it
 * releases each second's quota as one burst, which measures latency at saturation, not at the rate.
 */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let bad = 0;

  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const body = options.body();
      let settled = false;
      const done = (good: boolean) => {
        if (settled) return;
        settled = true;
        latencies.push(performance.now() - due);
        if (!good) bad++;
        resolve();
      };
      const req = http.request(
        {
          agent,
          method: 'POST',
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          headers: { ...options.headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done(options.ok(res.statusCode ?? 0, text)));
          res.on('error', () => done(false));
        },
      );
      req.on('error', () => done(false));
      req.end(body);
    });

  const inflight: Array<Promise<void>> = [];
  const start = performance.now();
  await new Promise<void>((finish) => {
    let next = 0;
    const tick = () => {
      const now = performance.now();
      for (; next < total && start + next * interval <= now; next++) inflight.push(send(start + next * interval));
      if (next < total) setTimeout(tick, start + next * interval - performance.now());
      else finish();
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent: total, bad, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
