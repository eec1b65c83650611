import { graphql } from '@/gql';

/** What the app knows about the signed-in user and the membership they act in. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    locale
    isPlatformAdmin
    role
    membershipId
    tenant {
      id
      name
      kind
      province
    }
    firm {
      id
      name
    }
    memberships {
      id
      role
      tenant {
        id
        name
        suspendedAt
      }
      firm {
        id
        name
      }
    }
  }
`);

/**
 * The part of an AuthPayload the web app uses. The refresh token is deliberately not selected:
 * the browser keeps it in an httpOnly cookie that scripts never see.
 */
export const AuthSessionFields = graphql(`
  fragment AuthSessionFields on AuthPayload {
    accessToken
    expiresIn
    viewer {
      ...ViewerFields
    }
  }
`);
