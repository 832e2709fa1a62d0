import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations
import Provider from 'oidc-provider';

export interface TestPerson {
  email: string;
  emailVerified: boolean;
}

export interface TestOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the provider next (the provider's own login is automatic). */
  signInAs(person: TestPerson): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (oidc-provider) on loopback with one confidential client whose redirect
 * URI is given. Its login and consent screens are answered automatically for the person set with
 * `signInAs`, so a test can walk the whole authorization code flow with plain HTTP requests.
 */
export async function startOpenIdProvider(redirectUri: string): Promise<TestOpenIdProvider> {
  let current: TestPerson = { email: 'nobody@example.org', emailVerified: false };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'heard-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    cookies: { keys: ['test-cookie-key-for-the-provider'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, id: string) {
      const person = JSON.parse(Buffer.from(id, 'base64url').toString());
      return { accountId: id, claims: async () => ({ sub: id, email: person.email, email_verified: person.emailVerified, name: 'Test Person' }) };
    },
  });
  const callback = provider.callback();
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        const accountId = Buffer.from(JSON.stringify(current)).toString('base64url');
        await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      } else {
        const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
        grant.addOIDCScope('openid email profile');
        await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      }
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(person) {
      current = person;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Cookies per origin, sent on every request to that origin (enough for a test's redirects). */
export class CookieJar {
  private jars = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.jars.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(url: URL, response: Response): void {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(url.origin, jar);
  }

  get(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  set(origin: string, name: string, value: string): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }
}

/**
 * Follows redirects like a browser until one leaves for `stopAt` (returned unfollowed) or a page
 * answers; every URL visited is recorded.
 */
export async function browse(start: string, jar: CookieJar, stopAt?: (url: URL) => boolean): Promise<{ url: URL; response: Response; visited: URL[] }> {
  let url = new URL(start);
  const visited: URL[] = [];
  for (let i = 0; i < 20; i++) {
    visited.push(url);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { url, response, visited };
    const next = new URL(location, url);
    if (stopAt?.(next)) return { url: next, response, visited };
    url = next;
  }
  throw new Error(`too many redirects: ${visited.map(String).join(' → ')}`);
}
