import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { useImportRun } from '@/lib/mutations';
import { billingKeys } from './keys';

/** The header row a meter readings file must start with, as the server reads it. */
export const METER_CSV_HEADER = 'cluster,plot,month,reading_m3,read_on';

const ImportMeterReadings = graphql(`
  mutation ImportMeterReadings($csv: String!, $commit: Boolean!) {
    importMeterReadings(csv: $csv, commit: $commit) {
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

/** Checks (commit false) or writes (commit true: all rows or none) a file of meter readings. */
export async function importMeterReadings(csv: string, commit: boolean) {
  return (await request(ImportMeterReadings, { csv, commit })).importMeterReadings;
}

/** `importMeterReadings` for the import form; a written file refreshes every lease's readings. */
export const useImportMeterReadings = () => useImportRun(importMeterReadings, [billingKeys.meterReadings]);
