import { graphql, type ResultOf } from '../../../graphql';

export const StaffProposalsQuery = graphql(`
  query StaffProposals($status: ProposalStatus, $forumId: ID) {
    proposals(status: $status, forumId: $forumId) {
      id
      title
      status
      votingClosesAt
      votesCast
      forum {
        id
        name
      }
      service {
        id
        name
      }
    }
  }
`);

export const ProposalFormOptionsQuery = graphql(`
  query ProposalFormOptions {
    services {
      id
      name
    }
    forums {
      id
      name
    }
    themes {
      id
      label
    }
  }
`);

export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
      status
    }
  }
`);

const ProposalFields = graphql(`
  fragment StaffProposalFields on Proposal @_unmask {
    id
    title
    problem
    proposedChange
    childSummary
    status
    quorum
    votingClosesAt
    votingClosedAt
    votesCast
    forum {
      id
      name
      members {
        id
      }
    }
    service {
      id
      name
    }
    origin {
      id
      label
    }
    tally {
      for
      against
      abstain
      turnout
      eligible
      quorumMet
    }
    decision {
      id
      title
      youSaidWeDid
    }
    comments {
      id
      author
      text
      hidden
      hiddenReason
      withheld
      fromStaff
      createdAt
    }
  }
`);

export const StaffProposalQuery = graphql(
  `
  query StaffProposal($id: ID!) {
    proposal(id: $id) {
      ...StaffProposalFields
    }
  }
`,
  [ProposalFields],
);

export const OpenVotingMutation = graphql(
  `
  mutation OpenVoting($proposalId: ID!, $closesAt: DateTimeISO!) {
    openVoting(proposalId: $proposalId, closesAt: $closesAt) {
      ...StaffProposalFields
    }
  }
`,
  [ProposalFields],
);

export const CloseVotingMutation = graphql(
  `
  mutation CloseVoting($proposalId: ID!) {
    closeVoting(proposalId: $proposalId) {
      ...StaffProposalFields
    }
  }
`,
  [ProposalFields],
);

export const WithdrawProposalMutation = graphql(
  `
  mutation WithdrawProposal($proposalId: ID!) {
    withdrawProposal(proposalId: $proposalId) {
      ...StaffProposalFields
    }
  }
`,
  [ProposalFields],
);

export const MarkImplementedMutation = graphql(
  `
  mutation MarkProposalImplemented($proposalId: ID!) {
    markProposalImplemented(proposalId: $proposalId) {
      ...StaffProposalFields
    }
  }
`,
  [ProposalFields],
);

export const StaffCommentMutation = graphql(`
  mutation StaffComment($proposalId: ID!, $text: String!, $clientSubmissionId: String!) {
    commentOnProposal(proposalId: $proposalId, text: $text, clientSubmissionId: $clientSubmissionId) {
      id
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($commentId: ID!, $reason: String!) {
    hideComment(commentId: $commentId, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`);

export type StaffProposal = NonNullable<ResultOf<typeof StaffProposalQuery>['proposal']>;
export type ProposalStatus = StaffProposal['status'];

export const proposalContext = { additionalTypenames: ['Proposal', 'ProposalComment'] };

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'OPEN_FOR_VOTING',
  'VOTING_CLOSED',
  'ACCEPTED',
  'ACCEPTED_WITH_CHANGES',
  'NOT_ACCEPTED',
  'IMPLEMENTED',
  'WITHDRAWN',
] as const;

export function formatDateTime(iso: string | null | undefined, language: string): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** A client id for one answer being written, so a retry stores it once. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `answer-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
