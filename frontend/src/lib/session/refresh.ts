import { graphql } from '@/gql';
import type { AuthSessionFieldsFragment } from '@/gql/graphql';
import { adoptProfileLanguage } from '@/i18n/setup';
import { isApiError } from '../graphql/errors';
import { postGraphql } from '../graphql/transport';
import { languageFromLocale } from '../locale';
import { queryClient } from '../query-client';
import { accessToken } from './access-token';
import { getSession, markSignedIn, markSignedOut, markUnreachable } from './session-store';

const RefreshSession = graphql(`
  mutation RefreshSession {
    refresh {
      ...AuthSessionFields
    }
  }
`);

/**
 * How a refresh ended: new tokens, refused (the session is over), or no answer about the session
 * (network down, 502/503/504, a server error, rate limited): then the session is kept.
 */
export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

/** Refresh this long before the access token expires, so requests never race its expiry. */
const REFRESH_MARGIN_MS = 60_000;
const RETRY_UNREACHABLE_MS = 30_000;

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<RefreshOutcome> | null = null;

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    if (getSession().status !== 'signedIn') return;
    void refreshSession().then((outcome) => {
      if (outcome === 'unreachable') scheduleRefresh(RETRY_UNREACHABLE_MS);
    });
  }, delayMs);
}

/** Milliseconds after issue at which to refresh a token valid for `expiresIn` seconds. */
export function refreshDelayMs(expiresInSeconds: number): number {
  const lifetime = expiresInSeconds * 1000;
  return lifetime > 2 * REFRESH_MARGIN_MS ? lifetime - REFRESH_MARGIN_MS : Math.max(lifetime / 2, 1_000);
}

/**
 * Starts using the tokens from login, refresh, acceptInvitation or switchMembership: keeps the
 * access token in memory, publishes the viewer, and schedules the next refresh before expiry.
 */
export function applyAuthSession(payload: AuthSessionFieldsFragment): void {
  const previous = getSession();
  const wasSignedIn = previous.status === 'signedIn';
  if (
    wasSignedIn &&
    (previous.viewer.id !== payload.viewer.id || previous.viewer.membershipId !== payload.viewer.membershipId)
  ) {
    // Another user or another tenant: nothing cached for the previous one may show.
    queryClient.clear();
  }
  accessToken.set(payload.accessToken, payload.expiresIn);
  markSignedIn(payload.viewer);
  scheduleRefresh(refreshDelayMs(payload.expiresIn));
  if (!wasSignedIn) void adoptProfileLanguage(languageFromLocale(payload.viewer.locale));
}

// Tabs share the refresh cookie, and the server rotates it on every use: serialising refreshes
// across tabs makes each one present the newest cookie instead of racing with a stale one.
async function withCrossTabLock<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('clusterkeep-refresh', run);
  }
  return run();
}

async function runRefresh(): Promise<RefreshOutcome> {
  try {
    const data = await postGraphql(RefreshSession, {}, null);
    applyAuthSession(data.refresh);
    return 'refreshed';
  } catch (error) {
    // Only the server's own "no" ends the session: an unknown, used-up or expired refresh token
    // (UNAUTHENTICATED), or a cookie sent from another site (FORBIDDEN). A server that cannot
    // be reached or cannot answer right now says nothing about the session.
    if (!isApiError(error, 'UNAUTHENTICATED') && !isApiError(error, 'FORBIDDEN')) return 'unreachable';
    clearTimeout(refreshTimer);
    markSignedOut({ expired: getSession().status === 'signedIn' });
    return 'rejected';
  }
}

/**
 * Exchanges the httpOnly refresh cookie for a new access token. Concurrent callers share one
 * request; a refused refresh signs the tab out.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  inFlight ??= withCrossTabLock(runRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * On startup (and on "Try again" after that failed): restore the session from the refresh
 * cookie, settle on signed out when the server refuses it, or on "unreachable" (the cookie is
 * kept) when the server cannot be asked.
 */
export async function restoreSession(): Promise<RefreshOutcome> {
  const outcome = await refreshSession();
  // 'refreshed' signed in and 'rejected' signed out already (runRefresh).
  if (outcome === 'unreachable' && getSession().status !== 'signedIn') markUnreachable();
  return outcome;
}

/** Stops the proactive refresh timer (sign-out, tests). */
export function cancelScheduledRefresh(): void {
  clearTimeout(refreshTimer);
}
