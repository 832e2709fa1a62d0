import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

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

/** A 256-bit single-use token for an emailed link (invitation, password reset). */
export const newLinkToken = newSessionToken;

function sealingKey(secret: string): Buffer {
  return createHash('sha256').update(`heard-seal:${secret}`).digest();
}

/** Encrypts a small secret (a TOTP seed) with AES-256-GCM under a key derived from SESSION_SECRET. */
export function seal(secret: string, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** Decrypts what `seal` made; throws if it was tampered with or sealed under another secret. */
export function unseal(secret: string, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
