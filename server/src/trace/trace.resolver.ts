import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { pickLanguage } from '../shared/language.js';
import { youSaidWeDid } from './decision.service.js';
import { DecisionView } from './decision.types.js';
import { eraseMyWords } from './erase-words.service.js';
import { followReceipt, unfollowReceipt } from './follow.service.js';
import { isUuid } from '../shared/input-guard.js';
import { influence, receiptFor, traceFlow, traceInput } from './trace.service.js';
import { InfluenceReport, ReceiptTrace, Trace, TraceFlow } from './trace.types.js';
import { enterOrganisationOf } from '../shared/tenancy.js';

@Resolver()
export class TraceResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => Trace)
  trace(@Arg('inputId', () => ID) inputId: string, @Ctx() { em, actor }: Context): Promise<Trace> {
    return traceInput(em, requireActor(actor), inputId);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => TraceFlow, { description: 'The chain from voices to changes for a service (or the organisation), for a Sankey diagram.' })
  traceFlow(
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() { em, actor, app }: Context,
  ): Promise<TraceFlow> {
    const reader = requireActor(actor);
    return app.reports.read(em, reader.organisationId, (em) => traceFlow(em, reader, serviceId ?? null, from ?? null, to ?? null));
  }

  @Authorized(PUBLIC)
  @Query(() => ReceiptTrace, {
    nullable: true,
    description: "Public: what happened to what someone said, by their receipt code; the survey's title in `language` where translated.",
  })
  receipt(
    @Arg('code', () => String) code: string,
    @Arg('language', () => String, { nullable: true }) language: string | null,
    @Ctx() { em, app, ip }: Context,
  ): Promise<ReceiptTrace | null> {
    return receiptFor(em, app, ip, code, language);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'Public: email this address when a decision or a finished change follows from this receipt (in the language of the request).' })
  followReceipt(@Arg('code', () => String) code: string, @Arg('email', () => String) email: string, @Ctx() { em, app, ip, request }: Context): Promise<boolean> {
    return followReceipt(em, app, ip, code, email, pickLanguage(request.headers['accept-language']));
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'Public: stop the emails for this receipt and forget the address.' })
  unfollowReceipt(@Arg('code', () => String) code: string, @Ctx() { em, app, ip }: Context): Promise<boolean> {
    return unfollowReceipt(em, app, ip, code);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Public: the person who spoke erases their own words by receipt code. Counts and coded answers stay; words a safeguarding lead holds stay with the concern.',
  })
  eraseMyWords(@Arg('code', () => String) code: string, @Ctx() { em, app, ip }: Context): Promise<boolean> {
    return eraseMyWords(em, app, ip, code);
  }

  @Authorized(PUBLIC)
  @Query(() => [DecisionView], { description: "Public: the published you-said-we-did decisions of one organisation's service." })
  youSaidWeDid(@Arg('serviceId', () => ID) serviceId: string, @Ctx() { em }: Context): Promise<DecisionView[]> {
    return youSaidWeDid(em, serviceId);
  }

  @Authorized(PUBLIC)
  @Query(() => Service, { nullable: true, description: "Public: a service's name and description, for its you-said-we-did page." })
  async publicService(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Service | null> {
    if (!isUuid(id)) return null;
    await enterOrganisationOf(em, 'service', id);
    return em.findOne(Service, { id });
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => InfluenceReport)
  influence(
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() { em, actor, app }: Context,
  ): Promise<InfluenceReport> {
    const reader = requireActor(actor);
    return app.reports.read(em, reader.organisationId, (em) => influence(em, reader, serviceId ?? null, from ?? null, to ?? null));
  }
}
