import { graphql } from '@/gql';
import type { BillingSettingsFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

export const billingSettingsKey = ['billing', 'settings'] as const;

graphql(`
  fragment BillingSettingsData on BillingSettings {
    invoiceTemplate
    invoiceSeries
    currentSeries
    dueDays
    lateInterestBp
    lateInterestBasis
    rentVatBp
    sellerName
    sellerAddress
    sellerTaxCode
    bankBin
    bankAccount
    bankAccountName
  }
`);

const BillingSettingsQuery = graphql(`
  query BillingSettings {
    billingSettings {
      ...BillingSettingsData
    }
  }
`);

const UpdateBillingSettings = graphql(`
  mutation UpdateBillingSettings($input: BillingSettingsFields!) {
    updateBillingSettings(input: $input) {
      ...BillingSettingsData
    }
  }
`);

export async function fetchBillingSettings() {
  return (await request(BillingSettingsQuery, {})).billingSettings;
}

export async function updateBillingSettings(input: BillingSettingsFields) {
  return (await request(UpdateBillingSettings, { input })).updateBillingSettings;
}
