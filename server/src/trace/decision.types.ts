import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Authorized, Field, ID, InputType, ObjectType } from 'type-graphql';
import { STAFF } from '../shared/auth.js';
import { ChangeStatus, Outcome, type ChangeUpdate, type Decision, type ServiceChange } from './decision.entity.js';

/**
 * A decision as the API shows it (GraphQL `Decision`). Other features return these from their own
 * fields (e.g. `Proposal.decision`): build one with {@link toDecisionView} or
 * {@link decisionFromRow}, or use `latestDecisionsForProposals` (decision.service.ts). The field
 * resolvers in decision.resolver.ts add `service`, `themes`, `proposals`, `evidenceCount`,
 * `evidence` and `changes`, each batched; `evidence` (children's words) is for consultation staff only.
 */
@ObjectType('Decision')
export class DecisionView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'Why — including why not, when the outcome is NOT_ADOPTED.' })
  rationale!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  decidedBy!: string;

  @Field(() => String, { description: 'Plain words for children and families: what you said, what we did.' })
  youSaidWeDid!: string;

  @Field(() => Boolean, { description: 'Shown on the public "you said, we did" page.' })
  published!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the decision was last amended ("updated on"); null if never.' })
  amendedAt!: Date | null;

  /** For the `service` field resolver. */
  serviceId!: string | null;

  /** Whose decision it is: field authorization reads it (shared/auth.ts `roleOver`). */
  organisationId!: string;
}

@ObjectType('DecisionVersion', { description: 'A decision as it stood before an amendment.' })
export class DecisionVersionView {
  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  by!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  rationale!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => String)
  youSaidWeDid!: string;
}

@InputType()
export class AmendDecisionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'Enter a title of up to 300 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'Say what was decided, in up to 4000 characters.' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'Say why, in up to 4000 characters.' })
  rationale?: string | null;

  @Field(() => Outcome, { nullable: true })
  outcome?: Outcome | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'Write “you said, we did” in up to 4000 characters.' })
  youSaidWeDid?: string | null;

  @Field(() => Boolean, { nullable: true })
  published?: boolean | null;
}

export function toDecisionView(d: Decision): DecisionView {
  return {
    id: d.id,
    title: d.title,
    summary: d.summary,
    rationale: d.rationale,
    outcome: d.outcome,
    decidedAt: d.decidedAt,
    decidedBy: d.decidedBy,
    youSaidWeDid: d.youSaidWeDid,
    published: d.published,
    amendedAt: d.amendedAt,
    serviceId: d.service?.id ?? null,
    organisationId: d.organisation.id,
  };
}

/** Columns a raw decision query selects, with `d` the decision table. */
export const DECISION_COLUMNS = 'd.id, d.title, d.summary, d.rationale, d.outcome, d.decided_at, d.decided_by, d.you_said_we_did, d.published, d.service_id, d.amended_at, d.organisation_id';

export interface DecisionRow {
  id: string;
  title: string;
  summary: string;
  rationale: string;
  outcome: Outcome;
  decided_at: Date | string;
  decided_by: string;
  you_said_we_did: string;
  published: boolean;
  service_id: string | null;
  amended_at: Date | string | null;
  organisation_id: string;
}

export function decisionFromRow(r: DecisionRow): DecisionView {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    rationale: r.rationale,
    outcome: r.outcome,
    decidedAt: new Date(r.decided_at),
    decidedBy: r.decided_by,
    youSaidWeDid: r.you_said_we_did,
    published: r.published,
    amendedAt: r.amended_at ? new Date(r.amended_at) : null,
    serviceId: r.service_id,
    organisationId: r.organisation_id,
  };
}

@ObjectType('ChangeUpdate')
export class ChangeUpdateView {
  @Field(() => Date)
  at!: Date;

  @Field(() => ChangeStatus)
  status!: ChangeStatus;

  /** A member of staff's progress note: staff only (the public page shows the status). */
  @Authorized(...STAFF)
  @Field(() => String)
  note!: string;
}

export function toChangeUpdateView(u: ChangeUpdate): ChangeUpdateView {
  return { at: u.at, status: u.status, note: u.note };
}

/** A change to a service that follows a decision (GraphQL `ServiceChange`). */
@ObjectType('ServiceChange')
export class ServiceChangeView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ChangeStatus)
  status!: ChangeStatus;

  /** For the `service`, `decision` and `updates` field resolvers. */
  serviceId!: string;
  decisionId!: string;
  /** Whose change it is: field authorization reads it (shared/auth.ts `roleOver`). */
  organisationId!: string;
}

export function toServiceChangeView(c: ServiceChange): ServiceChangeView {
  return { id: c.id, title: c.title, description: c.description, status: c.status, serviceId: c.service.id, decisionId: c.decision.id, organisationId: c.organisation.id };
}

export const CHANGE_COLUMNS = 'c.id, c.title, c.description, c.status, c.service_id, c.decision_id, c.organisation_id';

export interface ChangeRow {
  id: string;
  title: string;
  description: string;
  status: ChangeStatus;
  service_id: string;
  decision_id: string;
  organisation_id: string;
}

export function changeFromRow(r: ChangeRow): ServiceChangeView {
  return { id: r.id, title: r.title, description: r.description, status: r.status, serviceId: r.service_id, decisionId: r.decision_id, organisationId: r.organisation_id };
}

/** Evidence a single decision may cite, per kind. */
export const MAX_EVIDENCE = 500;

@InputType()
export class RecordDecisionInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Say what was decided, in up to 4000 characters.' })
  summary!: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Say why, in up to 4000 characters.' })
  rationale!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  @Length(1, 200, { message: 'Say who decided (a board or a role), in up to 200 characters.' })
  decidedBy!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Write “you said, we did” in plain words, in up to 2000 characters.' })
  youSaidWeDid!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE, { message: `Cite at most ${MAX_EVIDENCE} themes.` })
  themeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE, { message: `Cite at most ${MAX_EVIDENCE} proposals.` })
  proposalIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE, { message: `Cite at most ${MAX_EVIDENCE} inputs.` })
  inputIds?: string[] | null;

  /** The service the decision is about; when absent, the service its themes and proposals share. */
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  /** Shown on the public "you said, we did" page and to receipt holders (default true). */
  @Field(() => Boolean, { nullable: true })
  published?: boolean | null;
}

@InputType()
export class RecordServiceChangeInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Describe the change, in up to 4000 characters.' })
  description!: string;

  @Field(() => ChangeStatus)
  status!: ChangeStatus;
}
