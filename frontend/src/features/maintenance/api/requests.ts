import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type {
  AcknowledgeMaintenanceRequestInput,
  AskMaintenanceRequesterInput,
  AttachMaintenanceFilesInput,
  CancelMaintenanceRequestInput,
  CommentOnMaintenanceRequestInput,
  ConfirmMaintenanceResolutionInput,
  DeferMaintenanceRequestInput,
  FileMaintenanceRequestInput,
  RejectMaintenanceRequestInput,
  ReopenMaintenanceRequestInput,
  ReplyToMaintenanceRequestInput,
  ResolveMaintenanceRequestInput,
} from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import type { RequestFilter } from '../lib/request-filter';
import { maintenanceKeys, requestChangedKeys } from './keys';

graphql(`
  fragment MaintenanceRequestRow on MaintenanceRequest {
    id
    reference
    title
    category
    status
    priority
    urgent
    firmName
    clusterName
    plotCode
    location
    promisedOn
    deferredUntil
    createdAt
    respondedAt
    responseDueAt
    resolutionDueAt
    overdue
    slaPaused
    awaitingConfirmation
  }
`);

const MaintenanceRequests = graphql(`
  query MaintenanceRequests(
    $first: Int
    $after: String
    $status: [MaintenanceRequestStatus!]
    $priority: MaintenancePriority
    $clusterId: ID
    $assigneeId: ID
    $overdue: Boolean
  ) {
    maintenanceRequests(
      first: $first
      after: $after
      status: $status
      priority: $priority
      clusterId: $clusterId
      assigneeId: $assigneeId
      overdue: $overdue
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MaintenanceRequestRow
      }
    }
  }
`);

graphql(`
  fragment MaintenanceEventData on MaintenanceEvent {
    id
    at
    actorId
    actorName
    fromStatus
    toStatus
    priority
    reasonCode
    reasonDetail
    reason
  }
`);

graphql(`
  fragment MaintenanceFileData on MaintenanceFile {
    id
    fileName
    contentType
    isImage
    sizeBytes
    url
    thumbnailUrl
  }
`);

graphql(`
  fragment MaintenanceRequestDetail on MaintenanceRequest {
    ...MaintenanceRequestRow
    description
    firmId
    clusterId
    plotId
    rating
    rejectReason
    duplicateOfId
    reopenCount
    resolutionNote
    resolvedAt
    updatedAt
    events {
      ...MaintenanceEventData
    }
    comments {
      id
      authorId
      authorName
      body
      internal
      createdAt
    }
    files {
      ...MaintenanceFileData
    }
  }
`);

const MaintenanceRequestDetailQuery = graphql(`
  query MaintenanceRequestDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on MaintenanceRequest {
        ...MaintenanceRequestDetail
      }
    }
  }
`);

const FileMaintenanceRequest = graphql(`
  mutation FileMaintenanceRequest($input: FileMaintenanceRequestInput!) {
    fileMaintenanceRequest(input: $input) {
      request {
        ...MaintenanceRequestDetail
      }
    }
  }
`);

const AttachMaintenanceFiles = graphql(`
  mutation AttachMaintenanceFiles($input: AttachMaintenanceFilesInput!) {
    attachMaintenanceFiles(input: $input) {
      request {
        ...MaintenanceRequestDetail
      }
      files {
        id
      }
    }
  }
`);

const AcknowledgeMaintenanceRequest = graphql(`
  mutation AcknowledgeMaintenanceRequest($input: AcknowledgeMaintenanceRequestInput!) {
    acknowledgeMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const AskMaintenanceRequester = graphql(`
  mutation AskMaintenanceRequester($input: AskMaintenanceRequesterInput!) {
    askMaintenanceRequester(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const DeferMaintenanceRequest = graphql(`
  mutation DeferMaintenanceRequest($input: DeferMaintenanceRequestInput!) {
    deferMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const RejectMaintenanceRequest = graphql(`
  mutation RejectMaintenanceRequest($input: RejectMaintenanceRequestInput!) {
    rejectMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const ResolveMaintenanceRequest = graphql(`
  mutation ResolveMaintenanceRequest($input: ResolveMaintenanceRequestInput!) {
    resolveMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const CancelMaintenanceRequest = graphql(`
  mutation CancelMaintenanceRequest($input: CancelMaintenanceRequestInput!) {
    cancelMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const StartMaintenanceRequest = graphql(`
  mutation StartMaintenanceRequest($requestId: ID!) {
    startMaintenanceRequest(requestId: $requestId) {
      ...MaintenanceRequestDetail
    }
  }
`);

const ResumeMaintenanceRequest = graphql(`
  mutation ResumeMaintenanceRequest($requestId: ID!) {
    resumeMaintenanceRequest(requestId: $requestId) {
      ...MaintenanceRequestDetail
    }
  }
`);

const ReplyToMaintenanceRequest = graphql(`
  mutation ReplyToMaintenanceRequest($input: ReplyToMaintenanceRequestInput!) {
    replyToMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const ConfirmMaintenanceResolution = graphql(`
  mutation ConfirmMaintenanceResolution($input: ConfirmMaintenanceResolutionInput!) {
    confirmMaintenanceResolution(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const ReopenMaintenanceRequest = graphql(`
  mutation ReopenMaintenanceRequest($input: ReopenMaintenanceRequestInput!) {
    reopenMaintenanceRequest(input: $input) {
      ...MaintenanceRequestDetail
    }
  }
`);

const CommentOnMaintenanceRequest = graphql(`
  mutation CommentOnMaintenanceRequest($input: CommentOnMaintenanceRequestInput!) {
    commentOnMaintenanceRequest(input: $input) {
      id
    }
  }
`);

/** One page of requests, newest first, filtered on the server. */
export async function fetchRequests(filter: RequestFilter, after: string | null) {
  const data = await request(MaintenanceRequests, {
    first: PAGE_SIZE,
    after,
    status: filter.status.length > 0 ? filter.status : null,
    priority: filter.priority,
    clusterId: filter.clusterId,
    assigneeId: filter.assigneeId,
    overdue: filter.overdue ? true : null,
  });
  return data.maintenanceRequests;
}

export type RequestRow = Awaited<ReturnType<typeof fetchRequests>>['nodes'][number];

/**
 * Requests move under the reader's eyes (the operator answers, the firm confirms), so every
 * list and page of them asks again whenever it is shown, showing what it had meanwhile.
 */
const ALWAYS_ASK_AGAIN = 0;

/** The requests of `filter`, page by page; `scope` keeps the operator's and a firm's lists apart. */
export const requestsQueryOptions = (scope: string, filter: RequestFilter) => ({
  ...connectionQueryOptions(maintenanceKeys.requestList(scope, filter), (after) => fetchRequests(filter, after)),
  staleTime: ALWAYS_ASK_AGAIN,
});

export const useRequests = (scope: string, filter: RequestFilter) => useConnection(requestsQueryOptions(scope, filter));

export async function fetchRequest(id: string) {
  const data = await request(MaintenanceRequestDetailQuery, { id });
  return data.node.__typename === 'MaintenanceRequest' ? data.node : null;
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof fetchRequest>>>;

export const requestQueryOptions = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.request(id), queryFn: () => fetchRequest(id), staleTime: ALWAYS_ASK_AGAIN });

export const useRequest = (id: string) => useQuery(requestQueryOptions(id));

/** A request's page shows its new state at once; every list it appears in is stale. */
function requestChanged(queryClient: QueryClient, changed: Omit<RequestDetail, '__typename'>) {
  const detail: RequestDetail = { ...changed, __typename: 'MaintenanceRequest' };
  queryClient.setQueryData(requestQueryOptions(changed.id).queryKey, detail);
  invalidateAll(queryClient, requestChangedKeys);
}

type Changed = Omit<RequestDetail, '__typename'>;

/** A hook for one request transition: `run(input)` answers the request as it is now. */
function transitionHook<Input>(run: (input: Input) => Promise<Changed>) {
  return (config?: MutationConfig<Changed, Input>) =>
    useCacheMutation(run, (queryClient, changed) => requestChanged(queryClient, changed), config);
}

export async function fileRequest(input: FileMaintenanceRequestInput) {
  return (await request(FileMaintenanceRequest, { input })).fileMaintenanceRequest.request;
}

export const useFileRequest = transitionHook(fileRequest);

async function attachFiles(input: AttachMaintenanceFilesInput) {
  return (await request(AttachMaintenanceFiles, { input })).attachMaintenanceFiles;
}

/** Adds photos or documents to a request; `files` of the answer are the ones just added. */
export const useAttachFiles = (config?: MutationConfig<Awaited<ReturnType<typeof attachFiles>>, AttachMaintenanceFilesInput>) =>
  useCacheMutation(attachFiles, (queryClient, attached) => requestChanged(queryClient, attached.request), config);

export const useAcknowledgeRequest = transitionHook(
  async (input: AcknowledgeMaintenanceRequestInput) =>
    (await request(AcknowledgeMaintenanceRequest, { input })).acknowledgeMaintenanceRequest,
);

export const useAskRequester = transitionHook(
  async (input: AskMaintenanceRequesterInput) => (await request(AskMaintenanceRequester, { input })).askMaintenanceRequester,
);

export const useDeferRequest = transitionHook(
  async (input: DeferMaintenanceRequestInput) => (await request(DeferMaintenanceRequest, { input })).deferMaintenanceRequest,
);

export const useRejectRequest = transitionHook(
  async (input: RejectMaintenanceRequestInput) => (await request(RejectMaintenanceRequest, { input })).rejectMaintenanceRequest,
);

export const useResolveRequest = transitionHook(
  async (input: ResolveMaintenanceRequestInput) =>
    (await request(ResolveMaintenanceRequest, { input })).resolveMaintenanceRequest,
);

export const useCancelRequest = transitionHook(
  async (input: CancelMaintenanceRequestInput) => (await request(CancelMaintenanceRequest, { input })).cancelMaintenanceRequest,
);

export const useStartRequest = transitionHook(
  async (requestId: string) => (await request(StartMaintenanceRequest, { requestId })).startMaintenanceRequest,
);

export const useResumeRequest = transitionHook(
  async (requestId: string) => (await request(ResumeMaintenanceRequest, { requestId })).resumeMaintenanceRequest,
);

export const useReplyToRequest = transitionHook(
  async (input: ReplyToMaintenanceRequestInput) =>
    (await request(ReplyToMaintenanceRequest, { input })).replyToMaintenanceRequest,
);

export const useConfirmResolution = transitionHook(
  async (input: ConfirmMaintenanceResolutionInput) =>
    (await request(ConfirmMaintenanceResolution, { input })).confirmMaintenanceResolution,
);

export const useReopenRequest = transitionHook(
  async (input: ReopenMaintenanceRequestInput) => (await request(ReopenMaintenanceRequest, { input })).reopenMaintenanceRequest,
);

export async function commentOnRequest(input: CommentOnMaintenanceRequestInput) {
  return (await request(CommentOnMaintenanceRequest, { input })).commentOnMaintenanceRequest;
}

/** Adds a comment: the request's thread (its detail) reloads. */
export const useCommentOnRequest = (
  config?: MutationConfig<Awaited<ReturnType<typeof commentOnRequest>>, CommentOnMaintenanceRequestInput>,
) =>
  useCacheMutation(
    commentOnRequest,
    (queryClient, _comment, input) => invalidateAll(queryClient, [maintenanceKeys.request(input.requestId)]),
    config,
  );
