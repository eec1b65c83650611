/**
 * The query keys of everything maintenance caches. Each group is a prefix: invalidating
 * `requests` refreshes every request list and detail under it.
 */

const requests = ['maintenance', 'requests'] as const;
const workOrders = ['maintenance', 'workOrders'] as const;

export const maintenanceKeys = {
  requests,
  requestLists: [...requests, 'list'] as const,
  requestList: (scope: string, filter: object) => [...requests, 'list', scope, filter] as const,
  request: (id: string) => [...requests, 'detail', id] as const,
  workOrders,
  workOrderLists: [...workOrders, 'list'] as const,
  workOrderList: (filter: object) => [...workOrders, 'list', filter] as const,
  workOrder: (id: string) => [...workOrders, 'detail', id] as const,
  myPlots: ['maintenance', 'myPlots'] as const,
  staff: ['maintenance', 'staff'] as const,
};

/**
 * What a work order's change touches besides its own page (which the answer replaces): its
 * requests follow it (starting it starts them), and every list of work orders.
 */
export const workChangedKeys = [requests, [...workOrders, 'list']] as const;

/** What a request's change touches besides its own page: the lists it is in, and its work orders. */
export const requestChangedKeys = [[...requests, 'list'], workOrders] as const;
