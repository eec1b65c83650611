import { graphql } from '@/gql';
import type { MailStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const mailLogKey = ['mailLog'] as const;

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

export async function retryMail(id: string) {
  const data = await request(RetryMail, { id });
  return data.retryMail;
}
