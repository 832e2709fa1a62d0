import { createContext, useContext } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql';

/** Who is signed in, as the viewer query and every mutation that signs someone in return it. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer @_unmask {
    id
    role
    displayName
    ageBand
    organisation {
      id
      name
    }
  }
`);

export const ViewerQuery = graphql(
  `
    query Viewer {
      viewer {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;
export type Role = Viewer['role'];

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'COMMISSIONER', 'PRACTITIONER', 'SAFEGUARDING_LEAD'];

/** Where each role lives. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'PARTICIPANT':
      return '/me';
    case 'FORUM_MEMBER':
      return '/forum';
    default:
      return '/staff';
  }
}

// `Viewer` joins the typenames so a signed-out (null) answer is still refetched after a mutation
// that returns a Viewer; sign-in, join and sign-out also start a fresh client (see urql.ts).
const viewerContext = { additionalTypenames: ['Viewer'] };

export function useViewerQuery() {
  return useQuery({ query: ViewerQuery, context: viewerContext });
}

export const SignedInViewer = createContext<Viewer | null>(null);

/** The signed-in person, inside a <RequireViewer>. */
export function useViewer(): Viewer {
  const viewer = useContext(SignedInViewer);
  if (!viewer) throw new Error('useViewer must be used inside <RequireViewer>');
  return viewer;
}
