import { getOperationName, makeErrorResult, makeResult, stringifyDocument, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, make, merge, mergeMap, pipe, takeUntil } from 'wonka';

/*
 * urql's fetchExchange, cut to what Heard's API speaks: one JSON POST per query or mutation and
 * one JSON answer. The stock exchange also streams multipart and event-stream responses (@defer,
 * subscriptions over fetch), uploads files and builds GET URLs, none of which Heard uses; leaving
 * them out takes about 2 kB gzip off every page, which a child's phone downloads first.
 *
 * Kept as urql does it: the operation's `url` (the outbox sends to /graphql?outbox=1) and
 * `fetchOptions` (Accept-Language), the operation name in the body, an abort on teardown, and
 * errors as a CombinedError that carries the HTTP response (errors.ts reads its status: 429, 503).
 */

function body(operation: Operation): string {
  return JSON.stringify({
    operationName: getOperationName(operation.query),
    query: stringifyDocument(operation.query),
    variables: operation.variables || undefined,
    extensions: operation.extensions,
  });
}

async function send(operation: Operation, signal: AbortSignal | undefined): Promise<OperationResult> {
  const { fetchOptions } = operation.context;
  const options = (typeof fetchOptions === 'function' ? fetchOptions() : fetchOptions) ?? {};
  let response: Response | undefined;
  try {
    response = await fetch(operation.context.url, {
      ...options,
      method: 'POST',
      body: body(operation),
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        ...(options.headers as Record<string, string> | undefined),
      },
      signal,
    });
    const text = await response.text();
    // A proxy or rate limiter may answer in plain text: that text is the error.
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new Error(text);
    }
    return makeResult(operation, payload as Parameters<typeof makeResult>[1], response);
  } catch (error) {
    const failedStatus = response && (response.status < 200 || response.status >= 300) && response.statusText;
    return makeErrorResult(operation, failedStatus ? new Error(response!.statusText) : (error as Error), response);
  }
}

function fetchSource(operation: Operation) {
  return make<OperationResult>(({ next, complete }) => {
    const controller = typeof AbortController !== 'undefined' ? new AbortController() : undefined;
    let done = false;
    // A microtask later, as urql's own exchange does: useQuery subscribes and unsubscribes at once
    // while rendering (to read the cache), and that probe must not reach the server.
    void Promise.resolve()
      .then(() => (done ? null : send(operation, controller?.signal)))
      .then((result) => {
        if (done || !result) return;
        done = true;
        next(result);
        complete();
      });
    return () => {
      if (done) return;
      done = true;
      controller?.abort();
    };
  });
}

/** Queries and mutations go to the server; teardowns (and anything else) go on down the chain. */
export const jsonFetchExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const isFetched = (op: Operation) => op.kind === 'query' || op.kind === 'mutation';
    const results$ = pipe(
      operations$,
      filter(isFetched),
      mergeMap((operation) =>
        pipe(
          fetchSource(operation),
          takeUntil(pipe(operations$, filter((op) => op.kind === 'teardown' && op.key === operation.key))),
        ),
      ),
    );
    const forwarded$ = pipe(operations$, filter((op) => !isFetched(op)), forward);
    return merge([results$, forwarded$]);
  };
