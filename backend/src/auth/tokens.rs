//! Access tokens (short-lived JWTs) and the opaque random tokens used for refresh, invitations
//! and password resets (stored only as hashes).

use std::path::Path;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::access::Role;
use crate::config::Config;

/// The claims of an access token.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user.
    pub sub: Uuid,
    /// The tenant of the current membership (absent for the platform admin).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<Uuid>,
    /// The current role.
    pub role: Role,
    /// The current membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<Uuid>,
    /// The enterprise user's firm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firm: Option<Uuid>,
    /// The refresh family (the sign-in) the token was issued for, so the token ends with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fam: Option<Uuid>,
    pub iss: String,
    pub aud: String,
    pub exp: i64,
    pub iat: i64,
    pub jti: Uuid,
}

struct SigningKey {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
}

/// Signs and verifies access tokens with HS256. Two keys may be live at once: the current one
/// signs, both verify, selected by the `kid` header, so keys rotate without signing users out.
pub struct TokenKeys {
    current: SigningKey,
    previous: Option<(String, DecodingKey)>,
    issuer: String,
    audience: String,
    lifetime_seconds: i64,
    /// Tokens this server verified, with their claims: a client sends the same token with
    /// every request for its lifetime, and checking its signature and claims again each time
    /// cost a tenth of a point lookup's instructions. Keyed by the whole token, so only that
    /// exact string is accepted; the expiry is checked again on every use.
    verified: std::sync::Arc<quick_cache::sync::Cache<String, Claims>>,
}

/// Clock skew allowed on `exp`, in seconds.
const LEEWAY_SECONDS: u64 = 5;

/// How many verified tokens are remembered (about the users active in a quarter hour).
const VERIFIED_TOKENS: usize = 10_000;

/// Why a token was refused (for logs; clients only see UNAUTHENTICATED).
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("token header has no kid")]
    MissingKid,
    #[error("token signed with an unknown key")]
    UnknownKid,
    #[error("token rejected: {0}")]
    Invalid(#[from] jsonwebtoken::errors::Error),
    #[error("the token's session has ended")]
    Ended,
}

impl TokenKeys {
    /// Loads the keys from configuration; without a configured key (development only), a random
    /// key is generated once and kept in the data folder.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let (kid, secret) = match &config.auth.jwt_secret {
            Some(secret) => (
                config.auth.jwt_kid.clone(),
                secret.expose_secret().as_bytes().to_vec(),
            ),
            None => {
                if config.is_production() {
                    bail!("CLUSTERKEEP_JWT_SECRET is required in production");
                }
                ("local".to_owned(), local_key(&config.database.data_dir)?)
            }
        };
        let previous = match (
            &config.auth.jwt_previous_kid,
            &config.auth.jwt_previous_secret,
        ) {
            (Some(kid), Some(secret)) => Some((
                kid.clone(),
                DecodingKey::from_secret(secret.expose_secret().as_bytes()),
            )),
            _ => None,
        };
        Ok(Self {
            current: SigningKey {
                kid,
                encoding: EncodingKey::from_secret(&secret),
                decoding: DecodingKey::from_secret(&secret),
            },
            previous,
            issuer: config.auth.jwt_issuer.clone(),
            audience: config.auth.jwt_audience.clone(),
            lifetime_seconds: config.auth.access_token_seconds,
            verified: std::sync::Arc::new(quick_cache::sync::Cache::new(VERIFIED_TOKENS)),
        })
    }

    /// Seconds an access token lives.
    pub fn lifetime_seconds(&self) -> i64 {
        self.lifetime_seconds
    }

    /// Signs an access token for `role` (and the membership, if any) in refresh `family`.
    pub fn issue(
        &self,
        user: Uuid,
        role: Role,
        tenant: Option<Uuid>,
        membership: Option<Uuid>,
        firm: Option<Uuid>,
        family: Uuid,
    ) -> anyhow::Result<String> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user,
            tenant,
            role,
            mid: membership,
            firm,
            fam: Some(family),
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            iat: now,
            exp: now + self.lifetime_seconds,
            jti: Uuid::new_v4(),
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.current.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.current.encoding).context("signing a token")
    }

    /// Verifies a token: algorithm pinned to HS256, a known `kid`, and a valid signature, `exp`,
    /// `iss` and `aud`, all required.
    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        if let Some(claims) = self.verified.get(token) {
            if claims.exp + LEEWAY_SECONDS as i64 >= Utc::now().timestamp() {
                return Ok(claims);
            }
            self.verified.remove(token);
        }
        let claims = self.check(token)?;
        self.verified.insert(token.to_owned(), claims.clone());
        Ok(claims)
    }

    fn check(&self, token: &str) -> Result<Claims, TokenError> {
        let header = jsonwebtoken::decode_header(token)?;
        let kid = header.kid.ok_or(TokenError::MissingKid)?;
        let key = if kid == self.current.kid {
            &self.current.decoding
        } else {
            match &self.previous {
                Some((previous_kid, key)) if *previous_kid == kid => key,
                _ => return Err(TokenError::UnknownKid),
            }
        };
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = LEEWAY_SECONDS;
        let data = jsonwebtoken::decode::<Claims>(token, key, &validation)?;
        Ok(data.claims)
    }
}

/// Reads (or creates, readable by the owner only) the development signing key.
fn local_key(data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    let path = data_dir.join("jwt-signing.key");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        return hex::decode(existing.trim()).context("jwt-signing.key is not hex");
    }
    std::fs::create_dir_all(data_dir).context("creating the data folder")?;
    let mut key = vec![0u8; 64];
    rand::rng().fill_bytes(&mut key);
    std::fs::write(&path, hex::encode(&key)).context("writing jwt-signing.key")?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .context("restricting jwt-signing.key")?;
    }
    Ok(key)
}

/// A new random token for a link or a refresh token (256 bits, URL-safe).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored instead of a token: its SHA-256, hex. Tokens are random, so no salt is needed.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
