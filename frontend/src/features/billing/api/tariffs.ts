import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TariffFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { billingKeys } from './keys';

graphql(`
  fragment TariffData on Tariff {
    id
    clusterId
    charge
    nameVi
    nameEn
    unit
    rate
    vatBp
    vatBasis
    effectiveFrom
    effectiveTo
    legalBasis
  }
`);

const Tariffs = graphql(`
  query Tariffs($clusterId: ID!) {
    tariffs(clusterId: $clusterId) {
      ...TariffData
    }
  }
`);

const AddTariffVersion = graphql(`
  mutation AddTariffVersion($input: TariffFields!) {
    addTariffVersion(input: $input) {
      ...TariffData
    }
  }
`);

/** Every version of a cluster's tariff, current first within each charge. */
export async function fetchTariffs(clusterId: string) {
  return (await request(Tariffs, { clusterId })).tariffs;
}

export type TariffRow = Awaited<ReturnType<typeof fetchTariffs>>[number];

export const tariffsQueryOptions = (clusterId: string) =>
  queryOptions({ queryKey: billingKeys.tariffs(clusterId), queryFn: () => fetchTariffs(clusterId) });

export const useTariffs = (clusterId: string) => useQuery(tariffsQueryOptions(clusterId));

export async function addTariffVersion(input: TariffFields) {
  return (await request(AddTariffVersion, { input })).addTariffVersion;
}

/** Adds a rate version; the cluster's tariff and its fund's break-even figures are read again. */
export const useAddTariffVersion = (config?: MutationConfig<TariffRow, TariffFields>) =>
  useCacheMutation(
    addTariffVersion,
    (queryClient, _added, input) =>
      invalidateAll(queryClient, [billingKeys.tariffs(input.clusterId), billingKeys.fund(input.clusterId)]),
    config,
  );
