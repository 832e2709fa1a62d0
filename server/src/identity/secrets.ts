import { createHmac, randomBytes, randomInt } from 'node:crypto';

/** HMAC-SHA256 keyed by SESSION_SECRET: what the database keeps instead of tokens and codes. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/** A 256-bit session token for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32: no I, L, O or U, so a code read aloud or typed from a card is hard to get wrong.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10; // 50 bits: with failure limits, online guessing is hopeless.

/** A new access code, grouped for reading: `K7MX2-9QHRT`. */
export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Upper-cases, drops spaces and dashes, and reads the letters people confuse with digits as digits. */
export function normaliseAccessCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
