import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where Heard's emails go. Pluggable: console (default), a file, or anything with `send`. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/**
 * Sends each email over SMTP (nodemailer) to the server in `url` (smtp://user:pass@host:587 or
 * smtps://…:465). A failed send rejects, so callers that must not lose an alert can retry it.
 */
export function smtpTransport(url: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (m) => {
      await transporter.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transporter.close(),
  };
}

/** Writes each email to the log (development and tests). */
export function consoleTransport(log: Logger): MailTransport {
  return { send: async (m) => log.info({ mail: { to: m.to, subject: m.subject } }, m.text) };
}

/** Appends each email as a JSON line to DATA_DIR/mail/outbox.jsonl. */
export function fileTransport(dataDir: string): MailTransport {
  const dir = join(dataDir, 'mail');
  return {
    send: async (m) => {
      await mkdir(dir, { recursive: true });
      await appendFile(join(dir, 'outbox.jsonl'), JSON.stringify({ at: new Date().toISOString(), ...m }) + '\n');
    },
  };
}

/** Records emails in memory (tests). */
export function memoryTransport(): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}

const ATTEMPTS = 3;

/**
 * Sends one email, trying again after 1 s and 4 s if the mail server refuses or is away: an alert
 * about a child must not be lost to a blip. Rejects with the last error after the last attempt.
 */
export async function sendWithRetry(mail: MailTransport, message: MailMessage, delayMs = 1000): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await mail.send(message);
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 4 ** (attempt - 1)));
    }
  }
}
