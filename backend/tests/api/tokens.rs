//! The JWT negative matrix: every malformed or foreign token is UNAUTHENTICATED.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

use crate::helpers::{Backend, TEST_JWT_SECRET, TestApp, app};

fn claims(app_token_claims: &Value, overrides: Value) -> Value {
    let mut claims = app_token_claims.clone();
    for (key, value) in overrides.as_object().unwrap() {
        claims[key] = value.clone();
    }
    claims
}

fn decode_claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn sign(claims: &Value, alg: Algorithm, kid: Option<&str>, secret: &str) -> String {
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_owned);
    jsonwebtoken::encode(
        &header,
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

async fn me_code(app: &TestApp, token: &str) -> Option<String> {
    app.graphql(Some(token), "{ me { email } }", json!({}))
        .await
        .code()
        .map(str::to_owned)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_forged_or_broken_access_token_is_unauthenticated() {
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let (valid, _) = app.login_as("ops@dongsoc.example").await;
    assert_eq!(me_code(&app, &valid).await, None, "the genuine token works");
    let base = decode_claims(&valid);
    let now = Utc::now().timestamp();

    // A token the server would sign itself passes: the forging below is faithful.
    let resigned = sign(&base, Algorithm::HS256, Some("primary"), TEST_JWT_SECRET);
    assert_eq!(me_code(&app, &resigned).await, None);

    let tampered = {
        let mut parts: Vec<String> = valid.split('.').map(str::to_owned).collect();
        let mut payload = decode_claims(&valid);
        payload["role"] = json!("PLATFORM_ADMIN");
        parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&payload).unwrap());
        parts.join(".")
    };
    let alg_none = format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT","kid":"primary"}"#),
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&base).unwrap())
    );
    let cases = [
        ("tampered payload", tampered),
        ("alg none", alg_none),
        (
            "expired",
            sign(
                &claims(&base, json!({"exp": now - 60, "iat": now - 1000})),
                Algorithm::HS256,
                Some("primary"),
                TEST_JWT_SECRET,
            ),
        ),
        (
            "wrong algorithm HS512",
            sign(&base, Algorithm::HS512, Some("primary"), TEST_JWT_SECRET),
        ),
        (
            "wrong audience",
            sign(
                &claims(&base, json!({"aud": "someone-else"})),
                Algorithm::HS256,
                Some("primary"),
                TEST_JWT_SECRET,
            ),
        ),
        (
            "wrong issuer",
            sign(
                &claims(&base, json!({"iss": "evil"})),
                Algorithm::HS256,
                Some("primary"),
                TEST_JWT_SECRET,
            ),
        ),
        (
            "unknown kid",
            sign(&base, Algorithm::HS256, Some("other"), TEST_JWT_SECRET),
        ),
        (
            "no kid",
            sign(&base, Algorithm::HS256, None, TEST_JWT_SECRET),
        ),
        (
            "wrong key",
            sign(
                &base,
                Algorithm::HS256,
                Some("primary"),
                "another-secret-that-is-long-enough-000000",
            ),
        ),
        (
            "no exp",
            sign(
                &{
                    let mut c = base.clone();
                    c.as_object_mut().unwrap().remove("exp");
                    c
                },
                Algorithm::HS256,
                Some("primary"),
                TEST_JWT_SECRET,
            ),
        ),
        (
            "no aud",
            sign(
                &{
                    let mut c = base.clone();
                    c.as_object_mut().unwrap().remove("aud");
                    c
                },
                Algorithm::HS256,
                Some("primary"),
                TEST_JWT_SECRET,
            ),
        ),
        ("garbage", "not.a.token".to_owned()),
    ];
    for (name, token) in cases {
        assert_eq!(
            me_code(&app, &token).await.as_deref(),
            Some("UNAUTHENTICATED"),
            "{name}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_signed_with_the_previous_key_stays_valid_during_rotation() {
    use clusterkeep::auth::tokens::TokenKeys;
    use clusterkeep::config::{AuthConfig, Config};
    use secrecy::SecretString;
    let config = Config {
        auth: AuthConfig {
            jwt_secret: Some(SecretString::from(
                "new-signing-key-that-is-long-enough-000000".to_owned(),
            )),
            jwt_kid: "k2".into(),
            jwt_previous_secret: Some(SecretString::from(TEST_JWT_SECRET.to_owned())),
            jwt_previous_kid: Some("primary".into()),
            ..AuthConfig::default()
        },
        ..Config::default()
    };
    let rotated = TokenKeys::from_config(&config).unwrap();
    let before = TokenKeys::from_config(&Config {
        auth: AuthConfig {
            jwt_secret: Some(SecretString::from(TEST_JWT_SECRET.to_owned())),
            jwt_kid: "primary".into(),
            ..AuthConfig::default()
        },
        ..Config::default()
    })
    .unwrap();
    let user = uuid::Uuid::new_v4();
    let old = before
        .issue(
            user,
            clusterkeep::access::Role::PlatformAdmin,
            None,
            None,
            None,
            uuid::Uuid::now_v7(),
        )
        .unwrap();
    assert_eq!(rotated.verify(&old).unwrap().sub, user);
    let new = rotated
        .issue(
            user,
            clusterkeep::access::Role::PlatformAdmin,
            None,
            None,
            None,
            uuid::Uuid::now_v7(),
        )
        .unwrap();
    assert!(
        before.verify(&new).is_err(),
        "the old key set does not know k2"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_the_server_remembers_as_verified_still_dies_at_its_expiry() {
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let (valid, _) = app.login_as("ops@dongsoc.example").await;
    let now = Utc::now().timestamp();
    // Valid for one more second (plus the 5 s of allowed clock skew).
    let short = sign(
        &claims(&decode_claims(&valid), json!({"exp": now + 1})),
        Algorithm::HS256,
        Some("primary"),
        TEST_JWT_SECRET,
    );
    assert_eq!(me_code(&app, &short).await, None, "accepted while valid");
    assert_eq!(me_code(&app, &short).await, None, "and again, remembered");
    tokio::time::sleep(std::time::Duration::from_secs(7)).await;
    assert_eq!(
        me_code(&app, &short).await.as_deref(),
        Some("UNAUTHENTICATED"),
        "a remembered token is refused once it has expired"
    );
}
