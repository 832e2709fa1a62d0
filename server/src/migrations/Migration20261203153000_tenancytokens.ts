import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security for the tables added beside it: single sign-on attempts, a decision's earlier
 * versions and staff link tokens belong to their organisation, and two more public keys find theirs — a staff invitation or reset link's token
 * (its account's organisation) and a single sign-on state.
 */
export class Migration20261203153000_tenancytokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`select heard_enable_tenancy('"oidc_login"');`);
    // A decision's earlier versions and a staff member's link tokens belong through their parent.
    for (const [table, parent, column] of [['decision_version', 'decision', 'decision_id'], ['account_token', 'account', 'account_id']]) {
      this.addSql(`alter table "${table}" add column "organisation_id" uuid;`);
      this.addSql(`update "${table}" c set "organisation_id" = p."organisation_id" from "${parent}" p where p."id" = c."${column}";`);
      this.addSql(`alter table "${table}" alter column "organisation_id" set not null, alter column "organisation_id" set default heard_current_organisation();`);
      this.addSql(`create trigger organisation_from_parent before insert on "${table}" for each row
        when (new.organisation_id is null) execute function heard_organisation_from_parent('${parent}', '${column}');`);
      this.addSql(`select heard_enable_tenancy('"${table}"');`);
    }
    this.addSql(`create or replace function heard_organisation_of(kind text, key text) returns uuid
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
          when 'account_token' then
            return (select a.organisation_id from account_token t join account a on a.id = t.account_id where t.token_hash = key);
          when 'oidc_state' then
            return (select organisation_id from oidc_login where state_hash = key);
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
  }
}
