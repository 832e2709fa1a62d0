import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { addRuleSet, listRuleSets, setRuleSetActive } from './rule-set.service.js';
import { ScreeningRuleSetView } from './rule-set.types.js';

@Resolver()
export class ScreeningRuleSetResolver {
  @Authorized(Role.ADMIN, Role.SAFEGUARDING_LEAD)
  @Query(() => [ScreeningRuleSetView], { description: "The organisation's own screening rule sets, used beside the built-in ones." })
  screeningRuleSets(@Ctx() { em, actor }: Context) {
    return listRuleSets(em, requireActor(actor));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScreeningRuleSetView, { description: 'Adds a rule set from its JSON ({ version, language, rules }); active at once.' })
  addScreeningRuleSet(@Arg('rules', () => String) rules: string, @Ctx() { em, actor, app }: Context) {
    return addRuleSet(em, requireActor(actor), app, rules);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScreeningRuleSetView)
  setScreeningRuleSetActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() { em, actor, app }: Context) {
    return setRuleSetActive(em, requireActor(actor), app, id, active);
  }
}
