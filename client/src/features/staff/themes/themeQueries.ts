import { graphql, type ResultOf } from '../../../graphql';

export const InputFields = graphql(`
  fragment TraceInputFields on VoiceInput {
    id
    kind
    text
    withheld
    ageBand
    capture
    sourceTitle
    createdAt
    themes {
      id
      label
    }
  }
`);

export const WorkspaceQuery = graphql(
  `
  query TaggingWorkspace($filter: InputFilter, $first: Int, $after: String) {
    inputs(filter: $filter, first: $first, after: $after) {
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
`,
  [InputFields],
);

export const ThemesQuery = graphql(`
  query ThemeList($serviceId: ID) {
    themes(serviceId: $serviceId) {
      id
      label
      description
      inputCount
      service {
        id
        name
      }
    }
  }
`);

export const ThemeQuery = graphql(`
  query ThemeDetail($id: ID!) {
    theme(id: $id) {
      id
      label
      description
      inputCount
      service {
        id
        name
      }
      countsBySource {
        kind
        count
        suppressed
      }
      countsByAgeBand {
        ageBand
        count
        suppressed
      }
      proposals {
        id
        title
        status
      }
      decisions {
        id
        title
        outcome
        decidedAt
      }
    }
  }
`);

export const ThemeInputsQuery = graphql(
  `
  query ThemeInputs($id: ID!, $first: Int, $after: String) {
    theme(id: $id) {
      id
      inputs(first: $first, after: $after) {
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

export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      id
      label
      inputCount
    }
  }
`);

export const TagInputsMutation = graphql(`
  mutation TagInputs($themeId: ID!, $inputIds: [ID!]!) {
    tagInputs(themeId: $themeId, inputIds: $inputIds) {
      id
      label
      inputCount
    }
  }
`);

export const UntagInputMutation = graphql(`
  mutation UntagInput($themeId: ID!, $inputId: ID!) {
    untagInput(themeId: $themeId, inputId: $inputId) {
      id
      inputCount
    }
  }
`);

export type ThemeSummary = ResultOf<typeof ThemesQuery>['themes'][number];

export const RenameThemeMutation = graphql(`
  mutation RenameTheme($id: ID!, $label: String!, $description: String) {
    renameTheme(id: $id, label: $label, description: $description) {
      id
      label
      description
    }
  }
`);

export const MergeThemesMutation = graphql(`
  mutation MergeThemes($intoId: ID!, $fromIds: [ID!]!) {
    mergeThemes(intoId: $intoId, fromIds: $fromIds) {
      id
      label
      inputCount
    }
  }
`);
