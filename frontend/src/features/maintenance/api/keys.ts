/**
 * The query keys of everything maintenance caches. Each group is a prefix: invalidating
 * `requests` refreshes every request list and detail under it.
 */

const requests = ['maintenance', 'requests'] as const;
const workOrders = ['maintenance', 'workOrders'] as const;

export const maintenanceKeys = {
  requests,
  requestList: (scope: string, filter: object) => [...requests, 'list', scope, filter] as const,
  request: (id: string) => [...requests, 'detail', id] as const,
  workOrders,
  workOrderList: (filter: object) => [...workOrders, 'list', filter] as const,
  workOrder: (id: string) => [...workOrders, 'detail', id] as const,
  myPlots: ['maintenance', 'myPlots'] as const,
};

/**
 * What a work order's move can change: its requests follow it (starting it starts them), and a
 * verified FUND or CHARGEBACK work order posts money the billing pages show.
 */
export const workChangedKeys = [requests, workOrders] as const;
