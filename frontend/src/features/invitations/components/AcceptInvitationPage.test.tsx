import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { cancelScheduledRefresh } from '@/lib/session/refresh';
import { getSession, markSignedOut } from '@/lib/session/session-store';
import { authPayloadFixture } from '@/test/fixtures';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '@/gql/graphql';
import type { InvitationPreviewQuery } from '@/gql/graphql';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { AcceptInvitationPage } from './AcceptInvitationPage';

function preview(existingAccount: boolean): InvitationPreviewQuery {
  return {
    invitationPreview: {
      email: 'ketoan@kcc.example',
      existingAccount,
      role: 'ENTERPRISE',
      tenantName: 'Hạ tầng CCN Đồng Sóc',
      firmName: 'KCC Vina',
      expiresAt: '2026-12-04T03:00:00Z',
    },
  };
}

function answer(existingAccount: boolean) {
  graphqlMock
    .on(InvitationPreviewDocument, preview(existingAccount))
    .on(AcceptInvitationDocument, { acceptInvitation: authPayloadFixture('access-1') });
}

beforeEach(async () => {
  markSignedOut({ expired: false });
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cancelScheduledRefresh();
});

describe('AcceptInvitationPage', () => {
  it('explains that an unknown, used or expired invitation is no longer valid', async () => {
    graphqlMock.on(InvitationPreviewDocument, graphqlFailure('NOT_FOUND'));
    renderWithProviders(<AcceptInvitationPage />, { route: '/invite?token=used-token' });

    expect(await screen.findByTestId('invitation-invalid')).toHaveTextContent(
      'Lời mời không hợp lệ hoặc đã hết hạn',
    );
  });

  it('shows what the invitation is for, then sets a password and signs in', async () => {
    answer(false);
    renderWithProviders(<AcceptInvitationPage />, { route: '/invite?token=tok-1' });
    const user = userEvent.setup();

    const details = await screen.findByTestId('invitation-preview');
    expect(details).toHaveTextContent('Hạ tầng CCN Đồng Sóc');
    expect(details).toHaveTextContent('Doanh nghiệp thứ cấp');
    expect(details).toHaveTextContent('KCC Vina');
    expect(details).toHaveTextContent('ketoan@kcc.example');

    await user.type(screen.getByTestId('accept-display-name'), 'Trần Thị Bình');
    await user.type(screen.getByTestId('accept-password'), 'mat-khau-moi-2026');
    await user.type(screen.getByTestId('accept-password-confirm'), 'mat-khau-moi-2026');
    await user.click(screen.getByTestId('accept-submit'));

    await waitFor(() => expect(getSession().status).toBe('signedIn'));
    expect(graphqlMock.calls(AcceptInvitationDocument)).toEqual([
      { token: 'tok-1', password: 'mat-khau-moi-2026', displayName: 'Trần Thị Bình' },
    ]);
  });

  it('asks an existing account only for its current password', async () => {
    answer(true);
    renderWithProviders(<AcceptInvitationPage />, { route: '/invite?token=tok-2' });
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('accept-password'), 'old-password');
    expect(screen.queryByTestId('accept-password-confirm')).not.toBeInTheDocument();
    expect(screen.queryByTestId('accept-display-name')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('accept-submit'));

    await waitFor(() => expect(getSession().status).toBe('signedIn'));
    expect(graphqlMock.calls(AcceptInvitationDocument)).toEqual([{ token: 'tok-2', password: 'old-password', displayName: null }]);
  });
});
