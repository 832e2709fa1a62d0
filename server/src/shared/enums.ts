import { registerEnumType } from 'type-graphql';

/** UK school phases and care-leaver support; picks how a question is worded and shown. */
export enum AgeBand {
  AGE_4_TO_7 = 'AGE_4_TO_7',
  AGE_8_TO_11 = 'AGE_8_TO_11',
  AGE_12_TO_17 = 'AGE_12_TO_17',
  AGE_18_TO_25 = 'AGE_18_TO_25',
  PARENT_CARER = 'PARENT_CARER',
  NOT_SAID = 'NOT_SAID',
}
registerEnumType(AgeBand, { name: 'AgeBand' });

export enum Role {
  ADMIN = 'ADMIN',
  COMMISSIONER = 'COMMISSIONER',
  PRACTITIONER = 'PRACTITIONER',
  SAFEGUARDING_LEAD = 'SAFEGUARDING_LEAD',
  FORUM_MEMBER = 'FORUM_MEMBER',
  PARTICIPANT = 'PARTICIPANT',
}
registerEnumType(Role, { name: 'Role' });

export const STAFF_ROLES = [Role.ADMIN, Role.COMMISSIONER, Role.PRACTITIONER, Role.SAFEGUARDING_LEAD] as const;
export const isStaff = (role: Role) => (STAFF_ROLES as readonly Role[]).includes(role);

/** How an answer reached the platform. */
export enum Channel {
  ONLINE = 'ONLINE',
  ASSISTED = 'ASSISTED',
  PAPER = 'PAPER',
  EVENT = 'EVENT',
}
registerEnumType(Channel, { name: 'Channel' });

/**
 * How faithfully a voice was recorded: in the person's own words, read to them and answered by
 * them, written down by a worker as they said it, or a worker's summary.
 */
export enum Capture {
  OWN_WORDS = 'OWN_WORDS',
  READ_TO_THEM = 'READ_TO_THEM',
  SCRIBED = 'SCRIBED',
  SUMMARISED = 'SUMMARISED',
}
registerEnumType(Capture, { name: 'Capture' });

export enum InputKind {
  SURVEY_ANSWER = 'SURVEY_ANSWER',
  EVENT_CONTRIBUTION = 'EVENT_CONTRIBUTION',
  PROPOSAL_COMMENT = 'PROPOSAL_COMMENT',
  VOTE_REASON = 'VOTE_REASON',
}
registerEnumType(InputKind, { name: 'InputKind' });
