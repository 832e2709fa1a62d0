import { graphql, type ResultOf } from '../../../graphql';

export const TraceFlowQuery = graphql(`
  query TraceFlow($serviceId: ID, $from: DateTimeISO, $to: DateTimeISO) {
    traceFlow(serviceId: $serviceId, from: $from, to: $to) {
      suppressionThreshold
      nodes {
        id
        kind
        label
        status
      }
      links {
        source
        target
        value
        suppressed
      }
    }
  }
`);

export const TraceTimelineQuery = graphql(`
  query TraceTimeline($serviceId: ID) {
    decisions(serviceId: $serviceId) {
      id
      title
      outcome
      decidedAt
      decidedBy
      themes {
        id
        label
      }
      proposals {
        id
        title
      }
      changes {
        id
        title
        status
        updates {
          at
          status
          note
        }
      }
    }
  }
`);

export const InputTraceQuery = graphql(`
  query InputTrace($id: ID!) {
    trace(inputId: $id) {
      input {
        id
        kind
        text
        withheld
        ageBand
        sourceTitle
        createdAt
      }
      themes {
        id
        label
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
        youSaidWeDid
      }
      changes {
        id
        title
        status
      }
      links {
        kind
        fromId
        toId
        at
        by
      }
    }
  }
`);

export type Flow = ResultOf<typeof TraceFlowQuery>['traceFlow'];
