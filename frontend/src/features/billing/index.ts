export { BillingRunPage } from './components/BillingRunPage';
export { BillingSettingsPage } from './components/BillingSettingsPage';
export { ClusterTariffs } from './components/ClusterTariffs';
export { InvoiceDetailPage } from './components/InvoiceDetailPage';
export { InvoicesPage, MyInvoicesPage } from './components/InvoicesPage';
export { LeaseMeterReadings } from './components/LeaseMeterReadings';
export { ClusterFundPage, MaintenanceFundPage } from './components/MaintenanceFundPage';
export { PaymentsPage } from './components/PaymentsPage';
