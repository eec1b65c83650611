//! Sign-in: passwords, access and refresh tokens, throttling, invitations, password resets,
//! and the request context ([`Session`], [`TenantCtx`]) every other domain relies on.

pub mod context;
pub mod entities;
pub mod housekeeping;
pub mod invitations;
pub mod members;
pub mod operators;
pub mod password;
pub mod password_reset;
pub mod revocations;
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
use revocations::Revocations;
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
    pub(crate) revocations: Revocations,
    /// Failed sign-ins one client address may make per window (password spraying).
    pub(crate) login_attempts_per_client: i32,
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
            revocations: Revocations::new(config.auth.access_token_seconds),
            login_attempts_per_client: i32::try_from(config.auth.login_attempts_per_client)
                .unwrap_or(i32::MAX)
                .max(1),
        })
    }

    /// This server's memory of ended sessions.
    pub fn revocations(&self) -> &Revocations {
        &self.revocations
    }

    /// How many days a refresh token lives.
    pub fn refresh_days(&self) -> i64 {
        self.refresh_days
    }

    /// The password hasher (shared with the demo seeding).
    pub fn hasher(&self) -> &PasswordHasher {
        &self.hasher
    }

    /// Turns a bearer token into a verified session: a valid signature and claims, and a
    /// session that has not ended (logout, password change or reset, removal or role change;
    /// see [`revocations`]). No database round trip.
    pub fn session_from_bearer(&self, token: &str) -> Result<Session, TokenError> {
        let claims = self.keys.verify(token)?;
        if self.revocations.is_ended(claims.fam, claims.mid) {
            return Err(TokenError::Ended);
        }
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
            family: claims.fam,
        })
    }

    /// A link into the web app.
    pub fn link(&self, path_and_query: &str) -> String {
        format!("{}{}", self.public_url, path_and_query)
    }
}
