import { graphql, type ResultOf } from '../../../graphql';
import { InputFields } from '../themes/themeQueries';

export const DecisionsQuery = graphql(`
  query DecisionList($serviceId: ID) {
    decisions(serviceId: $serviceId) {
      id
      title
      outcome
      decidedAt
      decidedBy
      published
      evidenceCount
      service {
        id
        name
      }
      changes {
        id
        status
      }
    }
  }
`);

export const DecisionQuery = graphql(`
  query DecisionDetail($id: ID!) {
    decision(id: $id) {
      id
      title
      summary
      rationale
      outcome
      decidedAt
      decidedBy
      youSaidWeDid
      published
      amendedAt
      history {
        at
        by
        reason
        title
        summary
        rationale
        outcome
        youSaidWeDid
      }
      evidenceCount
      service {
        id
        name
      }
      themes {
        id
        label
        inputCount
      }
      proposals {
        id
        title
        status
      }
      changes {
        id
        title
        description
        status
        service {
          id
          name
        }
        updates {
          at
          status
          note
        }
      }
    }
  }
`);

export const EvidenceQuery = graphql(
  `
  query DecisionEvidence($id: ID!, $first: Int, $after: String) {
    decision(id: $id) {
      id
      evidence(first: $first, after: $after) {
        totalCount
        edges {
          node {
            ...TraceInputFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`,
  [InputFields],
);

export const DecisionFormOptionsQuery = graphql(`
  query DecisionFormOptions {
    services {
      id
      name
    }
    themes {
      id
      label
      inputCount
      service {
        id
        name
      }
    }
    proposals(status: VOTING_CLOSED) {
      id
      title
      status
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

export const RecordChangeMutation = graphql(`
  mutation RecordServiceChange($input: RecordServiceChangeInput!) {
    recordServiceChange(input: $input) {
      id
      status
    }
  }
`);

export const UpdateChangeMutation = graphql(`
  mutation UpdateServiceChange($id: ID!, $status: ChangeStatus!, $note: String!) {
    updateServiceChange(id: $id, status: $status, note: $note) {
      id
      status
      updates {
        at
        status
        note
      }
    }
  }
`);

export type DecisionDetail = NonNullable<ResultOf<typeof DecisionQuery>['decision']>;

export const AmendDecisionMutation = graphql(`
  mutation AmendDecision($id: ID!, $input: AmendDecisionInput!, $reason: String!) {
    amendDecision(id: $id, input: $input, reason: $reason) {
      id
      title
      summary
      rationale
      outcome
      youSaidWeDid
      published
      amendedAt
      history {
        at
        by
        reason
        title
        summary
        rationale
        outcome
        youSaidWeDid
      }
    }
  }
`);
