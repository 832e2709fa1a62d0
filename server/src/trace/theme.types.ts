import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { InputKind } from '../shared/enums.js';
import type { Theme } from './theme.entity.js';

/**
 * A theme as the API shows it (GraphQL `Theme`). Other features return these from their own
 * fields (e.g. `Proposal.origin`): build one with {@link toThemeView} from the entity or
 * {@link themeFromRow} from a raw row. The field resolvers in theme.resolver.ts add `service`,
 * `inputCount`, `inputs`, `proposals`, `decisions` and the suppressed breakdowns, each batched.
 */
@ObjectType('Theme')
export class ThemeView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  /** For the `service` field resolver. */
  serviceId!: string | null;

  /** Whose theme it is: field authorization reads it (shared/auth.ts `roleOver`). */
  organisationId!: string;
}

export function toThemeView(theme: Theme): ThemeView {
  return { id: theme.id, label: theme.label, description: theme.description, createdAt: theme.createdAt, serviceId: theme.service?.id ?? null, organisationId: theme.organisation.id };
}

/** Columns a raw theme query selects, with `t` the theme table. */
export const THEME_COLUMNS = 't.id, t.label, t.description, t.service_id, t.created_at, t.organisation_id';

export interface ThemeRow {
  id: string;
  label: string;
  description: string | null;
  service_id: string | null;
  created_at: Date | string;
  organisation_id: string;
}

export function themeFromRow(row: ThemeRow): ThemeView {
  return { id: row.id, label: row.label, description: row.description, serviceId: row.service_id, createdAt: new Date(row.created_at), organisationId: row.organisation_id };
}

/** How many of a theme's inputs came from one kind of source; counts under the threshold are withheld. */
@ObjectType()
export class InputKindCount {
  @Field(() => InputKind)
  kind!: InputKind;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@InputType()
export class CreateThemeInput {
  @Field(() => String)
  @Length(1, 120, { message: 'Enter a theme of up to 120 characters.' })
  label!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The description must be at most 2000 characters.' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;
}

/** At most this many inputs are tagged in one request (a page of the workspace is 100). */
export const MAX_TAG_BATCH = 500;

@ArgsType()
export class TagInputsArgs {
  @Field(() => ID)
  themeId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one input.' })
  @ArrayMaxSize(MAX_TAG_BATCH, { message: `Tag at most ${MAX_TAG_BATCH} inputs at a time.` })
  inputIds!: string[];
}
