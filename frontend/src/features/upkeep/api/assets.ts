import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AssetCategory, AssetFields, AssetRowFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation, useImportRun } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { upkeepKeys } from './keys';

graphql(`
  fragment AssetRowFields on Asset {
    id
    clusterId
    parentId
    plotId
    code
    name
    category
    location
    quantity
    unit
    commissionedOn
    expectedLifeYears
    condition
    replacementValue
    warrantyUntil
    notes
    permits {
      id
      kind
      number
      issuer
      issuedOn
      expiresOn
      expired
    }
  }
`);

const Assets = graphql(`
  query Assets($clusterId: ID, $category: AssetCategory) {
    assets(clusterId: $clusterId, category: $category) {
      ...AssetRowFields
    }
  }
`);

const AssetDetail = graphql(`
  query AssetDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Asset {
        ...AssetRowFields
        isPlant
        permits {
          id
          limits {
            code
            name
            unit
            min
            max
          }
        }
        effluentSamples {
          id
          sampledOn
          reportNumber
          compliant
          workOrderId
          values {
            code
            name
            unit
            value
            min
            max
            over
          }
        }
        children {
          id
          code
          name
          category
          condition
        }
        workOrders {
          id
          reference
          title
          status
          createdAt
          costTotal
        }
        costs {
          id
          entryOn
          amount
          account
          description
          documentNumber
          documentDate
          workOrderId
        }
      }
    }
  }
`);

const CreateAsset = graphql(`
  mutation CreateAsset($input: AssetFields!) {
    createAsset(input: $input) {
      ...AssetRowFields
    }
  }
`);

const UpdateAsset = graphql(`
  mutation UpdateAsset($id: ID!, $input: AssetFields!) {
    updateAsset(id: $id, input: $input) {
      ...AssetRowFields
    }
  }
`);

const ImportAssets = graphql(`
  mutation ImportAssets($csv: String!, $commit: Boolean!) {
    importAssets(csv: $csv, commit: $commit) {
      rows
      valid
      created
      problems {
        row
        column
        message
        reason {
          code
          params {
            name
            kind
            value
          }
        }
      }
    }
  }
`);

export type AssetRow = AssetRowFieldsFragment;

/** The categories of Decree 32/2024/NĐ-CP art. 2, in the decree's order. */
export const ASSET_CATEGORIES: readonly AssetCategory[] = [
  'INTERNAL_ROADS',
  'DRAINAGE',
  'WATER_SUPPLY',
  'WASTEWATER',
  'POWER_LIGHTING',
  'FIRE_PROTECTION',
  'GREENERY',
  'FENCES_GATES',
  'OTHER',
];

/** The header row the asset import expects, exactly as the server reads it (and exports). */
export const ASSET_IMPORT_HEADER =
  'cluster,code,name,category,parent_code,plot,location,quantity,unit,commissioned_on,expected_life_years,condition,replacement_value,warranty_until,notes';

export interface AssetFilter {
  clusterId: string | null;
  category: AssetCategory | null;
}

export const assetsQueryOptions = (filter: AssetFilter) =>
  queryOptions({
    queryKey: upkeepKeys.assetList(filter),
    queryFn: async () => (await request(Assets, filter)).assets,
  });

export const useAssets = (filter: AssetFilter) => useQuery(assetsQueryOptions(filter));

/** One asset with its permits, the works below it, its work orders and what they cost; null when not visible. */
async function fetchAsset(id: string) {
  const node = (await request(AssetDetail, { id })).node;
  return node?.__typename === 'Asset' ? node : null;
}

export type AssetDetailData = NonNullable<Awaited<ReturnType<typeof fetchAsset>>>;

export const assetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: upkeepKeys.asset(id),
    queryFn: () => fetchAsset(id),
  });

export const useAsset = (id: string) => useQuery(assetQueryOptions(id));

/** Creates an asset (`id` null) or changes one. */
export async function saveAsset({ id, input }: { id: string | null; input: AssetFields }) {
  if (id === null) return (await request(CreateAsset, { input })).createAsset;
  return (await request(UpdateAsset, { id, input })).updateAsset;
}

/** Saves an asset; the register and the asset's page are read again. */
export const useSaveAsset = (config?: MutationConfig<AssetRow, { id: string | null; input: AssetFields }>) =>
  useCacheMutation(saveAsset, (queryClient) => invalidateAll(queryClient, [upkeepKeys.assets]), config);

/** Checks (commit false) or writes (commit true: all rows or none) an assets file. */
export const useImportAssets = () =>
  useImportRun(
    async (csv: string, commit: boolean) => (await request(ImportAssets, { csv, commit })).importAssets,
    [upkeepKeys.assets],
  );
