import { graphql } from '@/gql';

// Who changed what: shared by every estate object's detail query.
graphql(`
  fragment AuditFields on AuditEntry {
    action
    at
    actorEmail
    before
    after
  }
`);
