import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { actorLabel } from '../shared/audit.js';
import { PUBLIC, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { eraseParticipant } from './participant.service.js';
import { privacyContacts } from './privacy.service.js';
import { eraseDueWords } from './retention.js';

@ObjectType({ description: 'Who is responsible for what Heard holds (the data controller), for the privacy notice.' })
export class PrivacyContact {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "How to reach the organisation's data protection officer." })
  contact!: string | null;

  @Field(() => Int, { nullable: true, description: 'Months after which words are erased; null keeps them.' })
  retainWordsMonths!: number | null;

  @Field(() => Int, { description: 'Months after a safeguarding concern is closed that the words it holds are erased.' })
  retainConcernWordsMonths!: number;
}

@Resolver()
export class LifecycleResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'ADMIN: erases every word a participant or forum member said and ends their account; counts stay. Audited with the reason.' })
  eraseParticipant(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, actor }: Context,
  ): Promise<boolean> {
    return eraseParticipant(em, requireActor(actor), accountId, reason);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, { description: 'ADMIN: applies the retention rule now (it also runs daily); returns how many texts were erased.' })
  applyRetention(@Ctx() { em, actor }: Context): Promise<number> {
    const admin = requireActor(actor);
    return em.transactional((tx) => eraseDueWords(tx, admin.organisationId, new Date(), { label: actorLabel(admin), accountId: admin.accountId }));
  }

  @Authorized(PUBLIC)
  @Query(() => [PrivacyContact], { description: 'Public: the organisations responsible for what Heard holds, with their data protection contact (the privacy notice).' })
  privacyContacts(@Ctx() { em }: Context): Promise<PrivacyContact[]> {
    return privacyContacts(em);
  }
}
