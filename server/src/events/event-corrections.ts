import type { EntityManager } from '@mikro-orm/postgresql';
import { changedFields, performAction } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { badInput, conflict } from '../shared/errors.js';
import { ownService } from '../services/service.service.js';
import { ConsultationEvent, EventStatus } from './event.entity.js';
import type { UpdateEventInput } from './event.inputs.js';
import { findEvent } from './event.service.js';

const MAX_CANCEL_REASON = 1000;

type EventSnapshot = Pick<ConsultationEvent, 'title' | 'kind' | 'venue' | 'startsAt' | 'endsAt' | 'questions'> & { serviceId: string | null };

function snapshot(e: ConsultationEvent): EventSnapshot {
  return { title: e.title, kind: e.kind, venue: e.venue, startsAt: e.startsAt, endsAt: e.endsAt, questions: [...e.questions], serviceId: e.service?.id ?? null };
}

/**
 * Corrects an event's details (title, kind, venue, times, service, questions) at any stage but
 * cancelled; fields not given stay. The end must stay after the start. What was recorded at the
 * event keeps its source title as it was when said. Errors: BAD_USER_INPUT naming the field,
 * NOT_FOUND (another organisation's event), CONFLICT (a cancelled event). Audited with the
 * changed fields before and after.
 */
export async function updateEvent(em: EntityManager, actor: Actor, id: string, input: UpdateEventInput): Promise<ConsultationEvent> {
  const title = input.title?.trim();
  if (input.title != null && !title) throw badInput('title', 'Enter a title of up to 200 characters.');
  if (input.startsAt === null) throw badInput('startsAt', 'Say when the event starts.');
  if (input.kind === null) throw badInput('kind', 'Say what kind of event it is.');
  const questions = input.questions?.map((q) => q.trim());
  const blank = questions?.findIndex((q) => !q) ?? -1;
  if (blank >= 0) throw badInput(`questions.${blank}`, 'Each question must be 1 to 500 characters.');
  const service = input.serviceId ? await ownService(em, actor, input.serviceId) : null;
  const details: { before?: Partial<EventSnapshot>; after?: Partial<EventSnapshot> } = {};
  return performAction(
    em,
    actor,
    'updateEvent',
    async (tx) => {
      const event = await findEvent(tx, actor, id, true);
      await tx.populate(event, ['service']);
      if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled, so it cannot be changed.', { field: 'id' });
      const before = snapshot(event);
      if (title) event.title = title;
      if (input.kind) event.kind = input.kind;
      if (input.venue !== undefined) event.venue = input.venue?.trim() || null;
      if (input.startsAt) event.startsAt = input.startsAt;
      if (input.endsAt !== undefined) event.endsAt = input.endsAt ?? null;
      if (input.serviceId !== undefined) event.service = service;
      if (questions) event.questions = questions;
      if (event.endsAt && event.endsAt.getTime() <= event.startsAt.getTime()) {
        throw badInput(input.endsAt !== undefined ? 'endsAt' : 'startsAt', 'The end must be after the start.');
      }
      Object.assign(details, changedFields(before, snapshot(event)));
      return event;
    },
    details,
  );
}

/**
 * PLANNED → CANCELLED with the reason, which staff see on the event. An event that has been held
 * (people came, words were recorded) is closed with a report instead, never cancelled. Nothing
 * can be recorded at a cancelled event. Errors: BAD_USER_INPUT (`reason` empty or over 1000),
 * NOT_FOUND, CONFLICT (held, closed or already cancelled). Audited with the reason.
 */
export async function cancelEvent(em: EntityManager, actor: Actor, id: string, reason: string): Promise<ConsultationEvent> {
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the event is cancelled.');
  if (why.length > MAX_CANCEL_REASON) throw badInput('reason', `Keep the reason to ${MAX_CANCEL_REASON} characters.`);
  return performAction(
    em,
    actor,
    'cancelEvent',
    async (tx) => {
      const event = await findEvent(tx, actor, id, true);
      if (event.status === EventStatus.CANCELLED) throw conflict('This event is already cancelled.', { field: 'id' });
      if (event.status !== EventStatus.PLANNED) {
        throw conflict('This event has already been held: close it with a report instead of cancelling it.', { field: 'id' });
      }
      event.status = EventStatus.CANCELLED;
      event.cancelledReason = why;
      event.cancelledAt = new Date();
      return event;
    },
    { reason: why },
  );
}
