import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

const OperatorTodo = graphql(`
  query OperatorTodo {
    operatorTodo {
      on
      bankLinesWaiting
      unbilledPeriod
      unbilledClusters {
        id
        name
      }
      newlyOverdue
      overdue
      failedEmails
      leasesEnding
      permitsExpiring
      effluentOverLimit
      requestsToTriage
    }
  }
`);

export const overviewKeys = {
  /** Counts over everything in the tenant: refetched whenever the home page opens. */
  todo: ['overview', 'todo'] as const,
};

export async function fetchOperatorTodo() {
  return (await request(OperatorTodo, {})).operatorTodo;
}

export type OperatorTodoData = Awaited<ReturnType<typeof fetchOperatorTodo>>;

export const operatorTodoQueryOptions = () =>
  queryOptions({ queryKey: overviewKeys.todo, queryFn: fetchOperatorTodo, staleTime: 0 });

export const useOperatorTodo = () => useQuery(operatorTodoQueryOptions());
