import { graphql } from '@/gql';
import type { DischargeLimitsFields, EffluentSampleFields } from '@/gql/graphql';
import { clustersKey } from '@/lib/cluster-options';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { upkeepKeys } from './keys';

const SetDischargeLimits = graphql(`
  mutation SetDischargeLimits($input: DischargeLimitsFields!) {
    setDischargeLimits(input: $input) {
      code
      name
      unit
      min
      max
    }
  }
`);

const RecordEffluentSample = graphql(`
  mutation RecordEffluentSample($input: EffluentSampleFields!) {
    recordEffluentSample(input: $input) {
      workOrderId
      sample {
        id
        compliant
      }
    }
  }
`);

/** Everything a limit or a sample changes: the asset's page, the register, work orders and the operator's day. */
const touched = [upkeepKeys.assets, ['maintenance', 'workOrders'], ['overview', 'todo'], clustersKey] as const;

type Limits = Awaited<ReturnType<typeof setLimits>>;
async function setLimits(input: DischargeLimitsFields) {
  return (await request(SetDischargeLimits, { input })).setDischargeLimits;
}

/** Replaces the limits of a plant's discharge permit. */
export const useSetDischargeLimits = (config?: MutationConfig<Limits, DischargeLimitsFields>) =>
  useCacheMutation(setLimits, (queryClient) => invalidateAll(queryClient, touched), config);

type Recorded = Awaited<ReturnType<typeof recordSample>>;
async function recordSample(input: EffluentSampleFields) {
  return (await request(RecordEffluentSample, { input })).recordEffluentSample;
}

/** Records a sampling result; an over-limit one opens a P1 work order. */
export const useRecordEffluentSample = (config?: MutationConfig<Recorded, EffluentSampleFields>) =>
  useCacheMutation(recordSample, (queryClient) => invalidateAll(queryClient, touched), config);
