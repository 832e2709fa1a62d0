import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;

/** Validates `first` (1–100, default 25). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `first must be from 1 to ${MAX_PAGE}.`);
  return first;
}

/** Keyset cursors over (timestamp, id), newest first: stable under inserts, no OFFSET scans. */
export interface KeysetCursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): KeysetCursor | null {
  if (!after) return null;
  const [iso, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime())) throw badInput('after', 'The page cursor is not valid.');
  return { at, id };
}

/** Builds a Relay connection from `first + 1` rows fetched after a cursor. */
export function connectionFrom<T, N>(rows: T[], first: number, key: (row: T) => KeysetCursor, node: (row: T) => N) {
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const k = key(row);
    return { cursor: encodeCursor(k.at, k.id), node: node(row) };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type (with `totalCount` if asked). */
export function ConnectionTypes<N extends object>(name: string, nodeType: ClassType<N>, withTotal = false) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: N;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    totalCount?: number;
  }
  // Field metadata is read when the schema is built, so it may be added after the class is declared.
  if (withTotal) Field(() => Int)(Connection.prototype, 'totalCount');

  return { Edge, Connection };
}
