import { ApiError } from './graphql/errors';
import type { ErrorCode } from './graphql/errors';
import { accessToken } from './session/access-token';
import { refreshSession } from './session/refresh';
import { markSignedOut } from './session/session-store';

/**
 * The file name in a Content-Disposition header: `filename*=UTF-8''…` (RFC 5987) wins over a
 * plain `filename="…"`. Null when there is none.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (header === null) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name === '' ? null : name;
}

function statusError(status: number): ApiError {
  const code: ErrorCode =
    status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return new ApiError(code, `Download failed (HTTP ${status})`);
}

async function get(path: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, { method: 'GET', credentials: 'same-origin', headers });
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached');
  }
}

/**
 * GETs a same-origin file as the signed-in user, with the in-memory access token as a bearer
 * token. Like GraphQL requests, a refused token is refreshed once and the request retried once.
 */
export async function fetchAsViewer(path: string): Promise<Response> {
  if (accessToken.isExpired()) await refreshSession();
  const token = accessToken.get();
  let response = await get(path, token);
  if (response.status === 401 && token !== null) {
    const outcome = await refreshSession();
    if (outcome === 'unreachable') throw new ApiError('NETWORK', 'The server could not be reached');
    if (outcome === 'rejected') throw statusError(401);
    response = await get(path, accessToken.get());
    if (response.status === 401) markSignedOut({ expired: true });
  }
  if (!response.ok) throw statusError(response.status);
  return response;
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Downloads `path` as the signed-in user and saves it under the server's file name (or `fallbackName`). */
export async function downloadAsViewer(path: string, fallbackName: string): Promise<void> {
  const response = await fetchAsViewer(path);
  const blob = await response.blob();
  saveBlob(blob, fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName);
}
