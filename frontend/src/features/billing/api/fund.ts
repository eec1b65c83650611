import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

export const fundKey = (clusterId: string) => ['billing', 'fund', clusterId] as const;

const MaintenanceFund = graphql(`
  query MaintenanceFund($clusterId: ID!, $entries: Int!) {
    maintenanceFund(clusterId: $clusterId, entries: $entries) {
      clusterId
      clusterName
      balance
      plannedNext12Months
      feePerM2Month
      leasedAreaM2
      expectedFeeNext12Months
      coverageBp
      breakEvenFeePerM2Month
      months {
        month
        moneyIn
        moneyOut
      }
      plans {
        id
        month
        amount
        description
      }
      entries {
        id
        entryOn
        kind
        amount
        description
      }
    }
  }
`);

const RecordFundExpense = graphql(`
  mutation RecordFundExpense($clusterId: ID!, $spentOn: NaiveDate!, $amount: Int!, $description: String!) {
    recordFundExpense(clusterId: $clusterId, spentOn: $spentOn, amount: $amount, description: $description) {
      id
    }
  }
`);

const PlanUpkeep = graphql(`
  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {
    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {
      id
    }
  }
`);

/** How many of the latest movements the fund page lists. */
const ENTRIES = 100;

export async function fetchMaintenanceFund(clusterId: string) {
  return (await request(MaintenanceFund, { clusterId, entries: ENTRIES })).maintenanceFund;
}

export type FundData = Awaited<ReturnType<typeof fetchMaintenanceFund>>;

export interface FundExpense {
  clusterId: string;
  spentOn: string;
  amount: number;
  description: string;
}

export async function recordFundExpense(expense: FundExpense) {
  return (await request(RecordFundExpense, expense)).recordFundExpense;
}

export interface UpkeepPlanInput {
  clusterId: string;
  month: string;
  amount: number;
  description: string;
}

export async function planUpkeep(plan: UpkeepPlanInput) {
  return (await request(PlanUpkeep, plan)).planUpkeep;
}
