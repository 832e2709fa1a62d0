import { graphql, type ResultOf, type VariablesOf } from '../../../graphql';

export const EVENT_KINDS = ['SCHOOL_SESSION', 'YOUTH_FORUM', 'DROP_IN', 'FOCUS_GROUP', 'HOME_VISIT', 'ONLINE', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** How a voice is captured at an event, most faithful first. */
export const EVENT_CAPTURES = ['OWN_WORDS', 'SCRIBED', 'SUMMARISED'] as const;
export type EventCapture = (typeof EVENT_CAPTURES)[number];
export const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The server's limits (events/event.service.ts), checked here first so people see them at once. */
export const LIMITS = { text: 5000, speakerLabel: 100, attendance: 10_000, title: 200, venue: 200, question: 500, questions: 20, report: 20_000, whatWeHeard: 5000 };

// Lists carry no __typename when empty: name the types, so creating or recording refetches them.
export const eventsContext = { additionalTypenames: ['ConsultationEvent', 'VoiceInput'] };

export const EventsQuery = graphql(`
  query StaffEvents($serviceId: ID) {
    events(serviceId: $serviceId) {
      id
      title
      kind
      status
      startsAt
      venue
      totalAttendance
      service {
        id
        name
      }
    }
  }
`);
export type EventSummary = ResultOf<typeof EventsQuery>['events'][number];

// Fields are written out rather than spread from fragments: each fragment level multiplies the
// query's cost under the server's cost limit (GraphQL Armor), and these pages ask for a lot.

export const ServiceQualityQuery = graphql(`
  query ServiceVoiceQuality($serviceId: ID!) {
    voiceQuality(serviceId: $serviceId) {
      events
      contributions
      consentToQuote
      consentToQuoteShare
      consentToQuoteSuppressed
      totalAttendance
      suppressionThreshold
      byCapture {
        capture
        count
        share
        suppressed
      }
      attendance {
        ageBand
        count
        suppressed
      }
    }
  }
`);
export type Quality = ResultOf<typeof ServiceQualityQuery>['voiceQuality'];

export const EventQuery = graphql(`
  query StaffEvent($id: ID!) {
    event(id: $id) {
      id
      title
      kind
      status
      startsAt
      endsAt
      venue
      questions
      feedbackCode
      report
      whatWeHeard
      closedAt
      cancelledReason
      totalAttendance
      service {
        id
        name
      }
      attendance {
        ageBand
        count
      }
      quality {
        events
        contributions
        consentToQuote
        consentToQuoteShare
        consentToQuoteSuppressed
        totalAttendance
        suppressionThreshold
        byCapture {
          capture
          count
          share
          suppressed
        }
        attendance {
          ageBand
          count
          suppressed
        }
      }
    }
  }
`);
export type StaffEvent = NonNullable<ResultOf<typeof EventQuery>['event']>;

/** What was said at an event, 50 at a time, newest first. */
export const ContributionsQuery = graphql(`
  query EventContributions($id: ID!, $after: String) {
    event(id: $id) {
      id
      contributions(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            text
            withheld
            ageBand
            capture
            speakerLabel
            consentToQuote
            createdAt
          }
        }
      }
    }
  }
`);
export type Contribution = NonNullable<ResultOf<typeof ContributionsQuery>['event']>['contributions']['edges'][number]['node'];

/** Just enough of an event for the capture screen (small, so it loads fast on a poor connection). */
export const CaptureEventQuery = graphql(`
  query CaptureEvent($id: ID!) {
    event(id: $id) {
      id
      title
      status
      questions
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);
export type CreateEventInput = VariablesOf<typeof CreateEventMutation>['input'];

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($eventId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(eventId: $eventId, attendance: $attendance) {
      id
      status
      totalAttendance
      attendance {
        ageBand
        count
      }
    }
  }
`);

/** Sent through the device's outbox; `withheld` tells the practitioner a disclosure went to a safeguarding lead. */
export const RecordContributionMutation = graphql(`
  mutation RecordContribution($input: ContributionInput!) {
    recordContribution(input: $input) {
      id
      withheld
    }
  }
`);
export type ContributionInput = VariablesOf<typeof RecordContributionMutation>['input'];

export const CloseEventMutation = graphql(`
  mutation CloseEvent($eventId: ID!, $report: String!, $whatWeHeard: String!) {
    closeEvent(eventId: $eventId, report: $report, whatWeHeard: $whatWeHeard) {
      id
      status
      report
      whatWeHeard
      closedAt
    }
  }
`);

/** The outbox kind of a queued contribution. */
export const CONTRIBUTION_KIND = 'eventContribution';

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      id
      status
      cancelledReason
    }
  }
`);

export const CorrectContributionMutation = graphql(`
  mutation CorrectContribution($inputId: ID!, $text: String!, $reason: String!) {
    correctContribution(inputId: $inputId, text: $text, reason: $reason) {
      id
      text
      withheld
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      title
      kind
      startsAt
      endsAt
      venue
      questions
      service {
        id
        name
      }
    }
  }
`);
