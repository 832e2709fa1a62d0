import { graphql, type ResultOf } from '../../graphql';

export const ForumProposalsQuery = graphql(`
  query ForumProposals {
    proposals {
      id
      title
      childSummary
      status
      votingClosesAt
      myVote
      tally {
        for
        against
        abstain
        turnout
        eligible
        quorumMet
      }
    }
  }
`);

export const ForumProposalQuery = graphql(`
  query ForumProposal($id: ID!) {
    proposal(id: $id) {
      id
      title
      childSummary
      problem
      proposedChange
      status
      votingClosesAt
      myVote
      myVoteAt
      quorum
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
        youSaidWeDid
      }
      comments {
        id
        author
        text
        hidden
        withheld
        mine
        fromStaff
        createdAt
      }
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($proposalId: ID!, $choice: VoteChoice!, $reason: String) {
    castVote(proposalId: $proposalId, choice: $choice, reason: $reason) {
      id
      status
      myVote
      myVoteAt
      support {
        message
        contacts {
          name
          phone
          url
        }
      }
    }
  }
`);

export const ForumCommentMutation = graphql(`
  mutation ForumComment($proposalId: ID!, $text: String!, $clientSubmissionId: String!) {
    commentOnProposal(proposalId: $proposalId, text: $text, clientSubmissionId: $clientSubmissionId) {
      id
      author
      text
      hidden
      withheld
      mine
      fromStaff
      createdAt
      support {
        message
        contacts {
          name
          phone
          url
        }
      }
    }
  }
`);

export const LeaveForumMutation = graphql(`
  mutation LeaveForum {
    leaveForum
  }
`);

export type ForumProposal = NonNullable<ResultOf<typeof ForumProposalQuery>['proposal']>;
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';
export type Support = NonNullable<ResultOf<typeof CastVoteMutation>['castVote']['support']>;

// Lists of proposals carry no __typename when empty: name the type so votes refetch them.
export const proposalContext = { additionalTypenames: ['Proposal', 'ProposalComment'] };

/** "Friday 5:00 pm" this week, or with the date when further away, in the page language. */
export function formatWhen(iso: string, language: string): string {
  const at = new Date(iso);
  const soon = at.getTime() - Date.now() < 6 * 86_400_000;
  return new Intl.DateTimeFormat(language, soon ? { weekday: 'long', hour: 'numeric', minute: '2-digit' } : { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A client id for one comment being written, so a retry after a lost answer stores it once. */
export function newSubmissionId(): string {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `comment-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
