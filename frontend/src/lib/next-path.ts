/**
 * The in-app path to return to after sign-in, from the `next` query parameter. Only same-site
 * absolute paths are accepted, so a crafted link cannot send the user to another origin.
 */
export function safeNextPath(raw: string | null): string | null {
  if (raw === null || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (raw === '/login' || raw.startsWith('/login?')) return null;
  return raw;
}
