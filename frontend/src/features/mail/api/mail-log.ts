import { graphql } from '@/gql';
import type { MailStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';

const mailLogKey = ['mailLog'] as const;

const MailLog = graphql(`
  query MailLog($first: Int, $after: String, $status: MailStatus) {
    mailLog(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        recipient
        subject
        template
        status
        attempts
        lastError
        createdAt
        sentAt
        nextAttemptAt
      }
    }
  }
`);

const RetryMail = graphql(`
  mutation RetryMail($id: ID!) {
    retryMail(id: $id) {
      id
      recipient
      status
      attempts
      nextAttemptAt
    }
  }
`);

export async function fetchMailLog(status: MailStatus | null, after: string | null) {
  const data = await request(MailLog, { first: PAGE_SIZE, after, status });
  return data.mailLog;
}

export type MailRow = Awaited<ReturnType<typeof fetchMailLog>>['nodes'][number];

export const mailLogQueryOptions = (status: MailStatus | null) =>
  connectionQueryOptions([...mailLogKey, status], (after) => fetchMailLog(status, after));

export const useMailLog = (status: MailStatus | null) => useConnection(mailLogQueryOptions(status));

export async function retryMail(id: string) {
  const data = await request(RetryMail, { id });
  return data.retryMail;
}

/** Sends a message again now; the log shows its new attempt. */
export const useRetryMail = (config?: MutationConfig<Awaited<ReturnType<typeof retryMail>>, string>) =>
  useCacheMutation(retryMail, (queryClient) => invalidateAll(queryClient, [mailLogKey]), config);
