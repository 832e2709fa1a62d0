import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The codes a client may branch on (`extensions.code`); anything else is masked. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'MFA_REQUIRED'
  | 'DATABASE_UNAVAILABLE';

const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'MFA_REQUIRED',
  'DATABASE_UNAVAILABLE',
  // Raised by Apollo and GraphQL Armor before any resolver runs.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input naming the field (a dotted path into the arguments, e.g. `answers.2.text`). */
export const badInput = (field: string, message: string) => new CodedError('BAD_USER_INPUT', message, { field });
export const unauthenticated = () => new CodedError('UNAUTHENTICATED', 'Please sign in first.');
export const forbidden = (message = 'You do not have permission to do that.') => new CodedError('FORBIDDEN', message);
export const notFound = (what: string) => new CodedError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new CodedError('CONFLICT', message, extra);
export const rateLimited = (retryAfterSeconds: number) =>
  new CodedError('RATE_LIMITED', 'Too many attempts. Please wait a few minutes and try again.', { retryAfterSeconds });
/** A password was right but a code from the authenticator app is needed (or was wrong); `enrolment` when one must be set up first. */
export const mfaRequired = (message: string, extra: Record<string, unknown> = {}) => new CodedError('MFA_REQUIRED', message, { field: 'mfaCode', ...extra });
export const databaseUnavailable = () =>
  new CodedError('DATABASE_UNAVAILABLE', 'Heard cannot reach its database just now. Nothing was saved; please try again shortly.');

const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/** True when an error means PostgreSQL could not be reached or went away mid-request. */
export function isConnectionError(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause ?? e.originalError ?? e.previous, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (CONNECTION_ERRNOS.has(code)) return true;
    // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, cannot connect now).
    if (/^08/.test(code) || /^57P0[123]$/.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|Timeout acquiring a connection|connect ECONNREFUSED|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(message)) {
      return true;
    }
  }
  return false;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator errors into the first failing field path and its message. */
function firstValidationFailure(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstValidationFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * Apollo `formatError`: keeps coded errors, names the field of a validation failure, turns a lost
 * database into DATABASE_UNAVAILABLE, and logs then masks everything else.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validation = (original as any)?.extensions?.validationErrors as ValidationErrorLike[] | undefined;
  if (validation) {
    const failure = firstValidationFailure(validation);
    return {
      message: failure?.message ?? 'Some of the information is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: failure?.field ?? null },
    };
  }
  if (isConnectionError(original)) {
    const e = databaseUnavailable();
    return { message: e.message, path: formatted.path, extensions: e.extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // type-graphql wraps bad scalar values (e.g. a malformed date) as GraphQLErrors without a code.
  log(original);
  return { message: 'Something went wrong on our side. Please try again.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
