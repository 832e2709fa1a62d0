import { graphql, type ResultOf } from '../../../graphql';

export const InfluenceQuery = graphql(`
  query Influence($serviceId: ID, $from: DateTimeISO, $to: DateTimeISO) {
    influence(serviceId: $serviceId, from: $from, to: $to) {
      inputs
      inputsLinkedToDecision
      decisions
      decisionsCitingVoices
      medianDaysToFeedback
      changesDone
      from
      to
      suppressionThreshold
      months {
        month
        inputs
        linked
        suppressed
      }
    }
  }
`);

export const RepresentationQuery = graphql(`
  query Representation($serviceId: ID!, $from: DateTimeISO, $to: DateTimeISO) {
    representation(serviceId: $serviceId, from: $from, to: $to) {
      ageBand
      heard
      suppressed
      cohort
    }
  }
`);

export const SetCohortMutation = graphql(`
  mutation SetCohort($serviceId: ID!, $counts: [AgeBandCountInput!]!) {
    setCohort(serviceId: $serviceId, counts: $counts) {
      id
    }
  }
`);

export type Influence = ResultOf<typeof InfluenceQuery>['influence'];
export type RepresentationRow = ResultOf<typeof RepresentationQuery>['representation'][number];
