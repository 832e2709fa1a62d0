import { createContext, createElement, useCallback, useContext, useState, type ReactNode } from 'react';
import { Client, Provider, cacheExchange } from 'urql';
import { currentLanguage } from './i18n/i18n';
import { jsonFetchExchange } from './jsonFetchExchange';

/**
 * The one GraphQL client. POST only: Apollo Server's CSRF prevention rejects urql's GET queries,
 * and the session is an httpOnly cookie on this origin.
 */
export function createHeardClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    // Accept-Language is the language chosen on the page, read at send time, so anything the
    // server writes for the person (a safeguarding support message) comes in their language.
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'accept-language': currentLanguage() } }),
    exchanges: [cacheExchange, jsonFetchExchange],
  });
}

const ResetContext = createContext<() => void>(() => {
  throw new Error('useResetClient must be used inside <HeardClientProvider>');
});

/**
 * Provides the client, and a way to throw it away when the person using the device changes
 * (sign in, join, sign out): a fresh client has an empty cache, so nothing one person saw can
 * show to the next person on a shared phone, and the `viewer` query runs again.
 */
export function HeardClientProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createHeardClient);
  const reset = useCallback(() => setClient(createHeardClient()), []);
  return createElement(
    ResetContext.Provider,
    { value: reset },
    createElement(Provider, { value: client }, children),
  );
}

export function useResetClient(): () => void {
  return useContext(ResetContext);
}
