import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { vi } from 'vitest';

/**
 * The GraphQL endpoint as unit tests see it. `src/test/setup.ts` puts a fresh one in place of
 * `fetch` before every test and checks it after: a test answers the operations it expects with
 * `graphqlMock.on(SomeDocument, …)`, using the documents generated in `src/gql`, so an answer
 * that does not match what the document selects does not type-check. An operation nobody
 * answers fails the test, as does a request to any other address not answered with `onFetch`.
 */

/** Any generated document (its result and variables types are what `on` checks answers against). */
// `never` variables: every document's variables type is assignable here (they are contravariant).
type AnyDocument = TypedDocumentNode<unknown, never>;

/** One request the app sent to /graphql. */
export interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

/** An answer other than data: a GraphQL error, or no answer at all. */
export class Failure {
  constructor(readonly respond: () => Promise<Response>) {}
}

/** A JSON response as the endpoint would send it. */
function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The server refuses the operation with this `extensions.code` (and any further extensions). */
export function graphqlFailure(code: string, message = code, extensions: Record<string, unknown> = {}): Failure {
  return new Failure(() =>
    Promise.resolve(jsonResponse({ data: null, errors: [{ message, extensions: { code, ...extensions } }] })),
  );
}

/** The request never gets an answer (the network is down, or the answer was lost on the way back). */
export function networkFailure(): Failure {
  return new Failure(() => Promise.reject(new TypeError('Failed to fetch')));
}

type Answer<Doc extends AnyDocument> = ResultOf<Doc> | Failure;
type Handler<Doc extends AnyDocument> = (
  variables: VariablesOf<Doc>,
  request: SentOperation,
) => Answer<Doc> | Promise<Answer<Doc>>;

/**
 * A connection of one page holding `nodes`, as list and picker queries select it. (`const`
 * keeps literal enum values, such as status: 'ACTIVE', for the answer's type check.)
 */
export function onePage<const Node>(nodes: readonly Node[]) {
  return { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [...nodes] };
}

function operationNameOf(document: AnyDocument): string {
  const name = getOperationAST(document)?.name?.value;
  if (name === undefined) throw new Error('graphqlMock: a document without a named operation cannot be answered');
  return name;
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** Puts `value` at a dotted `path` (`variables.input.photo`) of `root`. */
function setAtPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
}

/**
 * The operation a request carries: a JSON string, or a GraphQL multipart request (files), whose
 * files are put back into the variables where the `map` says they were.
 */
function sentOperation(init: RequestInit | undefined): SentOperation {
  const form = init?.body instanceof FormData ? init.body : null;
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : '{}';
  };
  const text = typeof init?.body === 'string' ? init.body : field('operations');
  const body = JSON.parse(text) as { operationName?: string; variables?: Record<string, unknown> };
  if (form !== null) {
    const map = JSON.parse(field('map')) as Record<string, string[]>;
    for (const [part, paths] of Object.entries(map)) {
      for (const path of paths) setAtPath(body, path, form.get(part));
    }
  }
  return {
    operationName: body.operationName ?? '(anonymous)',
    variables: body.variables ?? {},
    headers: { ...(init?.headers as Record<string, string> | undefined) },
    credentials: init?.credentials,
  };
}

class GraphqlMock {
  private handlers = new Map<string, Handler<AnyDocument>>();
  private routes = new Map<string, () => Response | Promise<Response>>();
  private sent: SentOperation[] = [];
  private otherRequests: { url: string; init: RequestInit | undefined }[] = [];
  private unexpected: string[] = [];

  /** The stand-in for `fetch` (setup.ts installs it); exposed for tests that inspect it. */
  readonly fetch = vi.fn<typeof fetch>((input, init) => this.answer(urlOf(input), init));

  /** Forgets every handler and request: setup.ts calls it before each test. */
  reset(): void {
    this.handlers.clear();
    this.routes.clear();
    this.sent = [];
    this.otherRequests = [];
    this.unexpected = [];
    this.fetch.mockClear();
  }

  /**
   * Answers every `document` operation with `answer`: the data itself, or a function of the
   * variables (and the request) returning data or a `Failure`. Replaces an earlier answer.
   */
  on<Doc extends AnyDocument>(document: Doc, answer: Handler<Doc> | Answer<Doc>): this {
    const handler: Handler<Doc> = typeof answer === 'function' ? (answer as Handler<Doc>) : () => answer;
    this.handlers.set(operationNameOf(document), handler);
    return this;
  }

  /** Answers a request to another address (a download) with `respond`. */
  onFetch(url: string, respond: () => Response | Promise<Response>): this {
    this.routes.set(url, respond);
    return this;
  }

  /** The variables of every `document` operation sent so far, in order. */
  calls<Doc extends AnyDocument>(document: Doc): VariablesOf<Doc>[] {
    const name = operationNameOf(document);
    return this.sent.filter((op) => op.operationName === name).map((op) => op.variables as VariablesOf<Doc>);
  }

  /** The names of the operations sent so far, in order. */
  operations(): string[] {
    return this.sent.map((op) => op.operationName);
  }

  /** Every operation sent so far, with its headers. */
  requests(): readonly SentOperation[] {
    return this.sent;
  }

  /** The requests to other addresses so far. */
  fetches(): readonly { url: string; init: RequestInit | undefined }[] {
    return this.otherRequests;
  }

  /** Throws when the test sent anything nobody answered; setup.ts calls it after each test. */
  verify(): void {
    const unexpected = this.unexpected;
    this.unexpected = [];
    if (unexpected.length > 0) {
      throw new Error(`graphqlMock: the test sent what it did not answer:\n  ${unexpected.join('\n  ')}`);
    }
  }

  private async answer(url: string, init: RequestInit | undefined): Promise<Response> {
    if (!url.endsWith('/graphql')) {
      this.otherRequests.push({ url, init });
      const respond = this.routes.get(url);
      if (respond) return respond();
      return this.refuse(`${init?.method ?? 'GET'} ${url} (answer it with graphqlMock.onFetch)`);
    }
    const operation = sentOperation(init);
    this.sent.push(operation);
    const handler = this.handlers.get(operation.operationName);
    if (!handler) {
      return this.refuse(
        `the operation ${operation.operationName} (answer it with graphqlMock.on(${operation.operationName}Document, …))`,
      );
    }
    const answer = await handler(operation.variables as never, operation);
    return answer instanceof Failure ? answer.respond() : jsonResponse({ data: answer });
  }

  private refuse(what: string): Promise<Response> {
    this.unexpected.push(what);
    return Promise.reject(new Error(`graphqlMock: nothing answers ${what}`));
  }
}

/** The endpoint of the current test (see the module comment). */
export const graphqlMock = new GraphqlMock();
