import DataLoader from 'dataloader';
import type { Context } from './context.js';

/**
 * A per-request DataLoader, created on first use under `name`: field resolvers that would query
 * once per parent batch their keys into one query instead (no N+1).
 */
export function loader<K, V>(ctx: Context, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let existing = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = new DataLoader<K, V>(batch, { cache: true });
    ctx.loaders.set(name, existing);
  }
  return existing;
}

/** Orders rows to match keys, with a fallback for keys that have no row. */
export function byKey<K, R, V>(keys: readonly K[], rows: R[], key: (row: R) => K, value: (row: R) => V, missing: V): V[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(key(row), value(row));
  return keys.map((k) => (map.has(k) ? map.get(k)! : missing));
}
