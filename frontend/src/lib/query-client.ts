import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './graphql/errors';

// Retrying does not help when the answer is about who you are or what you sent.
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'CONFLICT', 'RATE_LIMITED']);

/** The one query cache of the app; cleared on sign-out and when switching membership. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !(isApiError(error) && FINAL_CODES.has(error.code)) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
