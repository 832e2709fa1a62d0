import autocannon from 'autocannon';
import { ensureDatabase } from '../server/src/database.js';
import { startServer } from './server.js';
import { CONCURRENCY, prepareSubmissions, SECONDS } from './submit.js';
import { benchTrace } from './trace.js';

/** The national-campaign size: voice inputs across organisations on one PostgreSQL. */
const SCALE = {
  inputs: Number(process.env.BENCH_SCALE_INPUTS ?? 10_000_000),
  organisations: Number(process.env.BENCH_SCALE_ORGANISATIONS ?? 150),
};

/** Successful submissions per second against `urls`, CONCURRENCY connections split evenly between them. */
async function throughput(urls: string[], prepared: Awaited<ReturnType<typeof prepareSubmissions>>): Promise<number> {
  let good = 0;
  const runs = urls.map((url) =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      connections: CONCURRENCY / urls.length,
      duration: SECONDS,
      headers: prepared.headers,
      requests: [{ setupRequest: (req: any) => ({ ...req, body: prepared.body() }), onResponse: (status: number, text: string) => void (prepared.ok(status, text) && good++) }],
    } as autocannon.Options),
  );
  await Promise.all(runs);
  return good / SECONDS;
}

/**
 * Scale-out figures: submissions through two instances against one on the same machine (both on the
 * same database, reported as measured: on one 2-core machine the instances share the CPU with
 * PostgreSQL), then trace and influence over SCALE.inputs voice inputs in SCALE.organisations
 * organisations.
 */
export async function benchScale(serverUrl: string): Promise<Record<string, number>> {
  // A database of its own on the same server, so other benchmarks' rows do not mix in.
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), 'heard_scale');
  const url = new URL(serverUrl);
  url.pathname = '/heard_scale';
  const databaseUrl = url.toString();
  const figures: Record<string, number> = {};
  const [one, two] = await Promise.all([startServer(databaseUrl), startServer(databaseUrl)]);
  try {
    const prepared = await prepareSubmissions(one.url);
    await throughput([one.url], prepared); // warm-up
    await throughput([two.url], prepared);
    const single = await throughput([one.url], prepared);
    const pair = await throughput([one.url, two.url], prepared);
    figures['scale.one_instance_rps'] = single;
    figures['scale.two_instances_rps'] = pair;
    figures['scale.instances_ratio'] = pair / single;
    console.log(`submitResponse, ${CONCURRENCY} connections: one instance ${single.toFixed(0)} /s, two instances ${pair.toFixed(0)} /s, ratio ${(pair / single).toFixed(2)}`);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
  const chain = await benchTrace(databaseUrl, SCALE);
  figures['scale.trace.p95_ms'] = chain['trace.p95_ms'];
  figures['scale.influence.ms'] = chain['influence.ms'];
  console.log(`at ${SCALE.inputs} inputs in ${SCALE.organisations} organisations: trace p95 ${chain['trace.p95_ms'].toFixed(2)} ms (target ≤ 10), influence ${chain['influence.ms'].toFixed(1)} ms (target ≤ 200)`);
  return figures;
}
