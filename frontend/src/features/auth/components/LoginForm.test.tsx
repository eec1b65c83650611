import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { cancelScheduledRefresh } from '@/lib/session/refresh';
import { getSession, markSignedOut } from '@/lib/session/session-store';
import { LoginDocument } from '@/gql/graphql';
import { authPayloadFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { LoginForm } from './LoginForm';

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('login-email'), email);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

beforeEach(async () => {
  markSignedOut({ expired: false });
  await i18n.changeLanguage('vi');
});

afterEach(async () => {
  cancelScheduledRefresh();
  await i18n.changeLanguage('vi');
});

describe('LoginForm', () => {
  it('says "wrong email or password" when the server refuses the credentials', async () => {
    graphqlMock.on(LoginDocument, graphqlFailure('UNAUTHENTICATED', 'invalid credentials'));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    await signIn('admin@dongsoc.example', 'wrong-password');

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Email hoặc mật khẩu không đúng');
    expect(graphqlMock.operations()).toEqual(['Login']);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(getSession().status).toBe('signedOut');
  });

  it('says it in English when the reader chose English', async () => {
    await i18n.changeLanguage('en');
    graphqlMock.on(LoginDocument, graphqlFailure('UNAUTHENTICATED'));
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await signIn('admin@dongsoc.example', 'wrong-password');

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong email or password');
  });

  it('says the organisation is suspended, in the reader language, when the server says so', async () => {
    const suspended = {
      reason: { code: 'organisation_suspended', params: [] },
    };
    graphqlMock.on(LoginDocument, graphqlFailure('FORBIDDEN', 'suspended', suspended));
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);
    await signIn('ops@dongsoc.example', 'password-123');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('đang bị tạm ngừng');

    await i18n.changeLanguage('en');
    graphqlMock.on(LoginDocument, graphqlFailure('FORBIDDEN', 'suspended', suspended));
    await signIn('ops@dongsoc.example', 'password-123');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('access is suspended');
  });

  it('asks the user to wait when sign-in attempts are rate limited', async () => {
    graphqlMock.on(LoginDocument, graphqlFailure('RATE_LIMITED'));
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await signIn('admin@dongsoc.example', 'password-123');

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Bạn đã thử quá nhiều lần');
  });

  it('signs in and reports success with valid credentials', async () => {
    graphqlMock.on(LoginDocument, { login: authPayloadFixture('access-1') });
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    await signIn('  admin@dongsoc.example ', 'correct-password');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(getSession().status).toBe('signedIn');
    expect(graphqlMock.calls(LoginDocument)).toEqual([{ email: 'admin@dongsoc.example', password: 'correct-password' }]);
  });

  it('checks the email before sending anything', async () => {
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await signIn('not-an-email', 'whatever');

    expect(await screen.findByText('Vui lòng nhập email hợp lệ')).toBeInTheDocument();
    expect(graphqlMock.operations()).toEqual([]);
  });
});
