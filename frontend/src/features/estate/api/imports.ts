import { graphql } from '@/gql';
import type { ImportResultFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { useImportRun } from '@/lib/mutations';
import { estateKeys, occupancyKeys } from './keys';

graphql(`
  fragment ImportResultFields on ImportResult {
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
`);

const ImportPlots = graphql(`
  mutation ImportPlots($csv: String!, $commit: Boolean!) {
    importPlots(csv: $csv, commit: $commit) {
      ...ImportResultFields
    }
  }
`);

const ImportFirms = graphql(`
  mutation ImportFirms($csv: String!, $commit: Boolean!) {
    importFirms(csv: $csv, commit: $commit) {
      ...ImportResultFields
    }
  }
`);

/** What a CSV import can bring in. */
export type ImportKind = 'plots' | 'firms';

export type ImportResult = ImportResultFieldsFragment;

/** The header row each import expects, exactly as the server reads it. */
export const IMPORT_HEADERS: Record<ImportKind, string> = {
  plots: 'cluster,code,area_m2,land_use,cadastral_ref,notes',
  firms: 'name,tax_code,address,capital_origin,is_sme,vsic_code,workforce,billing_emails,status',
};

/** Checks (commit false) or writes (commit true: all rows or none) a CSV file. */
export async function importCsv(kind: ImportKind, csv: string, commit: boolean): Promise<ImportResult> {
  if (kind === 'plots') return (await request(ImportPlots, { csv, commit })).importPlots;
  return (await request(ImportFirms, { csv, commit })).importFirms;
}

/** What a written import changes: new plots change occupancy too; new firms, the firm lists and pickers. */
const IMPORT_CHANGES: Record<ImportKind, readonly (readonly unknown[])[]> = {
  plots: occupancyKeys,
  firms: [estateKeys.firms],
};

/** `importCsv` of one kind for the import form; a written file refreshes what it added to. */
export const useImportCsv = (kind: ImportKind) =>
  useImportRun((csv: string, commit: boolean) => importCsv(kind, csv, commit), IMPORT_CHANGES[kind]);
