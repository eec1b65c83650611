import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';

/** What a component adds to a feature's mutation hook: its own callbacks (notify, navigate, reset the form). */
export type MutationConfig<TData, TVariables> = Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'>;

/**
 * A mutation that keeps the cache true by itself: once `mutationFn` succeeds, `updateCache`
 * marks stale (or replaces) what it changed, then the caller's own `onSuccess` runs. Features
 * build their `useSaveX()` hooks on it, so no component has to know which queries a change
 * touches.
 */
export function useCacheMutation<TData, TVariables = void>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  updateCache: (queryClient: QueryClient, data: TData, variables: TVariables) => void,
  config: MutationConfig<TData, TVariables> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn,
    onSuccess: (data, variables, onMutateResult, context) => {
      updateCache(queryClient, data, variables);
      return config.onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

/** Marks every query under each key stale (refetching the ones on screen). */
export function invalidateAll(queryClient: QueryClient, keys: readonly (readonly unknown[])[]): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

/**
 * The `run(csv, commit)` of a CSV import form that refreshes `keys` once a commit has written
 * its rows (a commit that found problems wrote nothing).
 */
export function useImportRun<Result extends { problems: readonly unknown[] }>(
  run: (csv: string, commit: boolean) => Promise<Result>,
  keys: readonly (readonly unknown[])[],
) {
  const queryClient = useQueryClient();
  return async (csv: string, commit: boolean): Promise<Result> => {
    const result = await run(csv, commit);
    if (commit && result.problems.length === 0) invalidateAll(queryClient, keys);
    return result;
  };
}
