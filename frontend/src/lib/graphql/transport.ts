import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { currentLanguage } from '@/i18n/setup';
import { ApiError, apiErrorFromGraphqlErrors } from './errors';
import { extractFiles, multipartBody, UPLOAD_HEADER } from './uploads';

const ENDPOINT = '/graphql';

interface PrintedDocument {
  query: string;
  operationName: string | undefined;
}

const printed = new WeakMap<object, PrintedDocument>();

function printDocument(document: TypedDocumentNode<unknown, unknown>): PrintedDocument {
  let entry = printed.get(document);
  if (!entry) {
    entry = { query: print(document), operationName: getOperationAST(document)?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

interface GraphqlResponseBody {
  data?: unknown;
  errors?: unknown[];
}

function isResponseBody(value: unknown): value is GraphqlResponseBody {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

/**
 * Sends one GraphQL operation to the same-origin endpoint and returns its data, or throws an
 * ApiError. No session logic here: the caller decides which access token (if any) to send.
 * Cookies go along (`same-origin`) so the server can read and set the refresh cookie. Variables
 * holding files go as a GraphQL multipart request.
 */
export async function postGraphql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  accessToken: string | null,
): Promise<TResult> {
  const { query, operationName } = printDocument(document as TypedDocumentNode<unknown, unknown>);
  const extracted = extractFiles(variables);
  const uploading = extracted.files.size > 0;
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    // The UI language, so the server can word VALIDATION messages (and the like) in it.
    'accept-language': currentLanguage(),
  };
  if (accessToken !== null) headers.authorization = `Bearer ${accessToken}`;
  // With files, the browser sets the multipart content type (with its boundary) itself.
  if (uploading) headers[UPLOAD_HEADER] = '1';
  else headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: uploading ? multipartBody({ query, operationName }, extracted) : JSON.stringify({ query, variables, operationName }),
    });
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached');
  }

  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty 502): classified by status below.
  }

  if (isResponseBody(body) && Array.isArray(body.errors) && body.errors.length > 0) {
    throw apiErrorFromGraphqlErrors(body.errors);
  }
  if (response.status === 401) throw new ApiError('UNAUTHENTICATED', 'Unauthenticated');
  if (response.status === 429) throw new ApiError('RATE_LIMITED', 'Rate limited');
  // A load balancer with no replica to answer, or a replica restarting: it passes; try again.
  if ([502, 503, 504].includes(response.status)) {
    throw new ApiError('UNAVAILABLE', `Service unavailable (HTTP ${response.status})`);
  }
  if (!response.ok || !isResponseBody(body) || body.data == null) {
    throw new ApiError('INTERNAL', `Unexpected response (HTTP ${response.status})`);
  }
  return body.data as TResult;
}
