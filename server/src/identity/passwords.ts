import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../shared/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

// The common-password list that zxcvbn-ts keeps (tens of thousands of leaked passwords), as a set.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Checks a password a person is choosing: at least 12 characters (NCSC: length beats complexity
 * rules) and not one of the well-known common passwords, compared ignoring case. Throws
 * BAD_USER_INPUT naming `field`.
 */
export function checkNewPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(field, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(field, `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`);
  if (commonPasswords().has(password.toLowerCase())) {
    throw badInput(field, 'That password is on a list of common passwords that attackers try first. Choose another.');
  }
}
