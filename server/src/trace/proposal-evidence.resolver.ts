import type { EntityManager } from '@mikro-orm/postgresql';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ProposalTheme, type Proposal } from '../proposals/proposal.entity.js';
import { ProposalView } from '../proposals/proposal.types.js';
import { requireActor, STAFF, staffOver } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { byKey, loader } from '../shared/loaders.js';
import { DECISION_COLUMNS, DecisionView, decisionFromRow, type DecisionRow } from './decision.types.js';
import type { Theme } from './theme.entity.js';
import { ThemeView, toThemeView } from './theme.types.js';

/** Themes that inspired each proposal (its origin), in the order they were linked. */
async function originsOf(em: EntityManager, proposalIds: readonly string[]): Promise<Theme[][]> {
  const links = await em.find(ProposalTheme, { proposal: { $in: [...proposalIds] } }, { populate: ['theme'], orderBy: { linkedAt: 'asc' } });
  return proposalIds.map((id) => links.filter((l) => l.proposal.id === id).map((l) => l.theme as Theme));
}

/**
 * The evidence chain's fields on a proposal: where it came from (themes) and what was decided.
 * They live with the chain (trace/), so proposals/ needs nothing of trace's.
 */
@Resolver(() => ProposalView)
export class ProposalEvidenceResolver {
  // The proposal's readers (its organisation's staff, the members of its forum), as proposals/ says.
  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @FieldResolver(() => [ThemeView], { description: 'The themes that inspired the proposal (traceability).' })
  async origin(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<ThemeView[]> {
    const themes = await loader(ctx, 'proposal.origin', (ids: readonly string[]) => originsOf(ctx.em, ids)).load(proposal.id);
    return themes.map(toThemeView);
  }

  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @FieldResolver(() => DecisionView, { nullable: true, description: 'The latest decision that cites this proposal (forum members: published ones only).' })
  decision(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<DecisionView | null> {
    // Unpublished decisions: the proposal's organisation's staff only (one loader per answer).
    const staff = staffOver(ctx.actor, proposal);
    return loader<string, DecisionView | null>(ctx, `proposal.decision.${staff ? 'staff' : 'published'}`, async (ids) => {
      const rows: Array<DecisionRow & { proposal_id: string }> = await ctx.em.getConnection().execute(
        `select distinct on (dp.proposal_id) dp.proposal_id, ${DECISION_COLUMNS}
           from decision_proposal dp join decision d on d.id = dp.decision_id
          where dp.proposal_id in (?) and d.organisation_id = ? ${staff ? '' : 'and d.published'}
          order by dp.proposal_id, d.decided_at desc, d.created_at desc`,
        [ids, requireActor(ctx.actor).organisationId],
      );
      return byKey(ids, rows, (r) => r.proposal_id, decisionFromRow, null);
    }).load(proposal.id);
  }
}
