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
  | 'users'
  | 'mail'
  | 'tenants'
  | 'profile';

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
    | 'users'
    | 'mail'
    | 'tenants'
    | 'profile'}`;
}

const PAGES: Record<PageName, NavItem> = {
  overview: { name: 'overview', path: '/overview', labelKey: 'nav.overview' },
  province: { name: 'province', path: '/province', labelKey: 'nav.provinceOverview' },
  clusters: { name: 'clusters', path: '/clusters', labelKey: 'nav.clusters' },
  plots: { name: 'plots', path: '/plots', labelKey: 'nav.plots' },
  firms: { name: 'firms', path: '/firms', labelKey: 'nav.firms' },
  leases: { name: 'leases', path: '/leases', labelKey: 'nav.leases' },
  'my-leases': { name: 'my-leases', path: '/my-leases', labelKey: 'nav.myLeases' },
  users: { name: 'users', path: '/users', labelKey: 'nav.users' },
  mail: { name: 'mail', path: '/mail', labelKey: 'nav.mail' },
  tenants: { name: 'tenants', path: '/tenants', labelKey: 'nav.tenants' },
  profile: { name: 'profile', path: '/profile', labelKey: 'nav.profile' },
};

const ESTATE: readonly PageName[] = ['overview', 'clusters', 'plots', 'firms', 'leases'];

/** Which pages each role sees, in navbar order; the first one is the role's home. */
const PAGES_BY_ROLE: Record<Role, readonly PageName[]> = {
  OPERATOR_ADMIN: [...ESTATE, 'users', 'mail', 'profile'],
  OPERATOR_STAFF: [...ESTATE, 'profile'],
  ENTERPRISE: ['overview', 'my-leases', 'profile'],
  AUTHORITY_VIEWER: ['province', 'profile'],
  PLATFORM_ADMIN: ['tenants', 'profile'],
};

export function navItemsFor(role: Role): NavItem[] {
  return PAGES_BY_ROLE[role].map((name) => PAGES[name]);
}

export function canVisit(role: Role, page: PageName): boolean {
  return PAGES_BY_ROLE[role].includes(page);
}

export function homePathFor(role: Role): string {
  return navItemsFor(role)[0]?.path ?? PAGES.profile.path;
}
