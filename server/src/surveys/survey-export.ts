import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { AGE_BANDS } from '../shared/suppression.js';
import { organisationSettings } from '../identity/settings.service.js';
import { readsUnreadWords, wordsHeld } from '../voices/voice-input.service.js';
import { protectedResults } from './survey-results.service.js';
import { QuestionType, Survey } from './survey.entity.js';

/** One CSV field: quoted, and defused so a spreadsheet never runs it as a formula. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: Array<string | number | null>) => cells.map(field).join(',');

/**
 * A survey's results as CSV, with the same suppression as on screen (every view protected
 * together, so the columns for all ages and each band can sit side by side): a withheld count is
 * written "suppressed". Text answers follow; withheld words stay withheld. Only reads (it may run
 * on a replica): the caller audits the export on the primary ({@link auditSurveyExport}).
 */
export async function exportSurveyResultsCsv(em: EntityManager, actor: Actor, surveyId: string): Promise<{ filename: string; csv: string; surveyId: string }> {
  const { survey, views, questions, total } = await protectedResults(em, actor, surveyId);
  const cell = (p: { count: number | null; suppressed: boolean }) => (p.suppressed ? 'suppressed' : p.count);
  const lines = [row(['question', 'answer', 'all ages', ...AGE_BANDS])];
  lines.push(row(['Responses', '', total, ...AGE_BANDS.map((b) => cell(views.ALL.byAgeBand[b]))]));
  for (const q of questions) {
    const views_ = (get: (v: (typeof views)['ALL']) => { count: number | null; suppressed: boolean }) => [
      cell(get(views.ALL)),
      ...AGE_BANDS.map((b) => (views[b].responseCount.suppressed ? 'suppressed' : cell(get(views[b])))),
    ];
    lines.push(row([q.prompt, 'answered', ...views_((v) => v.questions[q.id].answered)]));
    const values =
      q.type === QuestionType.SCALE
        ? Array.from({ length: q.scaleMax ?? 5 }, (_, i) => ({ id: String(i + 1), label: String(i + 1) }))
        : q.choices.map((c) => ({ id: c.id, label: c.label }));
    for (const v of values) lines.push(row([q.prompt, v.label, ...views_((view) => view.questions[q.id].values[v.id])]));
  }
  lines.push('', row(['question', 'age band', 'capture', 'text']));
  const textQuestions = questions.filter((x) => x.type === QuestionType.TEXT);
  // Question by question in the survey's order, each newest first (as on screen) straight from its
  // index; only what the file shows is read, and per text nothing but a lookup (a survey may have
  // 100,000). A text's band is written only where that band's count of answers to the question is
  // published in the views above.
  const reviewOn = (await organisationSettings(em, actor.organisationId)).reviewFreeText;
  // wordsHeld's review rule, asked once for this reader: whether words nobody has read yet are held.
  const holdsUnread = wordsHeld({ erased: false, withheld: false, reviewed: false, reviewOn }, false, readsUnreadWords(actor));
  let text = '';
  for (const q of textQuestions) {
    const shown = AGE_BANDS.filter((b) => !views[b].refused && !views[b].questions[q.id].answered.suppressed);
    // The database picks each row's band (or none) and its words (or the mark that stands for them),
    // so a row reaches here as two short strings: at 60,000 texts, building an object per row and
    // asking wordsHeld of each took half the export's time.
    const rows = await em.getConnection().execute<Array<{ band_capture: string; words: string }>>(
      `select case when v.age_band::text = any(string_to_array(?, ',')) then v.age_band::text else '' end || ',' || v.capture::text as band_capture,
              case when v.erased_at is not null then '[erased]' when v.withheld then '[withheld]'
                   when ? and v.reviewed_at is null then '[awaiting review]' else v.text end as words
         from voice_input v
        where v.question_id = ? and v.organisation_id = ? and v.survey_id = ?
        order by v.created_at desc, v.id desc`,
      [shown.join(','), holdsUnread, q.id, actor.organisationId, survey.id],
    );
    // The prompt is written once per question; bands and captures are codes, never quoted.
    const prompt = field(q.prompt);
    for (const r of rows) text += `${prompt},${r.band_capture},${field(r.words)}\r\n`;
  }
  const slug = survey.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'survey';
  return { filename: `${slug}-results.csv`, csv: lines.join('\r\n') + '\r\n' + text, surveyId: survey.id };
}

/** Records that a member of staff exported a survey's results, in the request's transaction on the primary. */
export async function auditSurveyExport(em: EntityManager, actor: Actor, surveyId: string): Promise<void> {
  recordAudit(em, actor, 'exportSurveyResults', em.getReference(Survey, surveyId));
  await em.flush();
}
