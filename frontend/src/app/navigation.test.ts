import { describe, expect, it } from 'vitest';
import { canVisit, homePathFor, navItemsFor, navSectionsFor } from './navigation';

const names = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.name);

describe('navigation by role', () => {
  it('gives operator admins the estate pages, the maintenance queue, billing with reminders and their settings, users, mail log and profile', () => {
    expect(names('OPERATOR_ADMIN')).toEqual([
      'overview',
      'clusters',
      'plots',
      'firms',
      'leases',
      'maintenance',
      'assets',
      'upkeep-schedules',
      'upkeep-calendar',
      'invoices',
      'billing-run',
      'payments',
      'bank',
      'receivables',
      'maintenance-fund',
      'fund-statement',
      'support-programmes',
      'reminders',
      'billing-settings',
      'reminder-settings',
      'users',
      'mail',
      'profile',
    ]);
  });

  it('gives operator staff the estate, maintenance and billing pages with the reminders log and profile, without settings, users or mail', () => {
    expect(names('OPERATOR_STAFF')).toEqual([
      'overview',
      'clusters',
      'plots',
      'firms',
      'leases',
      'maintenance',
      'assets',
      'upkeep-schedules',
      'upkeep-calendar',
      'invoices',
      'billing-run',
      'payments',
      'bank',
      'receivables',
      'maintenance-fund',
      'fund-statement',
      'support-programmes',
      'reminders',
      'profile',
    ]);
    expect(canVisit('OPERATOR_STAFF', 'billing-settings')).toBe(false);
    expect(canVisit('OPERATOR_STAFF', 'reminder-settings')).toBe(false);
  });

  it('gives enterprise users their overview, maintenance requests, own leases, own invoices and statement, their cluster fund and profile', () => {
    expect(names('ENTERPRISE')).toEqual(['overview', 'my-requests', 'my-leases', 'my-invoices', 'my-statement', 'cluster-fund', 'profile']);
    expect(canVisit('ENTERPRISE', 'leases')).toBe(false);
    expect(canVisit('ENTERPRISE', 'firms')).toBe(false);
    for (const page of ['invoices', 'billing-run', 'payments', 'bank', 'receivables', 'maintenance-fund', 'support-programmes', 'billing-settings'] as const) {
      expect(canVisit('ENTERPRISE', page)).toBe(false);
    }
  });

  it('puts the billing pages under one heading in the navbar', () => {
    expect(navSectionsFor('OPERATOR_STAFF').map((s) => [s.group, s.items.map((i) => i.name)])).toEqual([
      [null, ['overview', 'clusters', 'plots', 'firms', 'leases', 'maintenance', 'assets', 'upkeep-schedules', 'upkeep-calendar']],
      [
        'billing',
        [
          'invoices',
          'billing-run',
          'payments',
          'bank',
          'receivables',
          'maintenance-fund',
          'fund-statement',
          'support-programmes',
          'reminders',
        ],
      ],
      [null, ['profile']],
    ]);
    expect(navSectionsFor('ENTERPRISE').map((s) => s.group)).toEqual([null, 'billing', null]);
  });

  it('gives authority viewers the province overview and profile', () => {
    expect(names('AUTHORITY_VIEWER')).toEqual(['province', 'profile']);
  });

  it('gives the platform admin the operators page and profile, and no tenant data', () => {
    expect(names('PLATFORM_ADMIN')).toEqual(['tenants', 'profile']);
    expect(canVisit('PLATFORM_ADMIN', 'users')).toBe(false);
    expect(canVisit('PLATFORM_ADMIN', 'mail')).toBe(false);
  });

  it('keeps users and mail away from everyone but operator admins', () => {
    expect(canVisit('OPERATOR_STAFF', 'users')).toBe(false);
    expect(canVisit('ENTERPRISE', 'mail')).toBe(false);
    expect(canVisit('AUTHORITY_VIEWER', 'users')).toBe(false);
  });

  it('keeps the estate and billing pages away from authority viewers and the platform admin', () => {
    for (const page of [
      'clusters',
      'plots',
      'firms',
      'leases',
      'my-leases',
      'invoices',
      'my-invoices',
      'payments',
      'bank',
      'receivables',
      'my-statement',
      'cluster-fund',
      'maintenance-fund',
    ] as const) {
      expect(canVisit('AUTHORITY_VIEWER', page)).toBe(false);
      expect(canVisit('PLATFORM_ADMIN', page)).toBe(false);
    }
  });

  it('sends each role home to its first page', () => {
    expect(homePathFor('OPERATOR_ADMIN')).toBe('/overview');
    expect(homePathFor('AUTHORITY_VIEWER')).toBe('/province');
    expect(homePathFor('PLATFORM_ADMIN')).toBe('/tenants');
  });
});
