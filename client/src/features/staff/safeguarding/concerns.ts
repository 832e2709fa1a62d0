import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';

export const QueueQuery = graphql(`
  query SafeguardingQueue($status: ConcernStatus) {
    safeguardingConcerns(status: $status) {
      id
      status
      severity
      raisedAt
      dueBy
      overdue
      raisedBy
      referralReference
      input {
        id
        kind
        ageBand
        sourceTitle
      }
    }
  }
`);

export const ConcernQuery = graphql(`
  query SafeguardingConcern($id: ID!) {
    safeguardingConcern(id: $id) {
      id
      status
      severity
      raisedAt
      dueBy
      overdue
      raisedBy
      matchedRules
      referralReference
      input {
        id
        kind
        text
        withheld
        ageBand
        capture
        sourceTitle
        createdAt
      }
      notes {
        at
        author
        text
      }
    }
  }
`);

export const OverdueCountQuery = graphql(`
  query OverdueConcernCount {
    overdueConcernCount
  }
`);

export const AcknowledgeMutation = graphql(`
  mutation AcknowledgeConcern($id: ID!, $note: String) {
    acknowledgeConcern(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const ReferMutation = graphql(`
  mutation ReferConcern($id: ID!, $reference: String!, $note: String) {
    referConcern(id: $id, reference: $reference, note: $note) {
      id
      status
      referralReference
    }
  }
`);

export const CloseMutation = graphql(`
  mutation CloseConcern($id: ID!, $note: String!, $releaseText: Boolean) {
    closeConcern(id: $id, note: $note, releaseText: $releaseText) {
      id
      status
      input {
        id
        withheld
      }
    }
  }
`);

export const FlagInputMutation = graphql(`
  mutation FlagInput($inputId: ID!, $note: String!) {
    flagInput(inputId: $inputId, note: $note) {
      id
      status
      input {
        id
        withheld
        text
      }
    }
  }
`);

export type QueueConcern = ResultOf<typeof QueueQuery>['safeguardingConcerns'][number];
export type Concern = ResultOf<typeof ConcernQuery>['safeguardingConcern'];
export type ConcernStatus = Concern['status'];

export const CONCERN_STATUSES: readonly ConcernStatus[] = ['OPEN', 'ACKNOWLEDGED', 'REFERRED', 'CLOSED'];

// An empty queue carries no __typename: name it, so any concern mutation refetches these queries.
const concernContext = { additionalTypenames: ['SafeguardingConcern'] };

export function useQueue(status: ConcernStatus | null) {
  return useQuery({ query: QueueQuery, variables: { status }, context: concernContext, requestPolicy: 'cache-and-network' });
}

export function useConcern(id: string) {
  return useQuery({ query: ConcernQuery, variables: { id }, context: concernContext, requestPolicy: 'cache-and-network' });
}

export function useOverdueCount(pause = false) {
  return useQuery({ query: OverdueCountQuery, context: concernContext, requestPolicy: 'cache-and-network', pause });
}

/** The raiser as staff read it: screening is named in words, a person by their name. */
export const SCREENING = 'SCREENING';

const RULE_CATEGORIES = ['harm', 'sexual', 'self', 'neglect', 'fear', 'missing', 'exploitation', 'domestic'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number] | 'flagged' | 'failed' | 'classifier';

/**
 * Screening rule ids look like `en.harm.adult-hits-child`: the middle part is the kind of harm,
 * which the catalog names. Staff flags and screening failures have their own ids.
 */
export function ruleCategory(rule: string): RuleCategory | undefined {
  if (rule === 'FLAGGED_BY_STAFF') return 'flagged';
  if (rule === 'SCREENING_FAILED') return 'failed';
  if (rule.startsWith('classifier:')) return 'classifier';
  const part = rule.split('.')[1];
  return RULE_CATEGORIES.find((c) => c === part);
}
