import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '@/test/fixtures';
import { RefreshSessionDocument } from '@/gql/graphql';
import { Failure, graphqlFailure, graphqlMock, networkFailure } from '@/test/mock-graphql';
import { accessToken } from '../session/access-token';
import { applyAuthSession, cancelScheduledRefresh, refreshSession, restoreSession } from '../session/refresh';
import { getSession, markSignedOut } from '../session/session-store';
import { request } from './client';
import { ApiError } from './errors';

const Ping = parse('query Ping { me { id } }') as TypedDocumentNode<{ me: { id: string } }, Record<string, never>>;
const SignIn = parse('mutation SignIn { login(email: "a", password: "b") { accessToken } }') as TypedDocumentNode<
  unknown,
  Record<string, never>
>;

/** What was sent, as far as the session cares: which operation, with which token, with cookies. */
function sent() {
  return graphqlMock.requests().map(({ operationName, headers, credentials }) => ({
    operationName,
    authorization: headers.authorization,
    credentials,
  }));
}

/**
 * A server that accepts only `validToken` and issues `nextToken` on refresh ('ok'), issues it
 * but keeps refusing every access token ('revoked'), or refuses the refresh ('refused').
 */
function fakeServer({
  validToken,
  nextToken,
  refresh = 'ok',
}: {
  validToken: string;
  nextToken: string;
  refresh?: 'ok' | 'revoked' | 'refused';
}) {
  graphqlMock
    .on(RefreshSessionDocument, () => {
      if (refresh === 'refused') return graphqlFailure('UNAUTHENTICATED');
      if (refresh === 'ok') validToken = nextToken;
      return { refresh: authPayloadFixture(nextToken) };
    })
    .on(Ping, (_variables, request) =>
      request.headers.authorization === `Bearer ${validToken}` ? { me: { id: 'VXNlcjox' } } : graphqlFailure('UNAUTHENTICATED'),
    );
}

afterEach(() => {
  cancelScheduledRefresh();
  markSignedOut({ expired: false });
  vi.useRealTimers();
});

describe('request', () => {
  it('sends the in-memory access token as a bearer token', async () => {
    applyAuthSession(authPayloadFixture('token-1'));
    fakeServer({ validToken: 'token-1', nextToken: 'token-2' });

    await expect(request(Ping, {})).resolves.toEqual({ me: { id: 'VXNlcjox' } });

    expect(sent()).toEqual([{ operationName: 'Ping', authorization: 'Bearer token-1', credentials: 'same-origin' }]);
    expect(graphqlMock.requests()[0]?.headers['accept-language']).toBe('vi');
  });

  it('refreshes exactly once and retries exactly once when the access token is refused', async () => {
    applyAuthSession(authPayloadFixture('stale'));
    fakeServer({ validToken: 'fresh', nextToken: 'fresh' });

    await expect(request(Ping, {})).resolves.toEqual({ me: { id: 'VXNlcjox' } });

    expect(sent()).toEqual([
      { operationName: 'Ping', authorization: 'Bearer stale', credentials: 'same-origin' },
      { operationName: 'RefreshSession', authorization: undefined, credentials: 'same-origin' },
      { operationName: 'Ping', authorization: 'Bearer fresh', credentials: 'same-origin' },
    ]);
    expect(accessToken.get()).toBe('fresh');
    expect(getSession().status).toBe('signedIn');
  });

  it('shares one refresh between concurrent requests that were refused', async () => {
    applyAuthSession(authPayloadFixture('stale'));
    fakeServer({ validToken: 'fresh', nextToken: 'fresh' });

    await Promise.all([request(Ping, {}), request(Ping, {}), request(Ping, {})]);

    expect(graphqlMock.calls(RefreshSessionDocument)).toHaveLength(1);
    expect(graphqlMock.calls(Ping)).toHaveLength(6);
  });

  it('signs out, without a second refresh, when the retried request is refused too', async () => {
    applyAuthSession(authPayloadFixture('stale'));
    fakeServer({ validToken: 'never-valid', nextToken: 'also-refused', refresh: 'revoked' });

    await expect(request(Ping, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(sent().map((r) => r.operationName)).toEqual(['Ping', 'RefreshSession', 'Ping']);
    expect(getSession()).toEqual({ status: 'signedOut', expired: true });
    expect(accessToken.get()).toBeNull();
  });

  it('signs out without retrying when the refresh itself is refused', async () => {
    applyAuthSession(authPayloadFixture('stale'));
    fakeServer({ validToken: 'fresh', nextToken: 'fresh', refresh: 'refused' });

    await expect(request(Ping, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(sent().map((r) => r.operationName)).toEqual(['Ping', 'RefreshSession']);
    expect(getSession()).toEqual({ status: 'signedOut', expired: true });
  });

  it('never refreshes for anonymous operations, where UNAUTHENTICATED means wrong credentials', async () => {
    applyAuthSession(authPayloadFixture('token-1'));
    graphqlMock.on(SignIn, graphqlFailure('UNAUTHENTICATED', 'invalid email or password'));

    await expect(request(SignIn, {}, { anonymous: true })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(sent()).toEqual([{ operationName: 'SignIn', authorization: undefined, credentials: 'same-origin' }]);
    expect(getSession().status).toBe('signedIn');
  });

  it('reports an unreachable server as NETWORK', async () => {
    graphqlMock.on(SignIn, networkFailure());
    const error: unknown = await request(SignIn, {}, { anonymous: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NETWORK' });
  });

  it('reports a load balancer without a replica to answer (502, 503, 504) as UNAVAILABLE', async () => {
    for (const status of [502, 503, 504]) {
      graphqlMock.on(SignIn, new Failure(() => Promise.resolve(new Response('<html>Bad Gateway</html>', { status }))));
      const error: unknown = await request(SignIn, {}, { anonymous: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'UNAVAILABLE' });
    }
  });
});

describe('session refresh', () => {
  it('refreshes proactively one minute before the access token expires', async () => {
    vi.useFakeTimers();
    fakeServer({ validToken: 'token-1', nextToken: 'token-2' });
    applyAuthSession(authPayloadFixture('token-1', 900));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(sent()).toEqual([]);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent().map((r) => r.operationName)).toEqual(['RefreshSession']);
    expect(accessToken.get()).toBe('token-2');
  });

  it('restores a session from the refresh cookie on startup', async () => {
    fakeServer({ validToken: 'none', nextToken: 'restored' });
    await restoreSession();
    expect(getSession().status).toBe('signedIn');
    expect(accessToken.get()).toBe('restored');
  });

  it('settles on signed out (not "expired") when there is no session to restore', async () => {
    graphqlMock.on(RefreshSessionDocument, graphqlFailure('UNAUTHENTICATED'));
    await restoreSession();
    expect(getSession()).toEqual({ status: 'signedOut', expired: false });
  });

  it('keeps the session when the server cannot be reached on startup, and restores it on retry', async () => {
    graphqlMock.on(RefreshSessionDocument, networkFailure());
    expect(await restoreSession()).toBe('unreachable');
    expect(getSession()).toEqual({ status: 'unreachable' });

    fakeServer({ validToken: 'none', nextToken: 'after-retry' });
    expect(await restoreSession()).toBe('refreshed');
    expect(getSession().status).toBe('signedIn');
    expect(accessToken.get()).toBe('after-retry');
  });

  it('does not sign out on a 502, 503 or 504 from the refresh, at startup or later', async () => {
    for (const status of [502, 503, 504]) {
      markSignedOut({ expired: false });
      graphqlMock.on(RefreshSessionDocument, new Failure(() => Promise.resolve(new Response('Bad Gateway', { status }))));
      await restoreSession();
      expect(getSession()).toEqual({ status: 'unreachable' });
    }

    applyAuthSession(authPayloadFixture('token-1'));
    graphqlMock.on(RefreshSessionDocument, new Failure(() => Promise.resolve(new Response('', { status: 503 }))));
    expect(await refreshSession()).toBe('unreachable');
    expect(getSession().status).toBe('signedIn');
    expect(accessToken.get()).toBe('token-1');
  });

  it('signs out when the server refuses the refresh (401) after a failed start', async () => {
    graphqlMock.on(RefreshSessionDocument, networkFailure());
    await restoreSession();
    graphqlMock.on(RefreshSessionDocument, new Failure(() => Promise.resolve(new Response('', { status: 401 }))));
    expect(await restoreSession()).toBe('rejected');
    expect(getSession()).toEqual({ status: 'signedOut', expired: false });
  });

  it('keeps a signed-in user signed in when a query finds the server down', async () => {
    applyAuthSession(authPayloadFixture('token-1'));
    graphqlMock.on(Ping, networkFailure());
    await expect(request(Ping, {})).rejects.toMatchObject({ code: 'NETWORK' });
    graphqlMock.on(Ping, new Failure(() => Promise.resolve(new Response('', { status: 504 }))));
    await expect(request(Ping, {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(getSession().status).toBe('signedIn');
  });

  it('keeps the access token out of web storage', async () => {
    fakeServer({ validToken: 'none', nextToken: 'secret-access-token' });
    await refreshSession();
    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => storage.getItem(key) ?? ''),
    );
    expect(stored.join('\n')).not.toContain('secret-access-token');
    expect(document.cookie).not.toContain('secret-access-token');
  });
});
