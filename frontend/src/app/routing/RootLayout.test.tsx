import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { RefreshSessionDocument } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { accessToken } from '@/lib/session/access-token';
import { applyAuthSession, cancelScheduledRefresh, restoreSession } from '@/lib/session/refresh';
import { getSession, markSignedOut } from '@/lib/session/session-store';
import { authPayloadFixture } from '@/test/fixtures';
import { Failure, graphqlFailure, graphqlMock, networkFailure } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { RootLayout } from './RootLayout';

const Ping = parse('query Ping { me { id } }') as TypedDocumentNode<{ me: { id: string } }, Record<string, never>>;

function renderApp() {
  renderWithProviders(
    <Routes>
      <Route element={<RootLayout />}>
        <Route path="/invoices" element={<p>the invoices page</p>} />
        <Route path="/login" element={<p>the sign-in page</p>} />
      </Route>
    </Routes>,
    { route: '/invoices' },
  );
}

afterEach(() => {
  cancelScheduledRefresh();
  markSignedOut({ expired: false });
});

describe('a start while the server cannot be reached', { timeout: 15_000 }, () => {
  it('shows "cannot reach the server" instead of signing out, and opens the page once "Try again" gets through', async () => {
    graphqlMock.on(RefreshSessionDocument, networkFailure());
    await restoreSession();
    renderApp();
    const user = userEvent.setup();

    expect(screen.getByRole('heading', { name: 'Không kết nối được máy chủ' })).toBeInTheDocument();
    expect(screen.queryByText('the sign-in page')).not.toBeInTheDocument();

    // Still down (a 503 from the proxy): still the same page, still not signed out.
    graphqlMock.on(RefreshSessionDocument, new Failure(() => Promise.resolve(new Response('', { status: 503 }))));
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(graphqlMock.operations()).toHaveLength(2));
    expect(await screen.findByRole('heading', { name: 'Không kết nối được máy chủ' })).toBeInTheDocument();
    expect(getSession().status).toBe('unreachable');

    // Back: the session from the cookie opens the page the reader was on.
    graphqlMock.on(RefreshSessionDocument, { refresh: authPayloadFixture('restored') });
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('the invoices page')).toBeInTheDocument();
    expect(accessToken.get()).toBe('restored');
  });

  it('goes to sign-in only when the server refuses the session', async () => {
    graphqlMock.on(RefreshSessionDocument, graphqlFailure('UNAUTHENTICATED'));
    await restoreSession();
    renderApp();
    expect(getSession()).toEqual({ status: 'signedOut', expired: false });
    expect(screen.queryByText('Không kết nối được máy chủ')).not.toBeInTheDocument();
  });
});

function PingView() {
  const ping = useQuery({ queryKey: ['ping'], queryFn: () => request(Ping, {}) });
  return ping.error ? <ErrorAlert error={ping.error} /> : <p>{ping.data?.me.id ?? '…'}</p>;
}

describe('a query while the server is down', { timeout: 15_000 }, () => {
  it('says the server cannot be reached, keeps the session, and "Try again" loads it', async () => {
    applyAuthSession(authPayloadFixture('token-1'));
    graphqlMock.on(Ping, networkFailure());
    renderWithProviders(<PingView />);
    const user = userEvent.setup();

    expect(await screen.findByText('Không kết nối được máy chủ')).toBeInTheDocument();
    expect(getSession().status).toBe('signedIn');

    graphqlMock.on(Ping, { me: { id: 'VXNlcjox' } });
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('VXNlcjox')).toBeInTheDocument();
  });
});
