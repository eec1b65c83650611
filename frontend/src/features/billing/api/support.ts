import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SupportProgrammeFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import type { DateRange } from '../lib/statement';
import { billingKeys } from './keys';

graphql(`
  fragment SupportProgrammeData on SupportProgramme {
    id
    name
    citation
    decisionNumber
    decisionDate
    issuedBy
    clusterId
    startsOn
    endsOn
    rateBp
    mechanism
  }
`);

const SupportProgrammes = graphql(`
  query SupportProgrammes {
    supportProgrammes {
      ...SupportProgrammeData
    }
  }
`);

const SupportClaimReport = graphql(`
  query SupportClaimReport($programmeId: ID!, $from: NaiveDate, $to: NaiveDate) {
    supportClaimReport(programmeId: $programmeId, from: $from, to: $to) {
      from
      to
      rent
      amount
      programme {
        ...SupportProgrammeData
      }
      firms {
        firmId
        firmName
        firmTaxCode
        rent
        amount
      }
      claims {
        firmId
        firmName
        firmTaxCode
        clusterName
        invoiceId
        invoiceNumber
        invoiceDate
        coveredFrom
        coveredTo
        rent
        rateBp
        amount
        mechanism
      }
    }
  }
`);

const CreateSupportProgramme = graphql(`
  mutation CreateSupportProgramme($input: SupportProgrammeFields!) {
    createSupportProgramme(input: $input) {
      ...SupportProgrammeData
    }
  }
`);

const UpdateSupportProgramme = graphql(`
  mutation UpdateSupportProgramme($id: ID!, $input: SupportProgrammeFields!) {
    updateSupportProgramme(id: $id, input: $input) {
      ...SupportProgrammeData
    }
  }
`);

const DeleteSupportProgramme = graphql(`
  mutation DeleteSupportProgramme($id: ID!) {
    deleteSupportProgramme(id: $id)
  }
`);

/** The operator's rent support programmes, latest first. */
export async function fetchSupportProgrammes() {
  return (await request(SupportProgrammes, {})).supportProgrammes;
}

export type SupportProgrammeRow = Awaited<ReturnType<typeof fetchSupportProgrammes>>[number];

export const supportProgrammesQueryOptions = () =>
  queryOptions({ queryKey: billingKeys.supportProgrammes, queryFn: fetchSupportProgrammes });

export const useSupportProgrammes = () => useQuery(supportProgrammesQueryOptions());

/** A programme's claims over `range`, or over its own period when `range` is null. */
export async function fetchSupportClaimReport(programmeId: string, range: DateRange | null) {
  return (await request(SupportClaimReport, { programmeId, from: range?.from ?? null, to: range?.to ?? null }))
    .supportClaimReport;
}

export type SupportClaimReportData = Awaited<ReturnType<typeof fetchSupportClaimReport>>;
export type SupportClaimRow = SupportClaimReportData['claims'][number];

/** The claim report; while a new range loads, the last one stays on screen. */
export const useSupportClaimReport = (programmeId: string, range: DateRange | null, enabled = true) =>
  useQuery({
    queryKey: billingKeys.supportClaimReport(programmeId, range),
    queryFn: () => fetchSupportClaimReport(programmeId, range),
    enabled,
    placeholderData: keepPreviousData,
  });

/** Creates a programme (`id` null) or changes one. */
export async function saveSupportProgramme({ id, input }: { id: string | null; input: SupportProgrammeFields }) {
  return id === null
    ? (await request(CreateSupportProgramme, { input })).createSupportProgramme
    : (await request(UpdateSupportProgramme, { id, input })).updateSupportProgramme;
}

export async function deleteSupportProgramme(id: string) {
  return (await request(DeleteSupportProgramme, { id })).deleteSupportProgramme;
}

/**
 * What a programme change alters: the list, its reports and which programmes each lease
 * qualifies for. (`['leases']` is the estate's lease key; billing cannot import the estate,
 * which imports billing.)
 */
const programmeChangedKeys = [billingKeys.support, ['leases']] as const;

export const useSaveSupportProgramme = (
  config?: MutationConfig<SupportProgrammeRow, { id: string | null; input: SupportProgrammeFields }>,
) => useCacheMutation(saveSupportProgramme, (queryClient) => invalidateAll(queryClient, programmeChangedKeys), config);

export const useDeleteSupportProgramme = (config?: MutationConfig<string, string>) =>
  useCacheMutation(deleteSupportProgramme, (queryClient) => invalidateAll(queryClient, programmeChangedKeys), config);
