//! Passwords: the acceptance rule, and argon2id hashing with bounded concurrency.

use std::sync::Arc;

use anyhow::Context;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

use crate::error::{AppError, AppResult, reason};

/// Minimum length in characters.
pub const MIN_LENGTH: usize = 10;
/// Maximum length in characters (hashing cost is bounded by input size).
pub const MAX_LENGTH: usize = 128;

/// A password that passed the acceptance rule: long enough and not easily guessed.
pub struct NewPassword(SecretString);

impl NewPassword {
    /// Checks `raw` (reported under `path`). `user_inputs` are words a guesser would try first
    /// (the email, the name).
    pub fn parse(raw: &str, path: &str, user_inputs: &[&str]) -> AppResult<Self> {
        let length = raw.chars().count();
        if length < MIN_LENGTH {
            return Err(AppError::invalid(
                path,
                reason!(
                    "password_too_short",
                    "use at least {min_length} characters",
                    min_length = MIN_LENGTH
                ),
            ));
        }
        if length > MAX_LENGTH {
            return Err(AppError::invalid(
                path,
                reason!(
                    "password_too_long",
                    "use at most {max_length} characters",
                    max_length = MAX_LENGTH
                ),
            ));
        }
        // zxcvbn knows the common-password lists, dictionary words, keyboard patterns and dates;
        // score 3 means "safely unguessable" for an online attacker facing rate limits.
        let estimate = zxcvbn::zxcvbn(raw, user_inputs);
        if (estimate.score() as u8) < 3 {
            let hint = estimate
                .feedback()
                .and_then(|f| f.warning())
                .map(|w| format!(": {w}"))
                .unwrap_or_default();
            return Err(AppError::invalid(
                path,
                reason!(
                    "password_too_common",
                    "this password is too common or easy to guess{hint}",
                    hint = hint
                ),
            ));
        }
        Ok(Self(SecretString::from(raw.to_owned())))
    }

    pub(crate) fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

/// Hashes and verifies passwords with argon2id (m = 19456 KiB, t = 2, p = 1) on the blocking
/// pool, at most `concurrency` at a time so a flood of sign-ins cannot starve the server.
#[derive(Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
    /// A real hash to verify against when the account does not exist, so both paths cost the same.
    dummy_hash: Arc<String>,
}

fn argon2() -> anyhow::Result<Argon2<'static>> {
    let params =
        Params::new(19_456, 2, 1, None).map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    let hash = argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))?;
    Ok(hash.to_string())
}

fn verify_blocking(hash: &str, password: &str) -> anyhow::Result<bool> {
    let parsed =
        PasswordHash::new(hash).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
    Ok(argon2()?
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

impl PasswordHasher {
    /// A hasher allowing `concurrency` hashes at once.
    pub fn new(concurrency: usize) -> anyhow::Result<Self> {
        let dummy = hash_blocking("not-a-real-password-only-for-timing")?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            dummy_hash: Arc::new(dummy),
        })
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: &NewPassword) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.expose().to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&password))
            .await
            .context("hashing task")?
    }

    /// Hashes a password without the acceptance rule (the demo's fixed password).
    pub async fn hash_unchecked(&self, password: &str) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&password))
            .await
            .context("hashing task")?
    }

    /// Checks `password` against `hash`; with no hash (unknown account, or one that never set
    /// a password) it spends the same time and answers false.
    pub async fn verify(&self, hash: Option<&str>, password: &str) -> anyhow::Result<bool> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy_hash).to_owned();
        let password = password.to_owned();
        let matched = tokio::task::spawn_blocking(move || verify_blocking(&hash, &password))
            .await
            .context("verifying task")??;
        Ok(known && matched)
    }
}
