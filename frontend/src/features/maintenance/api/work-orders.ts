import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { moneyMovedKeys } from '@/features/billing';
import { graphql } from '@/gql';
import type {
  AddChecklistItemInput,
  AddCostLineInput,
  AnswerChecklistItemInput,
  AssignWorkOrderInput,
  CreateWorkOrderInput,
  SetChecklistItemInput,
  TransitionWorkOrderInput,
  UpdateWorkOrderInput,
} from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { maintenanceKeys, workChangedKeys } from './keys';

graphql(`
  fragment WorkOrderRow on WorkOrder {
    id
    reference
    title
    status
    priority
    fundingSource
    clusterName
    assigneeName
    costTotal
    overdue
    responseDueAt
    resolutionDueAt
    createdAt
  }
`);

graphql(`
  fragment WorkOrderDetail on WorkOrder {
    ...WorkOrderRow
    description
    clusterId
    firmId
    requestIds
    assigneeUserId
    contractorName
    contractorPhone
    contractorEmail
    holdReason
    noCost
    verifiedAt
    verifiedCostTotal
    checklist {
      id
      label
      done
      position
      kind
      unit
      min
      max
      answer
      passed
      correctiveWorkOrderId
      photoThumbnailUrl
    }
    costLines {
      id
      kind
      description
      amount
      minutes
      hourlyRate
      supplier
      supplierInvoice
    }
    events {
      ...MaintenanceEventData
    }
    files {
      ...MaintenanceFileData
    }
  }
`);

const RequestWorkOrders = graphql(`
  query RequestWorkOrders($requestId: ID!) {
    workOrders(requestId: $requestId, first: 20) {
      nodes {
        ...WorkOrderRow
      }
    }
  }
`);

const WorkOrderDetailQuery = graphql(`
  query WorkOrderDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on WorkOrder {
        ...WorkOrderDetail
      }
    }
  }
`);

const CreateWorkOrder = graphql(`
  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

const AssignWorkOrder = graphql(`
  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {
    assignWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

const UpdateWorkOrder = graphql(`
  mutation UpdateWorkOrder($input: UpdateWorkOrderInput!) {
    updateWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

const TransitionWorkOrder = graphql(`
  mutation TransitionWorkOrder($input: TransitionWorkOrderInput!) {
    transitionWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

const RemoveCostLine = graphql(`
  mutation RemoveCostLine($costLineId: ID!) {
    removeCostLine(costLineId: $costLineId) {
      ...WorkOrderDetail
    }
  }
`);

const AddChecklistItem = graphql(`
  mutation AddChecklistItem($input: AddChecklistItemInput!) {
    addChecklistItem(input: $input) {
      id
    }
  }
`);

const SetChecklistItem = graphql(`
  mutation SetChecklistItem($input: SetChecklistItemInput!) {
    setChecklistItem(input: $input) {
      id
      done
    }
  }
`);

const AddCostLine = graphql(`
  mutation AddCostLine($input: AddCostLineInput!) {
    addCostLine(input: $input) {
      id
    }
  }
`);

/** The work orders of one request (a request has few). */
export async function fetchRequestWorkOrders(requestId: string) {
  return (await request(RequestWorkOrders, { requestId })).workOrders.nodes;
}

export type WorkOrderRow = Awaited<ReturnType<typeof fetchRequestWorkOrders>>[number];

export const requestWorkOrdersQueryOptions = (requestId: string) =>
  queryOptions({
    queryKey: maintenanceKeys.workOrderList({ requestId }),
    queryFn: () => fetchRequestWorkOrders(requestId),
  });

export const useRequestWorkOrders = (requestId: string) => useQuery(requestWorkOrdersQueryOptions(requestId));

export async function fetchWorkOrder(id: string) {
  const data = await request(WorkOrderDetailQuery, { id });
  return data.node.__typename === 'WorkOrder' ? data.node : null;
}

export type WorkOrderDetail = NonNullable<Awaited<ReturnType<typeof fetchWorkOrder>>>;
type Changed = Omit<WorkOrderDetail, '__typename'>;

export const workOrderQueryOptions = (id: string) =>
  queryOptions({ queryKey: maintenanceKeys.workOrder(id), queryFn: () => fetchWorkOrder(id) });

export const useWorkOrder = (id: string) => useQuery(workOrderQueryOptions(id));

/**
 * A work order's page shows its new state at once; its requests follow it, and a verified one
 * posts to the fund or the firm's next invoice.
 */
function workOrderChanged(queryClient: QueryClient, changed: Changed) {
  const detail: WorkOrderDetail = { ...changed, __typename: 'WorkOrder' };
  queryClient.setQueryData(workOrderQueryOptions(changed.id).queryKey, detail);
  invalidateAll(queryClient, workChangedKeys);
  if (changed.status === 'VERIFIED') invalidateAll(queryClient, moneyMovedKeys);
}

function workOrderHook<Input>(run: (input: Input) => Promise<Changed>) {
  return (config?: MutationConfig<Changed, Input>) =>
    useCacheMutation(run, (queryClient, changed) => workOrderChanged(queryClient, changed), config);
}

export const useCreateWorkOrder = workOrderHook(
  async (input: CreateWorkOrderInput) => (await request(CreateWorkOrder, { input })).createWorkOrder,
);

const MaintenanceStaff = graphql(`
  query MaintenanceStaff {
    maintenanceStaff {
      userId
      name
    }
  }
`);

/** The operator's admins and staff, who work orders can be assigned to. */
export const useMaintenanceStaff = () =>
  useQuery({
    queryKey: maintenanceKeys.staff,
    queryFn: async () => (await request(MaintenanceStaff, {})).maintenanceStaff,
    staleTime: 5 * 60_000,
  });

export const useAssignWorkOrder = workOrderHook(
  async (input: AssignWorkOrderInput) => (await request(AssignWorkOrder, { input })).assignWorkOrder,
);

export const useUpdateWorkOrder = workOrderHook(
  async (input: UpdateWorkOrderInput) => (await request(UpdateWorkOrder, { input })).updateWorkOrder,
);

export const useTransitionWorkOrder = workOrderHook(
  async (input: TransitionWorkOrderInput) => (await request(TransitionWorkOrder, { input })).transitionWorkOrder,
);

export const useRemoveCostLine = workOrderHook(
  async (costLineId: string) => (await request(RemoveCostLine, { costLineId })).removeCostLine,
);

/** A change inside one work order (a step, a cost line): its page reloads, and the lists showing its total. */
const AnswerChecklistItem = graphql(`
  mutation AnswerChecklistItem($input: AnswerChecklistItemInput!) {
    answerChecklistItem(input: $input) {
      item {
        id
        answer
        passed
        done
        correctiveWorkOrderId
      }
      correctiveWorkOrderId
    }
  }
`);

function partChanged(queryClient: QueryClient, workOrderId: string) {
  invalidateAll(queryClient, [maintenanceKeys.workOrder(workOrderId), maintenanceKeys.workOrderLists]);
}

export async function addChecklistItem(input: AddChecklistItemInput) {
  return (await request(AddChecklistItem, { input })).addChecklistItem;
}

export const useAddChecklistItem = (config?: MutationConfig<{ id: string }, AddChecklistItemInput>) =>
  useCacheMutation(addChecklistItem, (queryClient, _item, input) => partChanged(queryClient, input.workOrderId), config);

export async function setChecklistItem({ itemId, done }: SetChecklistItemInput & { workOrderId: string }) {
  return (await request(SetChecklistItem, { input: { itemId, done } })).setChecklistItem;
}

export const useSetChecklistItem = (
  config?: MutationConfig<{ id: string; done: boolean }, SetChecklistItemInput & { workOrderId: string }>,
) => useCacheMutation(setChecklistItem, (queryClient, _item, input) => partChanged(queryClient, input.workOrderId), config);

export type AnswerChecklistItemVariables = AnswerChecklistItemInput & { workOrderId: string };

/** Answers an inspection's checklist item; the server judges it against its kind and range. */
export async function answerChecklistItem({ workOrderId: _workOrderId, ...input }: AnswerChecklistItemVariables) {
  return (await request(AnswerChecklistItem, { input })).answerChecklistItem;
}

/** Answers an item; the work order (and the lists, when a corrective one opened) are read again. */
export const useAnswerChecklistItem = (
  config?: MutationConfig<Awaited<ReturnType<typeof answerChecklistItem>>, AnswerChecklistItemVariables>,
) => useCacheMutation(answerChecklistItem, (queryClient, _done, input) => partChanged(queryClient, input.workOrderId), config);

const AnswerChecklistPhoto = graphql(`
  mutation AnswerChecklistPhoto($input: AnswerChecklistPhotoInput!) {
    answerChecklistPhoto(input: $input) {
      item {
        id
        answer
        passed
        done
        correctiveWorkOrderId
        photoThumbnailUrl
      }
      correctiveWorkOrderId
    }
  }
`);

export interface AnswerChecklistPhotoVariables {
  workOrderId: string;
  itemId: string;
  photo: File;
  passed: boolean | null;
  openCorrective: boolean;
}

/** Answers a PHOTO item with a photo (a multipart request); the server keeps it without EXIF data. */
export async function answerChecklistPhoto({ workOrderId: _workOrderId, ...input }: AnswerChecklistPhotoVariables) {
  return (await request(AnswerChecklistPhoto, { input })).answerChecklistPhoto;
}

export const useAnswerChecklistPhoto = (
  config?: MutationConfig<Awaited<ReturnType<typeof answerChecklistPhoto>>, AnswerChecklistPhotoVariables>,
) => useCacheMutation(answerChecklistPhoto, (queryClient, _done, input) => partChanged(queryClient, input.workOrderId), config);

export async function addCostLine(input: AddCostLineInput) {
  return (await request(AddCostLine, { input })).addCostLine;
}

export const useAddCostLine = (config?: MutationConfig<{ id: string }, AddCostLineInput>) =>
  useCacheMutation(addCostLine, (queryClient, _line, input) => partChanged(queryClient, input.workOrderId), config);
