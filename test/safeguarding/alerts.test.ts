import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalationJob } from '../../server/src/safeguarding/escalation.job.js';
import type { AppState } from '../../server/src/shared/context.js';
import { runJobNow, tickJob } from '../../server/src/shared/jobs.js';
import { smtpTransport } from '../../server/src/shared/mail.js';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from '../support/factories.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

/*
 * Alerts that arrive: real email over SMTP (MAIL_TRANSPORT=smtp) to a real SMTP server started by
 * the test. A lead is told at once when a disclosure is screened, and an overdue concern is
 * escalated once to every lead and admin. No email carries the child's words.
 */

const WORDS = 'my step dad locks me in my room and hits me with his belt';
const LEADS_AND_ADMINS = ['admin@northbridge.example', 'safeguarding@northbridge.example'];

let smtp: TestSmtpServer;
let t: TestApp;
let practitioner: Agent;
let lead: Agent;
let s: SurveyFixture;
let jobApp: AppState;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, MAIL_FROM: 'Heard <alerts@heard.test>' } });
  practitioner = await t.staff('practitioner@northbridge.example');
  lead = await t.staff('safeguarding@northbridge.example');
  s = await survey(practitioner, 'open');
  // What a job run is given: this instance's mail (the same SMTP server) and a quiet log.
  jobApp = { config: t.config, log: pino({ level: 'silent' }), mail: smtpTransport(smtp.url, 'Heard <alerts@heard.test>') } as unknown as AppState;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function disclose(text = WORDS): Promise<string> {
  const { submitResponse } = await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(s, text) } });
  const [row] = await t.orm.em.fork().getConnection().execute(
    'select c.id from safeguarding_concern c join voice_input v on v.id = c.input_id where v.response_id = ?',
    [submitResponse.responseId],
  );
  return row.id;
}

const overdue = (concernId: string) =>
  t.orm.em.fork().getConnection().execute(`update safeguarding_concern set due_by = now() - interval '5 minutes' where id = ?`, [concernId]);

describe('the lead is alerted at once', () => {
  it('emails the safeguarding lead over SMTP when a disclosure is screened, without the words', async () => {
    const before = smtp.messages.length;
    await disclose();
    const alert = await smtp.waitFor((m) => m.to.includes('safeguarding@northbridge.example') && /needs you/.test(m.subject), 10_000);
    expect(alert.from).toBe('alerts@heard.test');
    expect(alert.text).toMatch(/Sign in to Heard/);
    for (const m of smtp.messages.slice(before)) {
      expect(m.text).not.toMatch(/belt|step dad|locks/);
      expect(m.subject).not.toMatch(/belt|step dad|locks/);
    }
  });

  it('sends nothing for ordinary feedback', async () => {
    const before = smtp.messages.length;
    await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s, 'the trip to the farm was brilliant') } });
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.slice(before).some((m) => /needs you/.test(m.subject))).toBe(false);
  });
});

describe('an overdue concern escalates once', () => {
  it('emails every lead and admin once, sets escalatedAt, and never again', async () => {
    const concernId = await disclose('he said he will kill me if i tell anyone what he does');
    await overdue(concernId);
    const before = smtp.messages.length;
    const escalated = await runJobNow(t.orm, jobApp, escalationJob);
    expect(escalated).toBeGreaterThanOrEqual(1);
    const got = smtp.messages.slice(before).filter((m) => /overdue/.test(m.subject));
    expect(got.flatMap((m) => m.to).sort()).toEqual(LEADS_AND_ADMINS);
    for (const m of got) expect(m.text).not.toMatch(/kill|tell anyone/);
    const { safeguardingConcern } = await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { escalatedAt overdue } }`, { id: concernId });
    expect(safeguardingConcern.overdue).toBe(true);
    expect(new Date(safeguardingConcern.escalatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const afterFirst = smtp.messages.length;
    expect(await runJobNow(t.orm, jobApp, escalationJob)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.length).toBe(afterFirst);
  });

  it('fires once when two instances tick the same period', async () => {
    const concernId = await disclose('my mums boyfriend punched me in the face last night');
    await overdue(concernId);
    const before = smtp.messages.length;
    const now = new Date(Date.now() + 365 * 86_400_000); // a period no earlier test has claimed
    const fired = await Promise.all([tickJob(t.orm, jobApp, escalationJob, now), tickJob(t.orm, jobApp, escalationJob, now)]);
    expect(fired.filter(Boolean)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    const got = smtp.messages.slice(before).filter((m) => /overdue/.test(m.subject));
    expect(got.flatMap((m) => m.to).sort()).toEqual(LEADS_AND_ADMINS);
  });

  it('leaves alone a concern that is acknowledged or not yet due', async () => {
    const acknowledged = await disclose('dad burns me with his lighter');
    await lead.gql(`mutation($id: ID!) { acknowledgeConcern(id: $id, note: "Spoke to the school DSL") { id } }`, { id: acknowledged });
    await overdue(acknowledged);
    const notDue = await disclose('i get hit with a belt at home');
    await runJobNow(t.orm, jobApp, escalationJob);
    const rows = await t.orm.em.fork().getConnection().execute('select id, escalated_at from safeguarding_concern where id in (?)', [[acknowledged, notDue]]);
    expect(rows.map((r: any) => r.escalated_at)).toEqual([null, null]);
  });
});
