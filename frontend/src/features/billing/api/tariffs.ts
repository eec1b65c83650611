import { graphql } from '@/gql';
import type { TariffFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

export const tariffsKey = (clusterId: string) => ['billing', 'tariffs', clusterId] as const;

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

export async function addTariffVersion(input: TariffFields) {
  return (await request(AddTariffVersion, { input })).addTariffVersion;
}
