import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * What may reach a log about an error: its class, codes and where it happened — never its message.
 * A database error's message is the SQL with its bound values interpolated (knex does that), and its
 * `detail` repeats the values of a failed key; a JSON or validation error quotes its input. Any of those
 * can be a child's words, so the log holds the SQLSTATE, the constraint, the table and the column,
 * and the stack frames (without the message line), which are enough to find the fault.
 */
const SAFE_FIELDS = ['code', 'sqlState', 'errno', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine', 'severity'] as const;

export interface SafeError {
  type: string;
  [field: string]: unknown;
}

function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const at = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return at.length ? at.join('\n') : undefined;
}

/** A log-safe description of any thrown value (pino `err` serializer). */
export function safeError(error: unknown, depth = 0): SafeError | undefined {
  if (error === null || error === undefined) return undefined;
  if (typeof error !== 'object') return { type: typeof error };
  const e = error as Record<string, unknown>;
  const out: SafeError = { type: typeof e.name === 'string' ? e.name : (error.constructor?.name ?? 'Object') };
  for (const field of SAFE_FIELDS) {
    const value = e[field];
    if (typeof value === 'string' || typeof value === 'number') out[field] = field === 'code' || field === 'errno' ? value : String(value).slice(0, 100);
  }
  const extensions = e.extensions as Record<string, unknown> | undefined;
  if (typeof extensions?.code === 'string') out.graphqlCode = extensions.code;
  if (Array.isArray(e.path)) out.path = e.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.');
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  const cause = e.originalError ?? e.cause ?? e.previous;
  if (cause && cause !== error && depth < 4) out.cause = safeError(cause, depth + 1);
  return out;
}

/**
 * A request as logged: method, route and path only. GET /graphql carries the query and its
 * variables in the query string, so the query string never reaches the log.
 */
export function safeRequest(request: { method?: string; url?: string; ip?: string; id?: unknown; routeOptions?: { url?: string } }) {
  return {
    method: request.method,
    url: typeof request.url === 'string' ? request.url.split('?')[0] : undefined,
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

const isError = (value: unknown): value is Error => value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value && 'message' in value);

/**
 * Heard's pino options: errors and requests pass through the serializers above, and a log call that
 * would take its message from an error (`log.error(err)`, `log.error({ err })`, or Fastify's
 * `log.error({ err }, err.message)`) gets a fixed message instead.
 */
export function safeLoggerOptions(options: LoggerOptions = {}): LoggerOptions {
  return {
    ...options,
    serializers: { ...options.serializers, err: safeError, error: safeError, req: safeRequest },
    hooks: {
      logMethod(args, method) {
        const [first, second] = args as unknown[];
        const error = isError(first) ? first : first && typeof first === 'object' ? ((first as any).err ?? (first as any).error) : undefined;
        if (isError(error)) {
          const fields = isError(first) ? { err: first } : first;
          const message = typeof second === 'string' && second !== error.message ? second : `error: ${safeError(error)?.type ?? 'Error'}`;
          return method.apply(this, [fields, message] as never);
        }
        return method.apply(this, args as never);
      },
    },
  };
}

/** A logger with the safe options (tests pass their own destination to capture the output). */
export function safeLogger(options: LoggerOptions, destination?: pino.DestinationStream): Logger {
  return destination ? pino(safeLoggerOptions(options), destination) : pino(safeLoggerOptions(options));
}
