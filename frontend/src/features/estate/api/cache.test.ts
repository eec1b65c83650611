import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateClusterDocument } from '@/gql/graphql';
import type { ClusterDetailFieldsFragment, ClusterFields } from '@/gql/graphql';
import { clusterOptionsQueryOptions } from '@/lib/cluster-options';
import { firmOptionsQueryOptions } from '@/lib/firm-options';
import { graphqlMock } from '@/test/mock-graphql';
import { renderHookWithCache } from '@/test/render';
import { useSaveCluster } from './clusters';
import { estateOverviewQueryOptions } from './overview';

const facts = {
  name: 'CCN Đồng Sóc 2',
  province: 'Phú Thọ',
  district: 'Vĩnh Tường',
  totalAreaM2: 500_000,
  leasableAreaM2: 380_000,
  status: 'PLANNED',
} as const;

const input: ClusterFields = { ...facts, wwtpPresent: false, wwtpStatus: 'NONE' };

const created: ClusterDetailFieldsFragment = {
  id: 'Q2x1c3Rlcjoy',
  ...facts,
  wastewater: { present: false, status: 'NONE', compliant: false },
  effluentOverLimit: false,
  occupancy: { on: '2026-11-27', leasableAreaM2: 380_000, leasedAreaM2: 0, rateBp: 0, plotsTotal: 0, plotsFree: 0, firms: 0, workforce: 0 },
  auditTrail: [],
};

describe('the estate cache after a change', () => {
  it('refreshes every cluster picker, billing’s included, and the overview when a cluster is saved', async () => {
    graphqlMock.on(CreateClusterDocument, { createCluster: created });
    const pickers = clusterOptionsQueryOptions().queryKey;
    const overview = estateOverviewQueryOptions().queryKey;
    const firms = firmOptionsQueryOptions().queryKey;
    const { result, isStale } = renderHookWithCache(() => useSaveCluster(), [pickers, overview, firms]);

    result.current.mutate({ id: null, input });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(graphqlMock.calls(CreateClusterDocument)).toEqual([{ input }]);
    expect(isStale(pickers)).toBe(true);
    expect(isStale(overview)).toBe(true);
    expect(isStale(firms)).toBe(false);
  });
});
