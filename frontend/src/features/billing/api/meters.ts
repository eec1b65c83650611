import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MeterReadingFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { billingKeys } from './keys';

graphql(`
  fragment MeterReadingData on MeterReading {
    id
    leaseId
    period
    readOn
    meterM3
    consumptionM3
    correctsId
    correctionReason
    supersededAt
    createdAt
  }
`);

const MeterReadings = graphql(`
  query MeterReadings($leaseId: ID!) {
    meterReadings(leaseId: $leaseId) {
      ...MeterReadingData
    }
  }
`);

const RecordMeterReading = graphql(`
  mutation RecordMeterReading($input: MeterReadingFields!) {
    recordMeterReading(input: $input) {
      ...MeterReadingData
    }
  }
`);

const CorrectMeterReading = graphql(`
  mutation CorrectMeterReading($readingId: ID!, $meterM3: Int!, $readOn: NaiveDate!, $reason: String!) {
    correctMeterReading(readingId: $readingId, meterM3: $meterM3, readOn: $readOn, reason: $reason) {
      ...MeterReadingData
    }
  }
`);

/** A lease's readings, corrections included. */
export async function fetchMeterReadings(leaseId: string) {
  return (await request(MeterReadings, { leaseId })).meterReadings;
}

export type MeterReadingRow = Awaited<ReturnType<typeof fetchMeterReadings>>[number];

export const meterReadingsQueryOptions = (leaseId: string) =>
  queryOptions({ queryKey: billingKeys.leaseMeterReadings(leaseId), queryFn: () => fetchMeterReadings(leaseId) });

export const useMeterReadings = (leaseId: string) => useQuery(meterReadingsQueryOptions(leaseId));

/** A reading changed: its lease's readings are read again. */
const refreshReadings = (queryClient: QueryClient, reading: MeterReadingRow) =>
  invalidateAll(queryClient, [billingKeys.leaseMeterReadings(reading.leaseId)]);

export async function recordMeterReading(input: MeterReadingFields) {
  return (await request(RecordMeterReading, { input })).recordMeterReading;
}

export const useRecordMeterReading = (config?: MutationConfig<MeterReadingRow, MeterReadingFields>) =>
  useCacheMutation(recordMeterReading, refreshReadings, config);

export interface Correction {
  readingId: string;
  meterM3: number;
  readOn: string;
  reason: string;
}

export async function correctMeterReading(correction: Correction) {
  return (await request(CorrectMeterReading, correction)).correctMeterReading;
}

export const useCorrectMeterReading = (config?: MutationConfig<MeterReadingRow, Correction>) =>
  useCacheMutation(correctMeterReading, refreshReadings, config);
