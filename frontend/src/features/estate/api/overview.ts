import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { estateKeys } from './keys';

// Fragments shared by the estate queries (the generated documents include them where used).
graphql(`
  fragment OccupancyFields on Occupancy {
    on
    leasableAreaM2
    leasedAreaM2
    rateBp
    plotsTotal
    plotsFree
    firms
    workforce
  }
`);

graphql(`
  fragment WastewaterFields on Wastewater {
    present
    capacityM3PerDay
    status
    permitExpiresOn
    compliant
  }
`);

const EstateOverview = graphql(`
  query EstateOverview($on: NaiveDate) {
    estateOverview(on: $on) {
      on
      clusters {
        cluster {
          id
          name
        }
        wastewater {
          ...WastewaterFields
        }
        occupancy {
          ...OccupancyFields
        }
      }
      total {
        ...OccupancyFields
      }
    }
  }
`);

const ProvinceOverview = graphql(`
  query ProvinceOverview($on: NaiveDate) {
    provinceOverview(on: $on) {
      province
      on
      clusters {
        operatorName
        clusterName
        district
        status
        totalAreaM2
        wastewater {
          ...WastewaterFields
        }
        upkeep {
          plantRegistered
          capacityM3PerDay
          dischargePermitExpiresOn
          lastSampleOn
          lastSampleCompliant
          inflowMonth
          inflowM3PerDay
          inflowOfCapacityBp
          openP1WorkOrders
          occurrencesDue
          occurrencesDone
          doneRateBp
        }
        occupancy {
          ...OccupancyFields
        }
      }
      total {
        ...OccupancyFields
      }
    }
  }
`);

export async function fetchEstateOverview() {
  const data = await request(EstateOverview, { on: null });
  return data.estateOverview;
}

export type EstateOverviewRow = Awaited<ReturnType<typeof fetchEstateOverview>>['clusters'][number];

export const estateOverviewQueryOptions = () =>
  queryOptions({ queryKey: estateKeys.overview, queryFn: fetchEstateOverview });

export const useEstateOverview = () => useQuery(estateOverviewQueryOptions());

export async function fetchProvinceOverview() {
  const data = await request(ProvinceOverview, { on: null });
  return data.provinceOverview;
}

export type ProvinceOverviewRow = Awaited<ReturnType<typeof fetchProvinceOverview>>['clusters'][number];

export const provinceOverviewQueryOptions = () =>
  queryOptions({ queryKey: estateKeys.provinceOverview, queryFn: fetchProvinceOverview });

export const useProvinceOverview = () => useQuery(provinceOverviewQueryOptions());
