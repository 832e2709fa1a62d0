import { graphql } from '../../graphql';

/** The organisations responsible for what Heard holds, for the privacy notice and accessibility statement. */
export const PrivacyContactsQuery = graphql(`
  query PrivacyContacts {
    privacyContacts {
      id
      name
      contact
      retainWordsMonths
      retainConcernWordsMonths
    }
  }
`);
