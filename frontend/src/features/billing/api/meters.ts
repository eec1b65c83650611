import { graphql } from '@/gql';
import type { MeterReadingFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

export const meterReadingsKey = (leaseId: string) => ['billing', 'meterReadings', leaseId] as const;

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

export async function recordMeterReading(input: MeterReadingFields) {
  return (await request(RecordMeterReading, { input })).recordMeterReading;
}

export interface Correction {
  readingId: string;
  meterM3: number;
  readOn: string;
  reason: string;
}

export async function correctMeterReading(correction: Correction) {
  return (await request(CorrectMeterReading, correction)).correctMeterReading;
}
