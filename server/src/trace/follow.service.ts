import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../shared/context.js';
import { badInput, rateLimited } from '../shared/errors.js';
import { textIn, type Language, type TranslatableText } from '../shared/language.js';
import { normaliseReceiptCode } from '../surveys/receipt-code.js';
import { evidenceSql } from './evidence.sql.js';
import { enterOrganisationOf } from '../shared/tenancy.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The follow-up email, in each language the receipt page speaks. Plain words, nothing of the person's own. */
const FOLLOW_MAIL: Record<Language, { subject: string; asked: (survey: string) => string; decided: (title: string) => string; done: (title: string) => string; saidWeDid: (words: string) => string; more: string }> = {
  en: {
    subject: 'News about what you told us',
    asked: (survey) => `You asked us to tell you what happened after you answered “${survey}”.`,
    decided: (title) => `A decision has been made: ${title}.`,
    done: (title) => `A change is done: ${title}.`,
    saidWeDid: (words) => `You said, we did: ${words}`,
    more: 'To see everything that happened, enter your receipt code on the receipt page of Heard. You can stop these emails on the same page.',
  },
  ur: {
    subject: 'آپ کی بات کے بارے میں خبر',
    asked: (survey) => `آپ نے ہم سے کہا تھا کہ ”${survey}“ کا جواب دینے کے بعد جو ہوا وہ آپ کو بتائیں۔`,
    decided: (title) => `ایک فیصلہ ہو گیا ہے: ${title}۔`,
    done: (title) => `ایک تبدیلی مکمل ہو گئی ہے: ${title}۔`,
    saidWeDid: (words) => `آپ نے کہا، ہم نے کیا: ${words}`,
    more: 'جو کچھ ہوا وہ سب دیکھنے کے لیے Heard کے رسید والے صفحے پر اپنا رسید کوڈ لکھیں۔ اسی صفحے پر آپ یہ ای میلز بند بھی کر سکتے ہیں۔',
  },
  pl: {
    subject: 'Wiadomość o tym, co nam powiedziałeś',
    asked: (survey) => `Prosiłeś, żebyśmy dali znać, co się stało po twojej odpowiedzi na „${survey}”.`,
    decided: (title) => `Podjęliśmy decyzję: ${title}.`,
    done: (title) => `Zmiana jest gotowa: ${title}.`,
    saidWeDid: (words) => `Powiedzieliście, zrobiliśmy: ${words}`,
    more: 'Aby zobaczyć wszystko, co się stało, wpisz swój kod potwierdzenia na stronie potwierdzenia w Heard. Na tej samej stronie możesz wyłączyć te e-maile.',
  },
};

/**
 * The response a receipt code belongs to, counting a failed look-up against the caller's IP; past
 * the limit every look-up from that IP is RATE_LIMITED, so codes cannot be guessed online.
 */
/** A response found by its receipt code, with its survey's title in the survey's own language and its translations. */
export type ReceiptResponse = { id: string; organisation_id: string; submitted_at: string | Date; title: string } & TranslatableText;

export async function responseForCode(em: EntityManager, app: AppState, ip: string, code: string): Promise<ReceiptResponse | null> {
  const wait = await app.limits.receiptByIp.retryAfter(em, ip);
  if (wait > 0) throw rateLimited(wait);
  const normalised = normaliseReceiptCode(code);
  const plausible = normalised.length >= 8 && normalised.length <= 80;
  if (plausible) await enterOrganisationOf(em, 'receipt', normalised);
  const [row] =
    plausible
      ? await em.getConnection().execute<ReceiptResponse[]>(
          `select r.id, r.organisation_id, r.submitted_at, s.title, s.language, s.translations
             from survey_response r join survey s on s.id = r.survey_id where r.receipt_code = ?`,
          [normalised],
        )
      : [];
  if (!row) await app.limits.receiptByIp.fail(em, ip);
  return row ?? null;
}

/**
 * Public: a parent or carer holding a receipt code asks to be emailed when a decision or a finished
 * change follows from that response. The address is kept only for this (one per response; a new
 * address replaces the old) and is never shown back; the emails are written in `language`. Unknown codes count towards the IP's limit
 * and are BAD_USER_INPUT on `code`; a malformed address is BAD_USER_INPUT on `email`.
 */
export async function followReceipt(em: EntityManager, app: AppState, ip: string, code: string, email: string, language: Language): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (address.length > 254 || !EMAIL.test(address)) throw badInput('email', 'Enter an email address like name@example.com.');
  const response = await responseForCode(em, app, ip, code);
  if (!response) throw badInput('code', 'We could not find that receipt code.');
  await em.getConnection().execute(
    `insert into receipt_follow (id, response_id, email, language, created_at) values (gen_random_uuid(), ?, ?, ?, now())
     on conflict (response_id) do update set email = excluded.email, language = excluded.language, created_at = excluded.created_at`,
    [response.id, address, language],
  );
  return true;
}

/** Public: stops the emails for a receipt code and forgets the address. */
export async function unfollowReceipt(em: EntityManager, app: AppState, ip: string, code: string): Promise<boolean> {
  const response = await responseForCode(em, app, ip, code);
  if (!response) throw badInput('code', 'We could not find that receipt code.');
  await em.getConnection().execute('delete from receipt_follow where response_id = ?', [response.id]);
  return true;
}

/** Whether a response has an email address following it. */
export async function isFollowed(em: EntityManager, responseId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<unknown[]>('select 1 from receipt_follow where response_id = ?', [responseId]);
  return rows.length > 0;
}

/**
 * Emails everyone following a response that a published decision rests on: what was decided, or
 * that a change is done, with the "you said, we did" words. Never the person's own words, nobody
 * else's, nor staff names. Sending failures are logged, not thrown: the decision stands.
 */
export async function notifyFollowers(em: EntityManager, app: AppState, decisionId: string, kind: 'decision' | 'done', changeTitle?: string): Promise<void> {
  try {
    const rows = await em.getConnection().execute<Array<{ email: string; language: Language; survey_title: string; survey_language: string; translations: TranslatableText['translations']; title: string; you_said_we_did: string }>>(
      `with ev as (${evidenceSql('= ?')})
       select distinct f.email, f.language, s.title as survey_title, s.language as survey_language, s.translations, d.title, d.you_said_we_did
         from ev join voice_input v on v.id = ev.input_id
         join receipt_follow f on f.response_id = v.response_id
         join survey_response r on r.id = f.response_id join survey s on s.id = r.survey_id
         join decision d on d.id = ev.decision_id and d.published and d.organisation_id = r.organisation_id`,
      [decisionId, decisionId, decisionId, decisionId],
    );
    for (const row of rows) {
      const words = FOLLOW_MAIL[row.language] ?? FOLLOW_MAIL.en;
      await app.mail.send({
        to: row.email,
        subject: words.subject,
        text: [
          // The survey's title in the language they asked in, where it was translated.
          words.asked(textIn(row.survey_title, { language: row.survey_language, translations: row.translations }, 'title', row.language)),
          kind === 'decision' ? words.decided(row.title) : words.done(changeTitle ?? row.title),
          words.saidWeDid(row.you_said_we_did),
          words.more,
        ].join('\n\n'),
      });
    }
  } catch (error) {
    app.log.warn({ err: error, decisionId }, 'could not email receipt followers');
  }
}
