import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

/*
 * Heard's router: the History API and a first-match route table, about 2 kB instead of
 * react-router's 14 kB gzip on a child's phone. It does what the app needs and no more:
 *
 *   <Router>                         one per app, listens to back/forward
 *   <Routes><Route path="s/:code" element={…} /><Route path="staff/*" element={…} /></Routes>
 *                                    first matching <Route> wins (put "*" last); a nested <Routes>
 *                                    inside a "prefix/*" route matches what the prefix left over
 *   <Link to> / <NavLink to end>     plain <a href> that navigates in-app on an ordinary click
 *   <Navigate to replace state>      redirect while rendering
 *   useNavigate() useLocation() useParams()
 *
 * `to` is resolved like an <a href> against the current URL ("/staff", "services", "?page=2"),
 * and a `to` on another origin is left to the browser.
 *
 * After a push or replace, the window scrolls to the top (or to the #fragment), as on a full page
 * load. Each <Page> moves focus to its h1 when `location.key` is not 'default' (any location
 * after the first one), so screen readers announce the new page.
 */

export type Location = {
  pathname: string;
  search: string;
  hash: string;
  /** Whatever was passed as `state` when navigating here (kept in history.state, so it survives back/forward). */
  state: unknown;
  /** 'default' for the page as first loaded; a fresh key for every navigation after it. */
  key: string;
};

export type NavigateOptions = { replace?: boolean; state?: unknown };
export type NavigateFunction = {
  (to: string, options?: NavigateOptions): void;
  /** Moves through the session history, like the browser's back (-1) and forward (1) buttons. */
  (delta: number): void;
};

type HistoryState = { key?: string; usr?: unknown } | null;

type RouterValue = { location: Location; navigate: NavigateFunction };
const RouterContext = createContext<RouterValue | null>(null);

/** What the enclosing routes matched: the base a nested <Routes> continues from, and the params. */
type RouteMatch = { base: string[]; params: Record<string, string> };
const RouteContext = createContext<RouteMatch>({ base: [], params: {} });

function createKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

function readLocation(key: string): Location {
  const { pathname, search, hash } = window.location;
  const state = window.history.state as HistoryState;
  return { pathname, search, hash, state: state?.usr ?? null, key };
}

function useRouter(hook: string): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error(`${hook} must be used inside <Router>`);
  return router;
}

/** Keeps the current location in React state and changes it through the History API. */
export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<Location>(() => {
    // Stamp a key on the entry we were loaded on, so coming back to it is a navigation like
    // any other (focus moves to its h1), while the first render keeps the key 'default'.
    const state = window.history.state as HistoryState;
    if (!state?.key) window.history.replaceState({ ...state, key: createKey() }, '');
    return readLocation('default');
  });
  // Only pushes and replaces scroll to the top: back and forward leave scrolling to the browser.
  const scrollOnChange = useRef(false);

  useEffect(() => {
    const onPop = () => {
      const state = window.history.state as HistoryState;
      // A fragment link (the skip link) adds an entry with no state: treat it like the first
      // load, so the page does not steal focus from where the link sent it.
      setLocation(readLocation(state?.key ?? 'default'));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useLayoutEffect(() => {
    if (!scrollOnChange.current) return;
    scrollOnChange.current = false;
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location]);

  const navigate = useCallback(((to: string | number, options: NavigateOptions = {}) => {
    if (typeof to === 'number') {
      window.history.go(to);
      return;
    }
    const url = new URL(to, window.location.href);
    if (url.origin !== window.location.origin) {
      window.location.assign(url.href);
      return;
    }
    const key = createKey();
    const state: HistoryState = { key, usr: options.state };
    const href = url.pathname + url.search + url.hash;
    if (options.replace) window.history.replaceState(state, '', href);
    else window.history.pushState(state, '', href);
    scrollOnChange.current = true;
    setLocation(readLocation(key));
  }) as NavigateFunction, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useLocation(): Location {
  return useRouter('useLocation').location;
}

export function useNavigate(): NavigateFunction {
  return useRouter('useNavigate').navigate;
}

/** Path parameters of every enclosing route (`:code` → `code`), and `*` for what a splat matched. */
export function useParams<K extends string = string>(): Readonly<Partial<Record<K | '*', string>>> {
  return useContext(RouteContext).params as Partial<Record<K | '*', string>>;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // a malformed escape matches no route, so the not-found page shows
  }
}

/**
 * Matches a route pattern against path segments. Patterns are relative to the enclosing route:
 * "" (or `index`) matches nothing left over, "services" a static segment (any case),
 * ":code" one segment into params.code, and a trailing "*" whatever is left (params['*']).
 */
export function matchPattern(
  pattern: string,
  segments: readonly string[],
): { consumed: number; params: Record<string, string> } | null {
  const parts = segmentsOf(pattern);
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '*' && i === parts.length - 1) {
      params['*'] = segments.slice(i).map((s) => decode(s) ?? s).join('/');
      return { consumed: i, params };
    }
    const segment = segments[i];
    if (segment === undefined) return null;
    if (part.startsWith(':')) {
      const value = decode(segment);
      if (value === undefined) return null;
      params[part.slice(1)] = value;
    } else if (part.toLowerCase() !== (decode(segment) ?? segment).toLowerCase()) {
      return null;
    }
  }
  return parts.length === segments.length ? { consumed: parts.length, params } : null;
}

type RouteProps = {
  /** Relative to the enclosing route; a trailing "/*" lets a nested <Routes> match the rest. */
  path?: string;
  /** Same as path="": matches when the enclosing route has nothing left over. */
  index?: boolean;
  element: ReactNode;
};

/** One row of a <Routes> table. It renders nothing itself: <Routes> reads its props. */
export function Route(_props: RouteProps): null {
  return null;
}

/** Renders the element of the first <Route> child whose path matches, or nothing. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const parent = useContext(RouteContext);
  const rest = segmentsOf(pathname).slice(parent.base.length);

  for (const child of Children.toArray(children)) {
    if (!isValidElement(child) || child.type !== Route) continue;
    const { path, index, element } = (child as ReactElement<RouteProps>).props;
    const match = matchPattern(index ? '' : (path ?? ''), rest);
    if (!match) continue;
    const value: RouteMatch = {
      base: [...parent.base, ...rest.slice(0, match.consumed)],
      params: { ...parent.params, ...match.params },
    };
    return <RouteContext.Provider value={value}>{element}</RouteContext.Provider>;
  }
  return null;
}

/** Redirects as soon as it renders (sign-in guards, old addresses). */
export function Navigate({ to, replace, state }: { to: string; replace?: boolean; state?: unknown }) {
  const navigate = useNavigate();
  const done = useRef(false);
  useEffect(() => {
    // StrictMode runs effects twice in development; redirect once.
    if (done.current) return;
    done.current = true;
    navigate(to, { replace, state });
  }, [navigate, to, replace, state]);
  return null;
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  replace?: boolean;
  state?: unknown;
};

function isOrdinaryClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
    (!target || target === '_self')
  );
}

/**
 * A real link (it opens in a new tab, shows its address, works before JavaScript), that changes
 * page in-app on an ordinary click.
 */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const { location, navigate } = useRouter('<Link>');
  const here = location.pathname + location.search + location.hash;
  const href = useMemo(() => {
    const url = new URL(to, window.location.origin + here);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : url.href;
  }, [to, here]);
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!isOrdinaryClick(event, target) || rest.download !== undefined) return;
        if (new URL(href, window.location.href).origin !== window.location.origin) return;
        event.preventDefault();
        // Following a link to the page already showing does not add a history entry.
        navigate(href, { replace: replace ?? href === here, state });
      }}
    />
  );
}

/**
 * A navigation link that marks itself `aria-current="page"` when its page (or, without `end`,
 * a page under it) is showing, so the current item is announced and styled from one attribute.
 */
export function NavLink({ end, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const target = new URL(props.to, window.location.origin + pathname).pathname.replace(/\/+$/, '') || '/';
  const here = pathname.replace(/\/+$/, '') || '/';
  const active = here === target || (!end && here.startsWith(target === '/' ? '/' : `${target}/`));
  return <Link aria-current={active ? 'page' : undefined} {...props} />;
}
