//! Typed identifiers, so a firm's id can't be passed where a tenant's is expected.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new, time-ordered id (UUID v7 keeps b-tree inserts local).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }
    };
}

id_type!(
    /// An operator (or authority) organisation: the unit of isolation.
    TenantId
);
id_type!(
    /// A person who can sign in.
    UserId
);
id_type!(
    /// A user's role in one tenant.
    MembershipId
);
id_type!(
    /// An enterprise that leases plots (a secondary investor).
    FirmId
);
id_type!(
    /// An invitation to join a tenant.
    InvitationId
);
id_type!(
    /// A message in the email outbox.
    MailId
);
