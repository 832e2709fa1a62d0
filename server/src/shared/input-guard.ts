import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { CodedError } from './errors.js';

/**
 * One guard for every argument of every field, applied to the built schema (so no resolver can
 * forget it and no operation pays for it unless it takes an ID or a String):
 * - every `ID` is a UUID, or the call is NOT_FOUND naming the field (`themeIds.2`)
 *   before any SQL runs — PostgreSQL would otherwise reject the cast as an internal error;
 * - every `String` is made storable: NUL removed (PostgreSQL text cannot hold it) and lone UTF-16
 *   surrogates replaced with U+FFFD (they cannot be encoded as UTF-8), so hostile or broken text is
 *   stored and screened rather than failing the statement. Voices are normalised further by
 *   voices/voice-writer.ts.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NUL removed, lone surrogates → U+FFFD; the same string back when there is nothing to do. */
export function storableText(value: string): string {
  const clean = value.includes('\0') ? value.replaceAll('\0', '') : value;
  return clean.replace(LONE_SURROGATE, '\uFFFD');
}

type Cleaner = (value: unknown, path: string) => unknown;

/** A cleaner for a type, or null when nothing in it is an ID or a String (no work at run time). */
function cleanerFor(type: GraphQLInputType, seen: Map<string, Cleaner | null>): Cleaner | null {
  if (isNonNullType(type)) return cleanerFor(type.ofType, seen);
  if (isListType(type)) {
    const item = cleanerFor(type.ofType, seen);
    if (!item) return null;
    return (value, path) => (Array.isArray(value) ? value.map((v, i) => item(v, `${path}.${i}`)) : item(value, path));
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === 'ID') {
      return (value, path) => {
        if (value === null || value === undefined) return value;
        // An id that cannot exist is answered as one that does not: NOT_FOUND, naming the field as
        // validation does (relative to the input object: `themeIds.0`, not `input.themeIds.0`).
        if (!isUuid(value)) throw new CodedError('NOT_FOUND', 'That was not found: the id is not valid.', { field: path.replace(/^input\./, '') });
        return value;
      };
    }
    if (named.name === 'String') return (value) => (typeof value === 'string' ? storableText(value) : value);
    return null;
  }
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) {
      // Recursive input types: resolve lazily through the memo.
      return (value, path) => (seen.get(named.name) ?? ((v) => v))(value, path);
    }
    seen.set(named.name, null);
    const fields = Object.values(named.getFields())
      .map((f) => ({ name: f.name, clean: cleanerFor(f.type, seen) }))
      .filter((f): f is { name: string; clean: Cleaner } => f.clean !== null);
    const cleaner: Cleaner | null = fields.length
      ? (value, path) => {
          if (value === null || typeof value !== 'object') return value;
          const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
          for (const f of fields) if (f.name in copy) copy[f.name] = f.clean(copy[f.name], `${path}.${f.name}`);
          return copy;
        }
      : null;
    seen.set(named.name, cleaner);
    return cleaner;
  }
  return null;
}

function guardField(field: GraphQLField<unknown, unknown>, seen: Map<string, Cleaner | null>): void {
  const cleaners = (field.args as GraphQLArgument[])
    .map((a) => ({ name: a.name, clean: cleanerFor(a.type, seen) }))
    .filter((a): a is { name: string; clean: Cleaner } => a.clean !== null);
  if (!cleaners.length) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const clean: Record<string, unknown> = { ...args };
    for (const a of cleaners) if (a.name in clean) clean[a.name] = a.clean(clean[a.name], a.name);
    return resolve(source, clean, context, info);
  };
}

/** Wraps the resolver of every field that takes an ID or a String argument (see above). Mutates and returns the schema. */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Map<string, Cleaner | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) guardField(field, seen);
  }
  return schema;
}
