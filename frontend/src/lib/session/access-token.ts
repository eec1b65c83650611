interface StoredToken {
  value: string;
  expiresAt: number;
}

// Module memory only: the access token is never written to web storage or cookies, so a
// reload forgets it and the session is restored from the httpOnly refresh cookie.
let current: StoredToken | null = null;

/** The in-memory store of the short-lived access token. */
export const accessToken = {
  get(): string | null {
    return current?.value ?? null;
  },

  /** Milliseconds since the epoch at which the token stops being accepted, or null. */
  expiresAt(): number | null {
    return current?.expiresAt ?? null;
  },

  isExpired(now: number = Date.now()): boolean {
    return current !== null && now >= current.expiresAt;
  },

  set(value: string, expiresInSeconds: number, now: number = Date.now()): void {
    current = { value, expiresAt: now + expiresInSeconds * 1000 };
  },

  clear(): void {
    current = null;
  },
};
