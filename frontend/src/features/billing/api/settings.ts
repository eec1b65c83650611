import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { BillingSettingsDataFragment, BillingSettingsFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { billingKeys } from './keys';

graphql(`
  fragment BillingSettingsData on BillingSettings {
    invoiceTemplate
    invoiceSeries
    currentSeries
    dueDays
    lateInterestBp
    lateInterestCommercial
    lateInterestBasis
    interestOnInvoice
    rentVatBp
    invoiceDatePolicy
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

const BanksQuery = graphql(`
  query Banks {
    banks {
      bin
      shortName
      name
    }
  }
`);

export async function fetchBanks() {
  return (await request(BanksQuery, {})).banks;
}

/** The NAPAS banks; a fixed list, fetched once per page load. */
export const banksQueryOptions = () =>
  queryOptions({ queryKey: billingKeys.banks, queryFn: fetchBanks, staleTime: Infinity });

export const useBanks = () => useQuery(banksQueryOptions());

export async function fetchBillingSettings() {
  return (await request(BillingSettingsQuery, {})).billingSettings;
}

export const billingSettingsQueryOptions = () =>
  queryOptions({ queryKey: billingKeys.settings, queryFn: fetchBillingSettings });

export const useBillingSettings = () => useQuery(billingSettingsQueryOptions());

export async function updateBillingSettings(input: BillingSettingsFields) {
  return (await request(UpdateBillingSettings, { input })).updateBillingSettings;
}

/** Saves the settings; the answer is the settings now in force, so it replaces the cached ones. */
export const useUpdateBillingSettings = (config?: MutationConfig<BillingSettingsDataFragment, BillingSettingsFields>) =>
  useCacheMutation(
    updateBillingSettings,
    (queryClient, saved) => queryClient.setQueryData(billingSettingsQueryOptions().queryKey, saved),
    config,
  );
