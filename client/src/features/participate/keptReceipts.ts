/*
 * Receipt codes kept on this phone, only when the person chose to keep one (on the receipt screen),
 * so "Your answers" (/me) can list what this phone answered and what has happened since. Nothing
 * here goes to the server except as a receipt lookup; nothing of what the person said is kept.
 * A shared phone is why it is a choice: anyone holding the phone can open /me.
 */
const KEY = 'heard.receipts';
const KEEP = 20;

export type KeptReceipt = {
  /** The receipt code, as the server gave it (words and digits joined by dashes). */
  code: string;
  /** The survey's title as it showed when answered, for when the phone has no signal. */
  title: string;
  /** The language the survey's words were in. */
  language: string;
  answeredAt: number;
  /** When the person last opened what happened, and how many decisions it showed then, so /me can mark news since. */
  seenAt: number;
  seenDecisions: number;
};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function keptReceipts(): KeptReceipt[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((r): r is KeptReceipt => typeof r?.code === 'string' && typeof r?.title === 'string') : [];
  } catch {
    return [];
  }
}

function write(receipts: KeptReceipt[]): boolean {
  try {
    if (receipts.length) storage()?.setItem(KEY, JSON.stringify(receipts.slice(0, KEEP)));
    else storage()?.removeItem(KEY); // nothing kept: no key left behind
    return Boolean(storage());
  } catch {
    return false; // full or blocked storage: not kept
  }
}

export function isKept(code: string): boolean {
  return keptReceipts().some((r) => r.code === code);
}

/** Keeps a receipt (newest first); false when this browser will not store it. */
export function keepReceipt(receipt: Omit<KeptReceipt, 'seenAt' | 'answeredAt' | 'seenDecisions'>): boolean {
  const now = Date.now();
  return write([{ ...receipt, answeredAt: now, seenAt: now, seenDecisions: 0 }, ...keptReceipts().filter((r) => r.code !== receipt.code)]);
}

export function forgetReceipt(code: string): void {
  write(keptReceipts().filter((r) => r.code !== code));
}

export function markSeen(code: string, decisions: number): void {
  write(keptReceipts().map((r) => (r.code === code ? { ...r, seenAt: Date.now(), seenDecisions: decisions } : r)));
}
