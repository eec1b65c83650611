import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type {
  ReminderKind,
  ReminderLocale,
  ReminderSettingsDataFragment,
  ReminderSettingsFields,
} from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';

export const reminderKeys = {
  all: ['reminders'] as const,
  settings: (clusterId: string | null) => ['reminders', 'settings', clusterId] as const,
  log: (kind: ReminderKind | null) => ['reminders', 'log', kind] as const,
  forecast: ['reminders', 'forecast'] as const,
  preview: (invoiceId: string, kind: ReminderKind, locale: ReminderLocale, subject: string | null, body: string | null) =>
    ['reminders', 'preview', invoiceId, kind, locale, subject, body] as const,
  invoices: ['reminders', 'previewInvoices'] as const,
  clusters: ['reminders', 'clusters'] as const,
};

graphql(`
  fragment ReminderSettingsData on ReminderSettings {
    clusterId
    customised
    ownDisabledKinds
    ownLadderDays
    ownRepeatDays
    ownCc
    ownSendWindow {
      always
    }
    ownTemplates {
      kind
    }
    placeholders
    effective {
      enabledKinds
      ladderDays
      repeatDays
      cc
      sendWindow {
        always
        start
        end
        days
      }
      templates {
        kind
        locale
        subject
        body
      }
    }
  }
`);

const ReminderSettingsQuery = graphql(`
  query ReminderSettings($clusterId: ID) {
    reminderSettings(clusterId: $clusterId) {
      ...ReminderSettingsData
    }
  }
`);

const UpdateReminderSettings = graphql(`
  mutation UpdateReminderSettings($input: ReminderSettingsFields!) {
    updateReminderSettings(input: $input) {
      ...ReminderSettingsData
    }
  }
`);

const ReminderClusters = graphql(`
  query ReminderClusters {
    clusters(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const RemindersLog = graphql(`
  query RemindersLog($first: Int, $after: String, $kind: ReminderKind) {
    remindersLog(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        step
        anchorOn
        summary
        status
        recipients
        amount
        claimedAt
        notBefore
      }
    }
  }
`);

const ReminderForecastQuery = graphql(`
  query ReminderForecast($at: DateTime) {
    reminderForecast(at: $at) {
      at
      reminders
      firms
      byKind {
        kind
        reminders
        firms
      }
      items {
        kind
        step
        summary
        firmName
        amount
        recipients
      }
    }
  }
`);

const ReminderPreviewQuery = graphql(`
  query ReminderPreview($invoiceId: ID!, $kind: ReminderKind!, $locale: ReminderLocale!, $subject: String, $body: String) {
    reminderPreview(invoiceId: $invoiceId, kind: $kind, locale: $locale, subject: $subject, body: $body) {
      subject
      text
    }
  }
`);

const PreviewInvoices = graphql(`
  query ReminderPreviewInvoices {
    invoices(first: 20, status: OVERDUE) {
      nodes {
        id
        numberLabel
        buyerName
        dueOn
        open
      }
    }
  }
`);

export type ReminderSettingsData = ReminderSettingsDataFragment;

export const reminderSettingsQueryOptions = (clusterId: string | null) =>
  queryOptions({
    queryKey: reminderKeys.settings(clusterId),
    queryFn: async () => (await request(ReminderSettingsQuery, { clusterId })).reminderSettings,
  });

export const useReminderSettings = (clusterId: string | null) => useQuery(reminderSettingsQueryOptions(clusterId));

export const useReminderClusters = () =>
  useQuery({
    queryKey: reminderKeys.clusters,
    queryFn: async () => (await request(ReminderClusters, {})).clusters.nodes,
  });

export async function updateReminderSettings(input: ReminderSettingsFields) {
  return (await request(UpdateReminderSettings, { input })).updateReminderSettings;
}

/** Saves one scope's settings; every scope's view and the forecast may change, so all are read again. */
export const useUpdateReminderSettings = (config?: MutationConfig<ReminderSettingsData, ReminderSettingsFields>) =>
  useCacheMutation(updateReminderSettings, (queryClient) => invalidateAll(queryClient, [reminderKeys.all]), config);

export async function fetchRemindersLog(kind: ReminderKind | null, after: string | null) {
  return (await request(RemindersLog, { first: PAGE_SIZE, after, kind })).remindersLog;
}

export type ReminderRow = Awaited<ReturnType<typeof fetchRemindersLog>>['nodes'][number];

export const useRemindersLog = (kind: ReminderKind | null) =>
  useConnection(connectionQueryOptions(reminderKeys.log(kind), (after) => fetchRemindersLog(kind, after)));

export const useReminderForecast = () =>
  useQuery({
    queryKey: reminderKeys.forecast,
    queryFn: async () => (await request(ReminderForecastQuery, {})).reminderForecast,
  });

export type ReminderForecastData = NonNullable<ReturnType<typeof useReminderForecast>['data']>;

export const usePreviewInvoices = () =>
  useQuery({
    queryKey: reminderKeys.invoices,
    queryFn: async () => (await request(PreviewInvoices, {})).invoices.nodes,
  });

export interface PreviewRequest {
  invoiceId: string;
  kind: ReminderKind;
  locale: ReminderLocale;
  /** A draft subject and opening; both null for the settings' own text. */
  subject: string | null;
  body: string | null;
}

/** The email as the invoice's firm would read it, with the draft subject and opening. */
export const useReminderPreview = (preview: PreviewRequest | null) =>
  useQuery({
    queryKey: preview
      ? reminderKeys.preview(preview.invoiceId, preview.kind, preview.locale, preview.subject, preview.body)
      : ['reminders', 'preview', 'none'],
    enabled: preview != null,
    retry: false,
    queryFn: async () => {
      if (preview == null) return null;
      return (await request(ReminderPreviewQuery, preview)).reminderPreview;
    },
  });
