import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { ForgotPasswordPage, LoginPage, ResetPasswordPage } from '@/features/auth';
import {
  BankPage,
  BillingRunPage,
  BillingSettingsPage,
  ClusterFundPage,
  FirmStatementPage,
  InvoiceDetailPage,
  InvoicesPage,
  MaintenanceFundPage,
  MeterReadingsImportPage,
  MyInvoicesPage,
  MyStatementPage,
  PaymentsPage,
  ReceivablesPage,
  SupportClaimReportPage,
  SupportProgrammesPage,
} from '@/features/billing';
import { AcceptInvitationPage } from '@/features/invitations';
import { MailLogPage } from '@/features/mail';
import {
  FileRequestPage,
  MaintenanceQueuePage,
  MyRequestsPage,
  RequestDetailPage,
  WorkOrderDetailPage,
} from '@/features/maintenance';
import {
  ClusterDetailPage,
  ClustersPage,
  FirmsPage,
  LeaseDetailPage,
  LeasesPage,
  MyLeasesPage,
  PlotsPage,
  ProvinceOverviewPage,
} from '@/features/estate';
import { OverviewPage } from '@/features/overview';
import { AssetDetailPage, AssetsPage, CalendarPage, FundStatementPage, SchedulesPage } from '@/features/upkeep';
import { ProfilePage } from '@/features/profile';
import { ReminderSettingsPage, RemindersLogPage } from '@/features/reminders';
import { TenantsPage } from '@/features/tenants';
import { UsersPage } from '@/features/users';
import { NotFoundPage } from './pages/NotFoundPage';
import { UnexpectedErrorPage } from './pages/UnexpectedErrorPage';
import { PublicLayout } from './public/PublicLayout';
import { HomeRedirect } from './routing/HomeRedirect';
import { RequirePage } from './routing/RequirePage';
import { RequireSession } from './routing/RequireSession';
import { RootLayout } from './routing/RootLayout';
import { AppLayout } from './shell/AppLayout';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <UnexpectedErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invite', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
              { path: 'overview', element: <RequirePage page="overview"><OverviewPage /></RequirePage> },
              { path: 'province', element: <RequirePage page="province"><ProvinceOverviewPage /></RequirePage> },
              { path: 'clusters', element: <RequirePage page="clusters"><ClustersPage /></RequirePage> },
              { path: 'clusters/:id', element: <RequirePage page="clusters"><ClusterDetailPage /></RequirePage> },
              { path: 'plots', element: <RequirePage page="plots"><PlotsPage /></RequirePage> },
              { path: 'firms', element: <RequirePage page="firms"><FirmsPage /></RequirePage> },
              {
                path: 'firms/:id/statement',
                element: <RequirePage page="firms"><FirmStatementPage /></RequirePage>,
              },
              { path: 'leases', element: <RequirePage page="leases"><LeasesPage /></RequirePage> },
              { path: 'leases/:id', element: <RequirePage page="leases"><LeaseDetailPage /></RequirePage> },
              { path: 'my-leases', element: <RequirePage page="my-leases"><MyLeasesPage /></RequirePage> },
              {
                path: 'my-leases/:id',
                element: <RequirePage page="my-leases"><LeaseDetailPage readOnly /></RequirePage>,
              },
              { path: 'maintenance', element: <RequirePage page="maintenance"><MaintenanceQueuePage /></RequirePage> },
              {
                path: 'maintenance/work-orders/:id',
                element: <RequirePage page="maintenance"><WorkOrderDetailPage /></RequirePage>,
              },
              {
                path: 'maintenance/:id',
                element: <RequirePage page="maintenance"><RequestDetailPage operator /></RequirePage>,
              },
              { path: 'asset-register', element: <RequirePage page="assets"><AssetsPage /></RequirePage> },
              { path: 'asset-register/:id', element: <RequirePage page="assets"><AssetDetailPage /></RequirePage> },
              {
                path: 'upkeep-schedules',
                element: <RequirePage page="upkeep-schedules"><SchedulesPage /></RequirePage>,
              },
              {
                path: 'upkeep-calendar',
                element: <RequirePage page="upkeep-calendar"><CalendarPage /></RequirePage>,
              },
              { path: 'my-requests', element: <RequirePage page="my-requests"><MyRequestsPage /></RequirePage> },
              { path: 'my-requests/new', element: <RequirePage page="my-requests"><FileRequestPage /></RequirePage> },
              {
                path: 'my-requests/:id',
                element: <RequirePage page="my-requests"><RequestDetailPage operator={false} /></RequirePage>,
              },
              { path: 'invoices', element: <RequirePage page="invoices"><InvoicesPage /></RequirePage> },
              { path: 'invoices/:id', element: <RequirePage page="invoices"><InvoiceDetailPage /></RequirePage> },
              { path: 'billing-run', element: <RequirePage page="billing-run"><BillingRunPage /></RequirePage> },
              {
                path: 'meter-readings/import',
                element: <RequirePage page="billing-run"><MeterReadingsImportPage /></RequirePage>,
              },
              { path: 'payments', element: <RequirePage page="payments"><PaymentsPage /></RequirePage> },
              { path: 'bank', element: <RequirePage page="bank"><BankPage /></RequirePage> },
              { path: 'receivables', element: <RequirePage page="receivables"><ReceivablesPage /></RequirePage> },
              {
                path: 'maintenance-fund',
                element: <RequirePage page="maintenance-fund"><MaintenanceFundPage /></RequirePage>,
              },
              {
                path: 'fund-statement',
                element: <RequirePage page="fund-statement"><FundStatementPage /></RequirePage>,
              },
              {
                path: 'support-programmes',
                element: <RequirePage page="support-programmes"><SupportProgrammesPage /></RequirePage>,
              },
              {
                path: 'support-programmes/:id/claims',
                element: <RequirePage page="support-programmes"><SupportClaimReportPage /></RequirePage>,
              },
              {
                path: 'billing-settings',
                element: <RequirePage page="billing-settings"><BillingSettingsPage /></RequirePage>,
              },
              { path: 'my-invoices', element: <RequirePage page="my-invoices"><MyInvoicesPage /></RequirePage> },
              {
                path: 'my-invoices/:id',
                element: <RequirePage page="my-invoices"><InvoiceDetailPage readOnly /></RequirePage>,
              },
              { path: 'my-statement', element: <RequirePage page="my-statement"><MyStatementPage /></RequirePage> },
              { path: 'cluster-fund', element: <RequirePage page="cluster-fund"><ClusterFundPage /></RequirePage> },
              { path: 'users', element: <RequirePage page="users"><UsersPage /></RequirePage> },
              { path: 'mail', element: <RequirePage page="mail"><MailLogPage /></RequirePage> },
              { path: 'reminders', element: <RequirePage page="reminders"><RemindersLogPage /></RequirePage> },
              {
                path: 'reminder-settings',
                element: <RequirePage page="reminder-settings"><ReminderSettingsPage /></RequirePage>,
              },
              { path: 'tenants', element: <RequirePage page="tenants"><TenantsPage /></RequirePage> },
              { path: 'profile', element: <RequirePage page="profile"><ProfilePage /></RequirePage> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
