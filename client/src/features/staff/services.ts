import { useQuery } from 'urql';
import { graphql } from '../../graphql';

export const ServicesQuery = graphql(`
  query Services {
    services {
      id
      name
      description
    }
  }
`);

// An empty list carries no __typename, so name it: createService then refetches this query.
const servicesContext = { additionalTypenames: ['Service'] };

export function useServices() {
  return useQuery({ query: ServicesQuery, context: servicesContext });
}
