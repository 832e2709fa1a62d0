import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140748_oneopenconcern extends Migration {

  override async up(): Promise<void> {
    // Two flags racing could open two concerns on one input before this index existed: keep the
    // earliest open, close the others with a note naming it, so the leads' history is kept.
    this.addSql(`with ranked as (
      select id, first_value(id) over (partition by input_id order by raised_at, id) as keep
        from "safeguarding_concern" where "status" <> 'CLOSED'
    ), closed as (
      update "safeguarding_concern" c set "status" = 'CLOSED', "closed_at" = now()
        from ranked r where c.id = r.id and r.id <> r.keep
      returning c.id, r.keep
    )
    insert into "concern_note" ("id", "concern_id", "at", "author", "text")
    select gen_random_uuid(), id, now(), 'system', 'Closed as a duplicate of concern ' || keep || ' on the same words.' from closed;`);
    this.addSql(`create unique index "safeguarding_concern_one_open_per_input" on "safeguarding_concern" ("input_id") where "status" <> 'CLOSED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "safeguarding_concern_one_open_per_input";`);
  }

}
