import type { Role } from '@/gql/graphql';

/** The signed-in pages; each name is also its nav link's `data-testid="nav-<name>"`. */
export type PageName =
  | 'overview'
  | 'province'
  | 'clusters'
  | 'plots'
  | 'firms'
  | 'leases'
  | 'my-leases'
  | 'maintenance'
  | 'assets'
  | 'upkeep-schedules'
  | 'upkeep-calendar'
  | 'my-requests'
  | 'invoices'
  | 'billing-run'
  | 'payments'
  | 'bank'
  | 'receivables'
  | 'maintenance-fund'
  | 'fund-statement'
  | 'support-programmes'
  | 'billing-settings'
  | 'my-invoices'
  | 'my-statement'
  | 'cluster-fund'
  | 'users'
  | 'mail'
  | 'reminders'
  | 'reminder-settings'
  | 'tenants'
  | 'profile';

/** A heading the navbar puts its pages under; `data-testid="nav-group-<name>"`. */
export type NavGroup = 'billing';

export interface NavItem {
  name: PageName;
  path: string;
  labelKey: `nav.${
    | 'overview'
    | 'provinceOverview'
    | 'clusters'
    | 'plots'
    | 'firms'
    | 'leases'
    | 'myLeases'
    | 'maintenance'
    | 'assets'
    | 'upkeepSchedules'
    | 'upkeepCalendar'
    | 'myRequests'
    | 'invoices'
    | 'billingRun'
    | 'payments'
    | 'bank'
    | 'receivables'
    | 'maintenanceFund'
    | 'fundStatement'
    | 'supportProgrammes'
    | 'billingSettings'
    | 'myInvoices'
    | 'myStatement'
    | 'clusterFund'
    | 'users'
    | 'mail'
    | 'reminders'
    | 'reminderSettings'
    | 'tenants'
    | 'profile'}`;
  group?: NavGroup;
}

const PAGES: Record<PageName, NavItem> = {
  overview: { name: 'overview', path: '/overview', labelKey: 'nav.overview' },
  province: { name: 'province', path: '/province', labelKey: 'nav.provinceOverview' },
  clusters: { name: 'clusters', path: '/clusters', labelKey: 'nav.clusters' },
  plots: { name: 'plots', path: '/plots', labelKey: 'nav.plots' },
  firms: { name: 'firms', path: '/firms', labelKey: 'nav.firms' },
  leases: { name: 'leases', path: '/leases', labelKey: 'nav.leases' },
  'my-leases': { name: 'my-leases', path: '/my-leases', labelKey: 'nav.myLeases' },
  maintenance: { name: 'maintenance', path: '/maintenance', labelKey: 'nav.maintenance' },
  // Not /assets: the server keeps /assets/… for the web app's built files.
  assets: { name: 'assets', path: '/asset-register', labelKey: 'nav.assets' },
  'upkeep-schedules': { name: 'upkeep-schedules', path: '/upkeep-schedules', labelKey: 'nav.upkeepSchedules' },
  'upkeep-calendar': { name: 'upkeep-calendar', path: '/upkeep-calendar', labelKey: 'nav.upkeepCalendar' },
  'my-requests': { name: 'my-requests', path: '/my-requests', labelKey: 'nav.myRequests' },
  invoices: { name: 'invoices', path: '/invoices', labelKey: 'nav.invoices', group: 'billing' },
  'billing-run': { name: 'billing-run', path: '/billing-run', labelKey: 'nav.billingRun', group: 'billing' },
  payments: { name: 'payments', path: '/payments', labelKey: 'nav.payments', group: 'billing' },
  bank: { name: 'bank', path: '/bank', labelKey: 'nav.bank', group: 'billing' },
  receivables: { name: 'receivables', path: '/receivables', labelKey: 'nav.receivables', group: 'billing' },
  'maintenance-fund': {
    name: 'maintenance-fund',
    path: '/maintenance-fund',
    labelKey: 'nav.maintenanceFund',
    group: 'billing',
  },
  'fund-statement': {
    name: 'fund-statement',
    path: '/fund-statement',
    labelKey: 'nav.fundStatement',
    group: 'billing',
  },
  'support-programmes': {
    name: 'support-programmes',
    path: '/support-programmes',
    labelKey: 'nav.supportProgrammes',
    group: 'billing',
  },
  'billing-settings': {
    name: 'billing-settings',
    path: '/billing-settings',
    labelKey: 'nav.billingSettings',
    group: 'billing',
  },
  'my-invoices': { name: 'my-invoices', path: '/my-invoices', labelKey: 'nav.myInvoices', group: 'billing' },
  'my-statement': { name: 'my-statement', path: '/my-statement', labelKey: 'nav.myStatement', group: 'billing' },
  'cluster-fund': { name: 'cluster-fund', path: '/cluster-fund', labelKey: 'nav.clusterFund', group: 'billing' },
  users: { name: 'users', path: '/users', labelKey: 'nav.users' },
  mail: { name: 'mail', path: '/mail', labelKey: 'nav.mail' },
  reminders: { name: 'reminders', path: '/reminders', labelKey: 'nav.reminders', group: 'billing' },
  'reminder-settings': {
    name: 'reminder-settings',
    path: '/reminder-settings',
    labelKey: 'nav.reminderSettings',
    group: 'billing',
  },
  tenants: { name: 'tenants', path: '/tenants', labelKey: 'nav.tenants' },
  profile: { name: 'profile', path: '/profile', labelKey: 'nav.profile' },
};

const ESTATE: readonly PageName[] = [
  'overview',
  'clusters',
  'plots',
  'firms',
  'leases',
  'maintenance',
  'assets',
  'upkeep-schedules',
  'upkeep-calendar',
];
const BILLING: readonly PageName[] = [
  'invoices',
  'billing-run',
  'payments',
  'bank',
  'receivables',
  'maintenance-fund',
  'fund-statement',
  'support-programmes',
  'reminders',
];

/** Which pages each role sees, in navbar order; the first one is the role's home. */
const PAGES_BY_ROLE: Record<Role, readonly PageName[]> = {
  OPERATOR_ADMIN: [...ESTATE, ...BILLING, 'billing-settings', 'reminder-settings', 'users', 'mail', 'profile'],
  OPERATOR_STAFF: [...ESTATE, ...BILLING, 'profile'],
  ENTERPRISE: ['overview', 'my-requests', 'my-leases', 'my-invoices', 'my-statement', 'cluster-fund', 'profile'],
  AUTHORITY_VIEWER: ['province', 'profile'],
  PLATFORM_ADMIN: ['tenants', 'profile'],
};

export function navItemsFor(role: Role): NavItem[] {
  return PAGES_BY_ROLE[role].map((name) => PAGES[name]);
}

/** The navbar's sections in order: runs of pages without a group, and each group's pages together. */
export function navSectionsFor(role: Role): { group: NavGroup | null; items: NavItem[] }[] {
  const sections: { group: NavGroup | null; items: NavItem[] }[] = [];
  for (const item of navItemsFor(role)) {
    const group = item.group ?? null;
    const last = sections[sections.length - 1];
    if (last && last.group === group) last.items.push(item);
    else sections.push({ group, items: [item] });
  }
  return sections;
}

export function canVisit(role: Role, page: PageName): boolean {
  return PAGES_BY_ROLE[role].includes(page);
}

export function homePathFor(role: Role): string {
  return navItemsFor(role)[0]?.path ?? PAGES.profile.path;
}
