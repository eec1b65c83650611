/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.SwitchMembershipDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n      }\n    }\n  }\n": typeof types.FirmOptionsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.MailLogDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": typeof types.RetryMailDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthSessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n": types.SwitchMembershipDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n      }\n    }\n  }\n": types.FirmOptionsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.MailLogDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": types.RetryMailDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthSessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n": types.RefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;