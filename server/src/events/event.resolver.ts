import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { byKey, loader } from '../shared/loaders.js';
import { listInputs } from '../voices/voice-input.service.js';
import { VoiceInputConnection, VoiceInputView } from '../voices/voice-input.type.js';
import type { ConsultationEvent } from './event.entity.js';
import { AttendanceInput, ContributionInput, CreateEventInput, UpdateEventInput } from './event.inputs.js';
import { cancelEvent, updateEvent } from './event-corrections.js';
import { correctContribution } from './contribution-correction.js';
import {
  closeEvent,
  createEvent,
  eventFeedback,
  eventsQuality,
  findEvent,
  listEvents,
  recordAttendance,
  recordContribution,
  serviceVoiceQuality,
} from './event.service.js';
import { ConsultationEventType, EventFeedback, VoiceQuality } from './event.types.js';

@Resolver(() => ConsultationEventType)
export class EventResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => ConsultationEventType, { nullable: true })
  event(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<ConsultationEvent | null> {
    return findEvent(em, requireActor(actor), id).catch((e) => (e.extensions?.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => [ConsultationEventType], { description: 'The organisation’s events, soonest first.' })
  events(@Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null, @Ctx() { em, actor }: Context): Promise<ConsultationEvent[]> {
    return listEvents(em, requireActor(actor), serviceId ?? null);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => VoiceQuality, { description: 'How faithfully voices were recorded across a service’s events, small numbers suppressed.' })
  voiceQuality(@Arg('serviceId', () => ID) serviceId: string, @Ctx() { em, actor }: Context): Promise<VoiceQuality> {
    return serviceVoiceQuality(em, requireActor(actor), serviceId);
  }

  @Authorized(PUBLIC)
  @Query(() => EventFeedback, { nullable: true, description: 'Public: the "what we heard" page of a closed event, by the code handed out there.' })
  eventFeedback(@Arg('code', () => String) code: string, @Ctx() { em }: Context): Promise<EventFeedback | null> {
    return eventFeedback(em, code);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ConsultationEventType)
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() { em, actor }: Context): Promise<ConsultationEvent> {
    return createEvent(em, requireActor(actor), input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ConsultationEventType)
  recordAttendance(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('attendance', () => [AttendanceInput]) attendance: AttendanceInput[],
    @Ctx() { em, actor }: Context,
  ): Promise<ConsultationEvent> {
    return recordAttendance(em, requireActor(actor), eventId, attendance);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => VoiceInputView)
  recordContribution(
    // Checked in one pass by the use case, so a retry meets exactly the same rules.
    @Arg('input', () => ContributionInput, { validate: false }) input: ContributionInput,
    @Ctx() { em, actor, app }: Context,
  ): Promise<VoiceInputView> {
    return recordContribution(em, app, requireActor(actor), input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ConsultationEventType)
  closeEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('report', () => String) report: string,
    @Arg('whatWeHeard', () => String) whatWeHeard: string,
    @Ctx() { em, actor }: Context,
  ): Promise<ConsultationEvent> {
    return closeEvent(em, requireActor(actor), eventId, report, whatWeHeard);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ConsultationEventType, { description: 'Corrects an event’s details; only the fields given change.' })
  updateEvent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEventInput) input: UpdateEventInput,
    @Ctx() { em, actor }: Context,
  ): Promise<ConsultationEvent> {
    return updateEvent(em, requireActor(actor), id, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ConsultationEventType, { description: 'Calls off a planned event, with the reason.' })
  cancelEvent(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() { em, actor }: Context): Promise<ConsultationEvent> {
    return cancelEvent(em, requireActor(actor), id, reason);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => VoiceInputView, { description: 'Corrects a recorded contribution; the earlier text is kept in the audit trail, not shown.' })
  correctContribution(
    @Arg('inputId', () => ID) inputId: string,
    @Arg('text', () => String) text: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, actor, app }: Context,
  ): Promise<VoiceInputView> {
    return correctContribution(em, app, requireActor(actor), inputId, text, reason);
  }

  /** An event and all it holds: its organisation's consultation staff (the public see eventFeedback). */
  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => Service, { nullable: true })
  service(@Root() event: ConsultationEvent, @Ctx() ctx: Context): Promise<Service | null> | null {
    if (!event.service) return null;
    return loader<string, Service | null>(ctx, 'event.service', async (ids) => {
      const services = await ctx.em.find(Service, { id: { $in: [...ids] } });
      return byKey(ids, services, (s) => s.id, (s) => s, null);
    }).load(event.service.id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => Int)
  totalAttendance(@Root() event: ConsultationEvent): number {
    return event.attendance.reduce((sum, a) => sum + a.count, 0);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => VoiceInputConnection, { description: 'What was said, newest first; withheld words come back as null.' })
  contributions(
    @Root() event: ConsultationEvent,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return listInputs(em, requireActor(actor), { eventId: event.id }, first, after);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => VoiceQuality, {
    description: 'How voices were captured at this event and who came, with small counts withheld together with its service’s figures.',
  })
  quality(@Root() event: ConsultationEvent, @Ctx() ctx: Context): Promise<VoiceQuality> {
    return loader(ctx, 'event.quality', (ids: readonly string[]) => eventsQuality(ctx.em, requireActor(ctx.actor), ids)).load(event.id);
  }
}
