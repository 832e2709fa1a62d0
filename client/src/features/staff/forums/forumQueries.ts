import { graphql, type ResultOf } from '../../../graphql';

export const StaffForumsQuery = graphql(`
  query StaffForums {
    forums {
      id
      name
      description
      members {
        id
        displayName
        ageBand
      }
    }
  }
`);

export const CreateForumMutation = graphql(`
  mutation CreateForum($name: String!, $description: String) {
    createForum(name: $name, description: $description) {
      id
      name
      description
      members {
        id
      }
    }
  }
`);

export const AddForumMemberMutation = graphql(`
  mutation AddForumMember($forumId: ID!, $displayName: String!, $ageBand: AgeBand) {
    addForumMember(forumId: $forumId, displayName: $displayName, ageBand: $ageBand) {
      joinCode
      expiresAt
      member {
        id
        displayName
        ageBand
      }
    }
  }
`);

export const ReissueForumCodeMutation = graphql(`
  mutation ReissueForumCode($memberId: ID!) {
    reissueForumCode(memberId: $memberId) {
      joinCode
      expiresAt
      member {
        id
        displayName
        ageBand
      }
    }
  }
`);

export const RemoveForumMemberMutation = graphql(`
  mutation RemoveForumMember($memberId: ID!) {
    removeForumMember(memberId: $memberId) {
      id
      members {
        id
        displayName
        ageBand
      }
    }
  }
`);

export type StaffForum = ResultOf<typeof StaffForumsQuery>['forums'][number];
export type Invite = ResultOf<typeof AddForumMemberMutation>['addForumMember'];

// An empty list has no __typename: name the types so creating a forum or member refetches lists.
export const forumContext = { additionalTypenames: ['Forum', 'ForumMember'] };

export const AGE_BANDS = ['AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'NOT_SAID'] as const;
export type ForumAgeBand = (typeof AGE_BANDS)[number];
