import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { errorCode } from '../../components/errors';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session, then loads the start page afresh. A full page load (not an in-app navigation)
 * is deliberate: on a shared phone or family computer it drops everything the last person saw
 * from memory, cache and React state alike.
 */
export function useSignOut() {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);

  async function run() {
    setFailed(false);
    const result = await signOut({});
    // Already signed out counts as done.
    if (result.error && errorCode(result.error) !== 'UNAUTHENTICATED') {
      setFailed(true);
      return;
    }
    window.location.replace('/');
  }

  return { signOut: run, fetching, failed };
}
