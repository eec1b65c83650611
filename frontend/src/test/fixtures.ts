import type { AuthSessionFieldsFragment, ViewerFieldsFragment } from '@/gql/graphql';

export function viewerFixture(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    id: 'VXNlcjox',
    email: 'admin@dongsoc.example',
    displayName: 'Nguyễn Văn An',
    locale: 'VI',
    isPlatformAdmin: false,
    role: 'OPERATOR_ADMIN',
    membershipId: 'TWVtYmVyc2hpcDox',
    tenant: { id: 'VGVuYW50OjE=', name: 'Hạ tầng CCN Đồng Sóc', kind: 'OPERATOR', province: 'Phú Thọ' },
    firm: null,
    memberships: [
      {
        id: 'TWVtYmVyc2hpcDox',
        role: 'OPERATOR_ADMIN',
        tenant: { id: 'VGVuYW50OjE=', name: 'Hạ tầng CCN Đồng Sóc', suspendedAt: null },
        firm: null,
      },
    ],
    ...overrides,
  };
}

export function authPayloadFixture(accessToken: string, expiresIn = 900): AuthSessionFieldsFragment {
  return { accessToken, expiresIn, viewer: viewerFixture() };
}
