import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';

export const QuestionFields = graphql(`
  fragment StaffQuestionFields on Question @_unmask {
    id
    type
    prompt
    required
    scaleMax
    maxLength
    position
    wordings {
      ageBand
      text
    }
    choices {
      id
      label
      emoji
    }
  }
`);

export const StaffSurveyQuery = graphql(
  `
    query StaffSurvey($id: ID!) {
      survey(id: $id) {
        id
        title
        purpose
        whatHappensNext
        status
        access
        audience
        closesAt
        shareCode
        responseCount
        language
        translations {
          language
          complete
          title
          purpose
          whatHappensNext
          questions {
            questionId
            prompt
            choiceLabels
          }
        }
        service {
          id
          name
        }
        questions {
          ...StaffQuestionFields
        }
      }
    }
  `,
  [QuestionFields],
);

export type StaffSurvey = NonNullable<ResultOf<typeof StaffSurveyQuery>['survey']>;
export type StaffQuestion = StaffSurvey['questions'][number];

// Lists and empty answers carry no __typename: name them, so mutations refetch these queries.
export const surveyContext = { additionalTypenames: ['Survey', 'Question'] };

export function useStaffSurvey(id: string) {
  return useQuery({ query: StaffSurveyQuery, variables: { id }, context: surveyContext });
}

export const SurveysQuery = graphql(`
  query StaffSurveys($status: SurveyStatus) {
    surveys(status: $status) {
      id
      title
      status
      responseCount
      closesAt
      audience
      service {
        id
        name
      }
      questions {
        id
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      id
    }
  }
`);

export const AddQuestionMutation = graphql(
  `
    mutation AddQuestion($surveyId: ID!, $input: QuestionInput!) {
      addQuestion(surveyId: $surveyId, input: $input) {
        ...StaffQuestionFields
      }
    }
  `,
  [QuestionFields],
);

export const UpdateQuestionMutation = graphql(
  `
    mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {
      updateQuestion(questionId: $questionId, input: $input) {
        ...StaffQuestionFields
      }
    }
  `,
  [QuestionFields],
);

export const RemoveQuestionMutation = graphql(`
  mutation RemoveQuestion($questionId: ID!) {
    removeQuestion(questionId: $questionId)
  }
`);

export const MoveQuestionMutation = graphql(`
  mutation MoveQuestion($questionId: ID!, $position: Int!) {
    moveQuestion(questionId: $questionId, position: $position) {
      id
      questions {
        id
        position
      }
    }
  }
`);

export const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      id
      status
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      status
    }
  }
`);

export const UpdateSurveyMutation = graphql(`
  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      id
      title
      purpose
      whatHappensNext
      audience
      access
      closesAt
      service {
        id
        name
      }
    }
  }
`);

export const CopySurveyMutation = graphql(`
  mutation CopySurvey($id: ID!) {
    copySurvey(id: $id) {
      id
    }
  }
`);

export const ReopenSurveyMutation = graphql(`
  mutation ReopenSurvey($id: ID!, $closesAt: DateTimeISO) {
    reopenSurvey(id: $id, closesAt: $closesAt) {
      id
      status
      closesAt
    }
  }
`);
