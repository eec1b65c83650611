export { FileRequestPage, MyRequestsPage } from './components/MyRequestsPage';
export { MaintenanceQueuePage } from './components/MaintenanceQueuePage';
export { OpenRequestsSummary } from './components/OpenRequestsSummary';
export { RequestDetailPage } from './components/RequestDetailPage';
export { WorkOrderStatusBadge } from './components/badges';
export { WorkOrderDetailPage } from './components/WorkOrderDetailPage';
