import type { TFunction } from '../i18n/i18n';
import type { CombinedError } from 'urql';

/** The error codes the API puts in `extensions.code`. Branch on these, never on message text. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'MFA_REQUIRED',
  'DATABASE_UNAVAILABLE',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/** NETWORK: the request never got a GraphQL answer. UNKNOWN: an answer with no code we know. */
export type ErrorCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

type MaybeError = CombinedError | null | undefined;

function isApiCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** Every code in the error, in the order the server sent them. */
export function errorCodes(error: MaybeError): ErrorCode[] {
  if (!error) return [];
  const codes: ErrorCode[] = error.graphQLErrors.map((e) => {
    const code = e.extensions?.code;
    return isApiCode(code) ? code : 'UNKNOWN';
  });
  if (codes.length === 0 && error.networkError) {
    // An HTTP-level rate limiter answers 429 without a GraphQL body.
    const status = (error.response as { status?: unknown } | undefined)?.status;
    codes.push(status === 429 ? 'RATE_LIMITED' : status === 503 ? 'DATABASE_UNAVAILABLE' : 'NETWORK');
  }
  return codes;
}

/**
 * The one code a screen should react to. Codes about the request as a whole (rate limit, outage,
 * session) win over per-field input errors.
 */
export function errorCode(error: MaybeError): ErrorCode | undefined {
  const codes = errorCodes(error);
  if (codes.length === 0) return undefined;
  const precedence: ErrorCode[] = [
    'NETWORK',
    'DATABASE_UNAVAILABLE',
    'RATE_LIMITED',
    'MFA_REQUIRED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'BAD_USER_INPUT',
  ];
  return precedence.find((c) => codes.includes(c)) ?? codes[0];
}

export function hasErrorCode(error: MaybeError, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** The input name a field path refers to: `input.title` and `["input","title"]` → `title`. */
function fieldName(field: unknown): string | undefined {
  if (typeof field === 'string' && field) return field.split('.').pop();
  if (Array.isArray(field) && field.length) return String(field[field.length - 1]);
  return undefined;
}

/**
 * Fields the server rejected with BAD_USER_INPUT, by input name (`extensions.field`, last path
 * segment). The value is the server's message, which is English and for logs only: screens show
 * their own catalog text for each field.
 */
export function fieldErrors(error: MaybeError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const name = fieldName(e.extensions.field);
    if (name && !(name in result)) result[name] = e.message;
  }
  return result;
}

/** Catalog key for a whole-request error, for ErrorState and error summaries. */
export function errorMessageKey(
  error: MaybeError,
):
  | 'errors.network'
  | 'errors.unavailable'
  | 'errors.rateLimited'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.unauthenticated'
  | 'errors.unknown' {
  switch (errorCode(error)) {
    case 'NETWORK':
      return 'errors.network';
    case 'DATABASE_UNAVAILABLE':
      return 'errors.unavailable';
    case 'RATE_LIMITED':
      return 'errors.rateLimited';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'CONFLICT':
      return 'errors.conflict';
    case 'UNAUTHENTICATED':
      return 'errors.unauthenticated';
    default:
      return 'errors.unknown';
  }
}

/** Seconds the server asked us to wait (`extensions.retryAfterSeconds` on RATE_LIMITED). */
export function retryAfterSeconds(error: MaybeError): number | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    const seconds = e.extensions?.retryAfterSeconds;
    if (e.extensions?.code === 'RATE_LIMITED' && typeof seconds === 'number' && seconds > 0) return seconds;
  }
  return undefined;
}

/**
 * The plain-words message for a whole-request error, in the current language. Rate limits say how
 * many minutes to wait when the server tells us.
 */
export function errorMessage(t: TFunction, error: MaybeError): string {
  const seconds = errorCode(error) === 'RATE_LIMITED' ? retryAfterSeconds(error) : undefined;
  if (seconds) return t('errors.rateLimitedWait', { count: Math.ceil(seconds / 60) });
  return t(errorMessageKey(error));
}
