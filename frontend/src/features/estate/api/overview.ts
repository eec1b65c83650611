import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

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

export const estateOverviewKey = ['estateOverview'] as const;
export const provinceOverviewKey = ['provinceOverview'] as const;

export async function fetchEstateOverview() {
  const data = await request(EstateOverview, { on: null });
  return data.estateOverview;
}

export async function fetchProvinceOverview() {
  const data = await request(ProvinceOverview, { on: null });
  return data.provinceOverview;
}
