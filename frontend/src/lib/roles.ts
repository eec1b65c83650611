import type { Role } from '@/gql/graphql';

/** Roles an operator admin may invite (authority viewers and platform admins are set up by the platform). */
export const INVITABLE_ROLES = ['OPERATOR_ADMIN', 'OPERATOR_STAFF', 'ENTERPRISE'] as const satisfies readonly Role[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export function isInvitableRole(value: string): value is InvitableRole {
  return (INVITABLE_ROLES as readonly string[]).includes(value);
}
