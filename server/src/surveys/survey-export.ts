import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { AGE_BANDS, type Band } from '../shared/suppression.js';
import { readsUnreadWords, toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import { protectedResults } from './survey-results.service.js';
import { QuestionType } from './survey.entity.js';

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
 * written "suppressed". Text answers follow; withheld words stay withheld. Audited as an export.
 */
export async function exportSurveyResultsCsv(em: EntityManager, actor: Actor, surveyId: string): Promise<{ filename: string; csv: string }> {
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
  if (textQuestions.length > 0) {
    // One read of every text (newest first per question, as on screen); a text's band is written
    // only where that band's count of answers to the question is published in the views above.
    const rows = await em.getConnection().execute<Array<VoiceRow & { question_id: string }>>(
      `select ${VOICE_COLUMNS}, v.question_id from voice_input v
        where v.organisation_id = ? and v.survey_id = ? and v.question_id in (?)
        order by v.question_id, v.created_at desc, v.id desc`,
      [actor.organisationId, survey.id, textQuestions.map((q) => q.id)],
    );
    const byQuestion = new Map<string, typeof rows>();
    for (const r of rows) {
      const list = byQuestion.get(r.question_id);
      if (list) list.push(r);
      else byQuestion.set(r.question_id, [r]);
    }
    for (const q of textQuestions) {
      for (const r of byQuestion.get(q.id) ?? []) {
        const band = r.age_band as Band | null;
        const shown = band !== null && !views[band].refused && !views[band].questions[q.id].answered.suppressed;
        const node = toVoiceView({ ...r, age_band: shown ? r.age_band : null }, false, readsUnreadWords(actor));
        lines.push(row([q.prompt, node.ageBand, node.capture, node.erased ? '[erased]' : node.withheld ? '[withheld]' : (node.text ?? '[awaiting review]')]));
      }
    }
  }
  recordAudit(em, actor, 'exportSurveyResults', survey);
  await em.flush();
  const slug = survey.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'survey';
  return { filename: `${slug}-results.csv`, csv: lines.join('\r\n') + '\r\n' };
}
