import { Migration } from '@mikro-orm/migrations';

/**
 * Tables that belong to an organisation through a parent and so far had no organisation_id of their
 * own: [table, parent table, the column that points at the parent]. Each gets the column (filled
 * from its parent here, and from the transaction's organisation on every later insert) so that one
 * policy shape covers every tenant table.
 */
const CHILDREN: Array<[string, string, string]> = [
  ['session', 'account', 'account_id'],
  ['notification', 'account', 'account_id'],
  ['question', 'survey', 'survey_id'],
  ['answer', 'survey_response', 'response_id'],
  ['receipt_follow', 'survey_response', 'response_id'],
  ['theme_input', 'theme', 'theme_id'],
  ['proposal_theme', 'proposal', 'proposal_id'],
  ['proposal_comment', 'proposal', 'proposal_id'],
  ['vote', 'proposal', 'proposal_id'],
  ['decision_theme', 'decision', 'decision_id'],
  ['decision_proposal', 'decision', 'decision_id'],
  ['decision_input', 'decision', 'decision_id'],
  ['change_update', 'service_change', 'change_id'],
  ['service_cohort', 'service', 'service_id'],
  ['concern_note', 'safeguarding_concern', 'concern_id'],
];

/** Tables that already carried organisation_id. */
const OWNERS = [
  'account', 'access_code', 'audit_entry', 'service', 'survey', 'survey_response', 'voice_input', 'theme', 'forum',
  'proposal', 'decision', 'service_change', 'consultation_event', 'safeguarding_concern', 'screening_rule_set',
];

/**
 * Row-level security on every table that holds an organisation's data: a row is visible and
 * writable only while the transaction's `heard.organisation_id` names its organisation (set with
 * set_config(..., true) by the server, shared/tenancy.ts). FORCE applies the policies to the
 * tables' owner too; only a superuser or a BYPASSRLS role (migrations, demo seed, the narrow
 * look-up function below) sees across organisations.
 */
export class Migration20261203133000_tenancy extends Migration {

  override async up(): Promise<void> {
    // The organisation the current transaction works for; null when none is set.
    this.addSql(`create function heard_current_organisation() returns uuid language sql stable parallel safe as
      $$ select nullif(current_setting('heard.organisation_id', true), '')::uuid $$;`);

    // One call per new tenant table (later migrations use it too): ENABLE + FORCE + the policy.
    this.addSql(`create function heard_enable_tenancy(t regclass) returns void language plpgsql as $$
      begin
        execute format('alter table %s enable row level security', t);
        execute format('alter table %s force row level security', t);
        execute format('create policy tenant_isolation on %s using (organisation_id = heard_current_organisation()) with check (organisation_id = heard_current_organisation())', t);
      end $$;`);

    // Outside a tenant transaction (the owner seeding demo data or tests setting up), a child row
    // takes its parent's organisation. Skipped whenever the default already filled it in.
    this.addSql(`create function heard_organisation_from_parent() returns trigger language plpgsql as $$
      begin
        execute format('select organisation_id from %I where id = $1', tg_argv[0])
          into new.organisation_id using (to_jsonb(new) ->> tg_argv[1])::uuid;
        return new;
      end $$;`);
    for (const [table, parent, column] of CHILDREN) {
      this.addSql(`alter table "${table}" add column "organisation_id" uuid;`);
      this.addSql(`update "${table}" c set "organisation_id" = p."organisation_id" from "${parent}" p where p."id" = c."${column}";`);
      this.addSql(`alter table "${table}" alter column "organisation_id" set not null, alter column "organisation_id" set default heard_current_organisation();`);
      this.addSql(`create trigger organisation_from_parent before insert on "${table}" for each row
        when (new.organisation_id is null) execute function heard_organisation_from_parent('${parent}', '${column}');`);
    }

    // The organisation row itself is visible only to its own transactions.
    this.addSql(`alter table "organisation" enable row level security;`);
    this.addSql(`alter table "organisation" force row level security;`);
    this.addSql(`create policy tenant_isolation on "organisation" using (id = heard_current_organisation()) with check (id = heard_current_organisation());`);
    for (const table of [...OWNERS, ...CHILDREN.map(([t]) => t)]) this.addSql(`select heard_enable_tenancy('"${table}"');`);

    // The public entry points (sign-in, a session cookie, join codes, survey links, receipts, event
    // codes, you-said-we-did pages) know a key, not an organisation: this answers only "which
    // organisation does this key belong to", nothing else, and runs as the owner to see across them.
    this.addSql(`create function heard_organisation_of(kind text, key text) returns uuid
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        is_uuid boolean := key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
      begin
        case kind
          when 'session' then
            -- Only a live session: an ended one leaves an anonymous request with no organisation.
            return (select a.organisation_id from session s join account a on a.id = s.account_id
                     where s.token_hash = key and s.revoked_at is null and s.expires_at > now() and a.deactivated_at is null);
          when 'account_email' then
            return (select organisation_id from account where email = key);
          when 'access_code' then
            return (select organisation_id from access_code where code_hash = key);
          when 'survey' then
            return case when is_uuid then (select organisation_id from survey where id = key::uuid) end;
          when 'survey_share_code' then
            return (select organisation_id from survey where share_code = key);
          when 'receipt' then
            return (select organisation_id from survey_response where receipt_code = key);
          when 'event_feedback_code' then
            return (select organisation_id from consultation_event where feedback_code = key);
          when 'service' then
            return case when is_uuid then (select organisation_id from service where id = key::uuid) end;
          else
            raise exception 'heard_organisation_of: unknown kind %', kind using errcode = '22023';
        end case;
      end $$;`);
    this.addSql(`revoke all on function heard_organisation_of(text, text) from public;`);
    // Background jobs work organisation by organisation (shared/tenancy.ts, forEachOrganisation):
    // this is the list they start from, and all it tells.
    this.addSql(`create function heard_organisation_ids() returns setof uuid
      language sql stable security definer set search_path = public, pg_temp as $$ select id from organisation order by id $$;`);
    this.addSql(`revoke all on function heard_organisation_ids() from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists heard_organisation_ids();`);
    this.addSql(`drop function if exists heard_organisation_of(text, text);`);
    for (const table of ['organisation', ...OWNERS, ...CHILDREN.map(([t]) => t)]) {
      this.addSql(`drop policy if exists tenant_isolation on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    for (const [table] of CHILDREN) {
      this.addSql(`drop trigger if exists organisation_from_parent on "${table}";`);
      this.addSql(`alter table "${table}" drop column "organisation_id";`);
    }
    this.addSql(`drop function if exists heard_organisation_from_parent();`);
    this.addSql(`drop function if exists heard_enable_tenancy(regclass);`);
    this.addSql(`drop function if exists heard_current_organisation();`);
  }

}
