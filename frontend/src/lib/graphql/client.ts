import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { accessToken } from '../session/access-token';
import { refreshSession } from '../session/refresh';
import { markSignedOut } from '../session/session-store';
import { ApiError, isApiError } from './errors';
import { postGraphql } from './transport';

export interface RequestOptions {
  /**
   * Send no access token and never refresh: for public operations (login, password reset,
   * invitation preview and acceptance) whose UNAUTHENTICATED means "wrong credentials".
   */
  anonymous?: boolean;
  /**
   * Set to false where UNAUTHENTICATED can mean something other than an expired token
   * (changePassword with a wrong current password), so it is reported, not retried.
   */
  refreshOnUnauthenticated?: boolean;
}

/**
 * Runs a GraphQL operation as the signed-in user. When the access token is refused
 * (UNAUTHENTICATED), refreshes it once and retries once; if that fails too, the tab signs out.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  if (options.anonymous === true) return postGraphql(document, variables, null);

  // A token that expired while the tab slept would only be refused: refresh first.
  if (accessToken.isExpired()) await refreshSession();

  const token = accessToken.get();
  try {
    return await postGraphql(document, variables, token);
  } catch (error) {
    const mayRefresh = options.refreshOnUnauthenticated !== false && token !== null;
    if (!mayRefresh || !isApiError(error, 'UNAUTHENTICATED')) throw error;
    const outcome = await refreshSession();
    if (outcome === 'unreachable') throw new ApiError('NETWORK', 'The server could not be reached');
    if (outcome === 'rejected') throw error;
  }

  try {
    return await postGraphql(document, variables, accessToken.get());
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) markSignedOut({ expired: true });
    throw error;
  }
}
