//! Sign-in: passwords, access and refresh tokens, throttling, invitations, password resets,
//! and the request context ([`Session`], [`TenantCtx`]) every other domain relies on.

pub mod context;
pub mod entities;
pub mod housekeeping;
pub mod invitations;
pub mod password;
pub mod password_reset;
pub mod sessions;
pub mod throttle;
pub mod tokens;

use std::sync::Arc;

use context::MembershipScope;
pub use context::Session;
pub use sessions::IssuedTokens;

use crate::access::Role;
use crate::config::Config;
use crate::db::Db;
use crate::ids::{FirmId, MembershipId, TenantId, UserId};
use crate::notify::Outbox;
use password::PasswordHasher;
use tokens::{TokenError, TokenKeys};

/// The sign-in service and what it needs.
#[derive(Clone)]
pub struct Auth {
    pub(crate) db: Db,
    pub(crate) hasher: PasswordHasher,
    pub(crate) keys: Arc<TokenKeys>,
    pub(crate) outbox: Outbox,
    pub(crate) refresh_days: i64,
    pub(crate) public_url: String,
}

impl Auth {
    /// Builds the service from configuration.
    pub fn new(
        db: Db,
        config: &Config,
        outbox: Outbox,
        public_url: String,
    ) -> anyhow::Result<Self> {
        let concurrency = config.auth.password_hash_concurrency.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        });
        Ok(Self {
            db,
            hasher: PasswordHasher::new(concurrency)?,
            keys: Arc::new(TokenKeys::from_config(config)?),
            outbox,
            refresh_days: config.auth.refresh_token_days,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// The password hasher (shared with the demo seeding).
    pub fn hasher(&self) -> &PasswordHasher {
        &self.hasher
    }

    /// Turns a bearer token into a verified session.
    pub fn session_from_bearer(&self, token: &str) -> Result<Session, TokenError> {
        let claims = self.keys.verify(token)?;
        let membership = match (claims.role, claims.tenant, claims.mid) {
            (Role::PlatformAdmin, _, _) => None,
            (_, Some(tenant), Some(mid)) => Some(MembershipScope {
                id: MembershipId(mid),
                tenant_id: TenantId(tenant),
                firm_id: claims.firm.map(FirmId),
            }),
            _ => {
                return Err(TokenError::Invalid(
                    jsonwebtoken::errors::ErrorKind::InvalidToken.into(),
                ));
            }
        };
        Ok(Session {
            user_id: UserId(claims.sub),
            role: claims.role,
            membership,
        })
    }

    /// A link into the web app.
    pub fn link(&self, path_and_query: &str) -> String {
        format!("{}{}", self.public_url, path_and_query)
    }
}
