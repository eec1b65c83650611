import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { FundAccount } from '@/gql/graphql';
import type { Language } from '@/i18n/language-preference';
import { request } from '@/lib/graphql/client';
import { upkeepKeys } from './keys';

const FundStatement = graphql(`
  query FundStatement($clusterId: ID!, $from: NaiveDate!, $to: NaiveDate!, $account: FundAccount) {
    fundStatement(clusterId: $clusterId, from: $from, to: $to, account: $account) {
      clusterName
      account
      from
      to
      openingBalance
      receiptsTotal
      expensesTotal
      closingBalance
      receipts {
        month
        source
        amount
      }
      expenses {
        category
        total
        lines {
          id
          entryOn
          amount
          description
          documentNumber
          documentDate
          workOrderId
        }
      }
    }
  }
`);

export interface StatementFilter {
  clusterId: string;
  from: string;
  to: string;
  account: FundAccount;
}

/** A cluster's account over a period (opening, receipts, expenses by category, closing). */
export const useFundStatement = (filter: StatementFilter | null) =>
  useQuery({
    queryKey: upkeepKeys.fundStatement(filter ?? {}),
    queryFn: async () => (await request(FundStatement, filter ?? { clusterId: '', from: '', to: '', account: 'MAINTENANCE_FUND' })).fundStatement,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });

/** The address of the statement's CSV or PDF download, in the reader's language. */
export function statementFileUrl(kind: 'csv' | 'pdf', filter: StatementFilter, language: Language): string {
  const query = new URLSearchParams({
    cluster: filter.clusterId,
    from: filter.from,
    to: filter.to,
    account: filter.account,
    lang: language,
  });
  return kind === 'csv' ? `/export/fund-statement.csv?${query}` : `/documents/fund-statement.pdf?${query}`;
}
