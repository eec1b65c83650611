import { graphql } from '@/gql';
import type { ImportResultFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { firmsKey } from './firms';
import { plotsKey } from './plots';

graphql(`
  fragment ImportResultFields on ImportResult {
    rows
    valid
    created
    problems {
      row
      column
      message
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

/** The list query each import adds to, so a commit can refresh it. */
export const IMPORT_QUERY_KEYS: Record<ImportKind, readonly string[]> = {
  plots: plotsKey,
  firms: firmsKey,
};

/** Checks (commit false) or writes (commit true: all rows or none) a CSV file. */
export async function importCsv(kind: ImportKind, csv: string, commit: boolean): Promise<ImportResult> {
  if (kind === 'plots') return (await request(ImportPlots, { csv, commit })).importPlots;
  return (await request(ImportFirms, { csv, commit })).importFirms;
}
