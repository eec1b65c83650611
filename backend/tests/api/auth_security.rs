//! Regressions for the sign-in and request findings of the attack on the running product
//! (`shared/research/security-review.md`, M1 M2 M3 M7 L2 L6 L7): each test failed on the code
//! the attack found and passes now.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{Backend, DEMO_PASSWORD, Gql, Options, TestApp, app, spawn_app};
use crate::on_both_databases;

const NEW_PASSWORD: &str = "Một-mật-khẩu-mới-an-toàn-77";
const ME: &str = "{ me { email role } }";
const REFRESH: &str =
    "mutation($t: String) { refresh(refreshToken: $t) { accessToken refreshToken } }";
const MEMBERS: &str = "{ members(first: 50) { nodes { id role user { email } } } }";
const REMOVE: &str = "mutation($m: ID!) { removeMember(membershipId: $m) }";
const CHANGE_ROLE: &str =
    "mutation($m: ID!, $r: Role!) { changeMemberRole(membershipId: $m, role: $r) { id role } }";

fn login_query(email: &str, password: &str) -> Value {
    json!({
        "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
        "variables": { "e": email, "p": password },
    })
}

/// Signs in from the client address `forwarded` names (believed only behind a trusted proxy).
async fn login_from(app: &TestApp, forwarded: &str, email: &str, password: &str) -> Gql {
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .header("x-forwarded-for", forwarded)
        .json(&login_query(email, password))
        .send()
        .await
        .expect("sent");
    Gql(response.json().await.expect("json"))
}

async fn refresh_with(app: &TestApp, token: &str) -> Gql {
    app.graphql(None, REFRESH, json!({ "t": token })).await
}

/// The membership ID of `email` in the tenant `admin` is admin of.
async fn membership_of(app: &TestApp, admin: &str, email: &str) -> String {
    let members = app.graphql(Some(admin), MEMBERS, json!({})).await.ok();
    members
        .data("/members/nodes")
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user"]["email"] == email)
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .expect("a member with that email")
}

/// Sends `head` and then `body` over a plain TCP connection to the app and returns the status
/// line of the answer (or what went wrong), giving up after `wait`.
async fn raw_exchange(app: &TestApp, head: &str, body: &[&[u8]], wait: Duration) -> String {
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    stream.write_all(head.as_bytes()).await.expect("head sent");
    for part in body {
        // The server may answer and close before everything is sent; that is the point.
        if stream.write_all(part).await.is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    let read = tokio::time::timeout(wait, async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    answer.extend_from_slice(&buffer[..n]);
                    if answer.windows(2).any(|w| w == b"\r\n") {
                        break;
                    }
                }
            }
        }
    })
    .await;
    if read.is_err() {
        return "no answer in time".into();
    }
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or("connection closed without an answer")
        .to_owned()
}

// M1 ------------------------------------------------------------------------------------------

on_both_databases!(
    a_burst_of_sign_ins_is_counted_before_any_password_is_checked,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let email = "staff@dongsoc.example";
        let wrong: Vec<String> = (0..30).map(|i| format!("wrong-password-{i}")).collect();
        let burst = join_all(wrong.iter().map(|p| app.login(email, p))).await;
        let codes: Vec<_> = burst.iter().map(|r| r.code().unwrap_or("OK")).collect();
        let evaluated = codes.iter().filter(|c| **c == "UNAUTHENTICATED").count();
        let refused = codes.iter().filter(|c| **c == "RATE_LIMITED").count();
        assert!(evaluated <= 5, "{evaluated} passwords checked: {codes:?}");
        assert_eq!(evaluated + refused, 30, "{codes:?}");

        // The attack: 99 wrong passwords and the right one at once. None of them is checked
        // any more, so the right one does not sign in.
        let mut passwords: Vec<String> = (0..99).map(|i| format!("guess-{i}")).collect();
        passwords.insert(50, DEMO_PASSWORD.to_owned());
        let attack = join_all(passwords.iter().map(|p| app.login(email, p))).await;
        assert!(
            attack.iter().all(|r| r.code() == Some("RATE_LIMITED")),
            "{:?}",
            attack.iter().map(|r| r.code()).collect::<Vec<_>>()
        );
    }
);

on_both_databases!(
    one_request_may_sign_in_only_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let one = login_query("ops@dongsoc.example", "wrong-1");
        let batch = app.post_raw(None, json!([one, one])).await;
        assert_eq!(
            batch.pointer("/errors/0/extensions/code"),
            Some(&json!("VALIDATION")),
            "{batch}"
        );
        let aliased = app
            .graphql(
                None,
                "mutation { a: login(email: \"ops@dongsoc.example\", password: \"x1\") { expiresIn } \
                 b: login(email: \"ops@dongsoc.example\", password: \"x2\") { expiresIn } }",
                json!({}),
            )
            .await;
        assert_eq!(aliased.code(), Some("VALIDATION"), "{}", aliased.0);
        let spread = app
            .graphql(
                None,
                "mutation { ...L ...L } fragment L on Mutation { login(email: \"ops@dongsoc.example\", password: \"x3\") { expiresIn } }",
                json!({}),
            )
            .await;
        assert_eq!(spread.code(), Some("VALIDATION"), "{}", spread.0);
        // No password was checked, so no attempt was counted.
        assert_eq!(app.count_rows("login_throttle").await, 0);
        app.login("ops@dongsoc.example", DEMO_PASSWORD).await.ok();
    }
);

on_both_databases!(
    spraying_one_client_address_across_accounts_is_limited,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                login_attempts_per_client: Some(3),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        for email in [
            "ops@dongsoc.example",
            "staff@dongsoc.example",
            "ops@yenlac.example",
        ] {
            assert_eq!(
                app.login(email, "Spring2026!").await.code(),
                Some("UNAUTHENTICATED")
            );
        }
        // A fourth account from the same address is refused, even with its right password,
        // and a forwarded address from an untrusted peer changes nothing.
        assert_eq!(
            app.login("accounting@kcc.example", DEMO_PASSWORD)
                .await
                .code(),
            Some("RATE_LIMITED")
        );
        assert_eq!(
            login_from(&app, "203.0.113.9", "accounting@kcc.example", DEMO_PASSWORD)
                .await
                .code(),
            Some("RATE_LIMITED")
        );
    }
);

on_both_databases!(
    behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                login_attempts_per_client: Some(2),
                trusted_proxies: vec!["127.0.0.0/8".into()],
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let sprayer = "198.51.100.7";
        for email in ["ops@dongsoc.example", "staff@dongsoc.example"] {
            assert_eq!(
                login_from(&app, sprayer, email, "Spring2026!").await.code(),
                Some("UNAUTHENTICATED")
            );
        }
        assert_eq!(
            login_from(&app, sprayer, "ops@yenlac.example", DEMO_PASSWORD)
                .await
                .code(),
            Some("RATE_LIMITED")
        );
        // Another client behind the same load balancer is not affected; what a client writes
        // in front of the proxy's entry is not believed.
        login_from(
            &app,
            &format!("{sprayer}, 198.51.100.8"),
            "ops@yenlac.example",
            DEMO_PASSWORD,
        )
        .await
        .ok();
    }
);

// M2 ------------------------------------------------------------------------------------------

on_both_databases!(
    changing_the_password_ends_every_other_session_and_pending_reset_link,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let email = "staff@dongsoc.example";
        let (other_access, other_refresh) = app.login_as(email).await;
        let (access, refresh) = app.login_as(email).await;
        app.graphql(
            None,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": email }),
        )
        .await
        .ok();
        let link = app.latest_link_token(email, "/reset-password").await;
        app.graphql(
            Some(&access),
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
            json!({ "c": DEMO_PASSWORD, "n": NEW_PASSWORD }),
        )
        .await
        .ok();

        // The other session is over: its refresh token and its access token.
        assert_eq!(
            refresh_with(&app, &other_refresh).await.code(),
            Some("UNAUTHENTICATED")
        );
        assert_eq!(
            app.graphql(Some(&other_access), ME, json!({})).await.code(),
            Some("UNAUTHENTICATED")
        );
        // The session that changed it goes on.
        app.graphql(Some(&access), ME, json!({})).await.ok();
        refresh_with(&app, &refresh).await.ok();
        // The reset link sent before is void.
        let reset = app
            .graphql(
                None,
                "mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }",
                json!({ "t": link, "p": "Yet-another-strong-password-42" }),
            )
            .await;
        assert_eq!(reset.code(), Some("NOT_FOUND"));
        app.login(email, NEW_PASSWORD).await.ok();
    }
);

// M3 ------------------------------------------------------------------------------------------

on_both_databases!(
    a_body_over_the_limit_is_refused_before_it_is_read,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                max_body_bytes: Some(4096),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        // Announced: 256 MB that never come; the answer does not wait for them.
        let announced = raw_exchange(
            &app,
            "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
             Content-Length: 268435456\r\n\r\n",
            &[b"{\"query\":\"{ __typename }\", \"pad\": \""],
            Duration::from_secs(10),
        )
        .await;
        assert!(announced.starts_with("HTTP/1.1 413"), "{announced}");
        // Streamed without a length: refused once the bytes read pass the limit.
        let chunk = format!("400\r\n{}\r\n", " ".repeat(1024));
        let chunks: Vec<&[u8]> = (0..16).map(|_| chunk.as_bytes()).collect();
        let streamed = raw_exchange(
            &app,
            "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
             Transfer-Encoding: chunked\r\n\r\n",
            &chunks,
            Duration::from_secs(10),
        )
        .await;
        assert!(streamed.starts_with("HTTP/1.1 413"), "{streamed}");
        // A body within the limit is served as before.
        app.graphql(None, "{ __typename }", json!({})).await.ok();
    }
);

on_both_databases!(
    a_body_that_trickles_in_is_cut_off,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                body_timeout_seconds: Some(1),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let started = Instant::now();
        let status = raw_exchange(
            &app,
            "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
             Content-Length: 100000\r\n\r\n",
            &[b"{\"query\":"],
            Duration::from_secs(15),
        )
        .await;
        assert!(status.starts_with("HTTP/1.1 408"), "{status}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }
);

// M7 ------------------------------------------------------------------------------------------

on_both_databases!(
    removing_a_member_ends_their_sessions_at_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (staff_access, staff_refresh) = app.login_as("staff@dongsoc.example").await;
        let staff = membership_of(&app, &admin, "staff@dongsoc.example").await;
        let removed = app
            .graphql(Some(&admin), REMOVE, json!({ "m": staff }))
            .await
            .ok();
        assert_eq!(removed.data("/removeMember"), &json!(staff));
        assert_eq!(
            app.graphql(Some(&staff_access), ME, json!({})).await.code(),
            Some("UNAUTHENTICATED"),
            "the access token stops working at once"
        );
        assert_eq!(
            refresh_with(&app, &staff_refresh).await.code(),
            Some("UNAUTHENTICATED")
        );
        assert_eq!(
            app.login("staff@dongsoc.example", DEMO_PASSWORD)
                .await
                .code(),
            Some("FORBIDDEN")
        );
        let members = app.graphql(Some(&admin), MEMBERS, json!({})).await.ok();
        assert!(
            !members.0.to_string().contains("staff@dongsoc.example"),
            "{}",
            members.0
        );
    }
);

on_both_databases!(
    a_role_change_ends_the_members_sessions_and_applies_at_the_next_sign_in,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (staff_access, staff_refresh) = app.login_as("staff@dongsoc.example").await;
        let staff = membership_of(&app, &admin, "staff@dongsoc.example").await;
        let changed = app
            .graphql(
                Some(&admin),
                CHANGE_ROLE,
                json!({ "m": staff, "r": "OPERATOR_ADMIN" }),
            )
            .await
            .ok();
        assert_eq!(changed.data("/changeMemberRole/role"), "OPERATOR_ADMIN");
        assert_eq!(
            app.graphql(Some(&staff_access), ME, json!({})).await.code(),
            Some("UNAUTHENTICATED")
        );
        assert_eq!(
            refresh_with(&app, &staff_refresh).await.code(),
            Some("UNAUTHENTICATED")
        );
        let (promoted, _) = app.login_as("staff@dongsoc.example").await;
        let me = app.graphql(Some(&promoted), ME, json!({})).await.ok();
        assert_eq!(me.data("/me/role"), "OPERATOR_ADMIN");
        // With a second admin, the first may step down.
        let first = membership_of(&app, &promoted, "ops@dongsoc.example").await;
        app.graphql(
            Some(&promoted),
            CHANGE_ROLE,
            json!({ "m": first, "r": "OPERATOR_STAFF" }),
        )
        .await
        .ok();
    }
);

on_both_databases!(
    only_an_admin_changes_members_and_the_last_admin_stays,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (staff_token, _) = app.login_as("staff@dongsoc.example").await;
        let (other_tenant, _) = app.login_as("ops@yenlac.example").await;
        let me = membership_of(&app, &admin, "ops@dongsoc.example").await;
        let staff = membership_of(&app, &admin, "staff@dongsoc.example").await;
        let firm_user = membership_of(&app, &admin, "accounting@kcc.example").await;
        let before = app.snapshot().await;

        let last = app.graphql(Some(&admin), REMOVE, json!({ "m": me })).await;
        assert_eq!(last.code(), Some("CONFLICT"), "{}", last.0);
        assert!(last.0.to_string().contains("last operator admin"));
        let demoted = app
            .graphql(
                Some(&admin),
                CHANGE_ROLE,
                json!({ "m": me, "r": "OPERATOR_STAFF" }),
            )
            .await;
        assert_eq!(demoted.code(), Some("CONFLICT"), "{}", demoted.0);
        assert_eq!(
            app.graphql(Some(&staff_token), REMOVE, json!({ "m": me }))
                .await
                .code(),
            Some("FORBIDDEN")
        );
        assert_eq!(
            app.graphql(
                Some(&staff_token),
                CHANGE_ROLE,
                json!({ "m": staff, "r": "OPERATOR_ADMIN" })
            )
            .await
            .code(),
            Some("FORBIDDEN")
        );
        assert_eq!(
            app.graphql(Some(&other_tenant), REMOVE, json!({ "m": staff }))
                .await
                .code(),
            Some("NOT_FOUND")
        );
        let to_enterprise = app
            .graphql(
                Some(&admin),
                CHANGE_ROLE,
                json!({ "m": staff, "r": "ENTERPRISE" }),
            )
            .await;
        assert_eq!(to_enterprise.code(), Some("VALIDATION"));
        assert_eq!(to_enterprise.field_paths(), ["role"]);
        let firm_to_staff = app
            .graphql(
                Some(&admin),
                CHANGE_ROLE,
                json!({ "m": firm_user, "r": "OPERATOR_STAFF" }),
            )
            .await;
        assert_eq!(firm_to_staff.code(), Some("VALIDATION"));
        assert_eq!(app.snapshot().await, before, "nothing was written");
        // Everyone is still signed in.
        app.graphql(Some(&admin), ME, json!({})).await.ok();
        app.graphql(Some(&staff_token), ME, json!({})).await.ok();
    }
);

// L2 ------------------------------------------------------------------------------------------

on_both_databases!(
    only_the_newest_reset_link_works_and_requests_are_limited,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let email = "ops@yenlac.example";
        let ask = |address: &str| {
            app.graphql(
                None,
                "mutation($e: String!) { requestPasswordReset(email: $e) }",
                json!({ "e": address }),
            )
        };
        ask(email).await.ok();
        app.link_tokens(email, "/reset-password", 1).await;
        ask(email).await.ok();
        let links = app.link_tokens(email, "/reset-password", 2).await;
        let reset = "mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }";
        let older = app
            .graphql(None, reset, json!({ "t": links[0], "p": NEW_PASSWORD }))
            .await;
        assert_eq!(older.code(), Some("NOT_FOUND"), "the older link is void");
        app.graphql(None, reset, json!({ "t": links[1], "p": NEW_PASSWORD }))
            .await
            .ok();
        app.login(email, NEW_PASSWORD).await.ok();

        // Three requests an hour per address; a fourth is refused (for an unknown address
        // exactly as for a known one), and one client address cannot go on across addresses.
        ask(email).await.ok();
        assert_eq!(ask(email).await.code(), Some("RATE_LIMITED"));
        for _ in 0..3 {
            ask("nobody@nowhere.example").await.ok();
        }
        assert_eq!(
            ask("nobody@nowhere.example").await.code(),
            Some("RATE_LIMITED")
        );
        let mut refused = 0;
        for i in 0..20 {
            if ask(&format!("flood-{i}@nowhere.example")).await.code() == Some("RATE_LIMITED") {
                refused += 1;
            }
        }
        assert!(refused > 0, "the client address was never limited");
        assert_eq!(app.link_tokens(email, "/reset-password", 3).await.len(), 3);
    }
);

// L6 ------------------------------------------------------------------------------------------

on_both_databases!(
    responses_carry_csp_and_no_store_and_production_gives_no_hints,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let health = app
            .client
            .get(format!("{}/healthz", app.address))
            .send()
            .await
            .unwrap();
        let csp = health.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(csp.contains("script-src 'self';"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(
            health.headers().get("strict-transport-security").is_none(),
            "no HSTS over plain http"
        );
        let answer = app
            .client
            .post(format!("{}/graphql", app.address))
            .json(&login_query("ops@dongsoc.example", DEMO_PASSWORD))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.headers()["cache-control"], "no-store");
        let body: Value = answer.json().await.unwrap();
        let token = body["data"]["login"]["accessToken"].as_str().unwrap();
        let csv = app
            .client
            .get(format!("{}/export/firms.csv", app.address))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert!(csv.status().is_success());
        assert_eq!(csv.headers()["cache-control"], "no-store");
        let hint = app.graphql(None, "{ invoice { id } }", json!({})).await;
        assert!(hint.0.to_string().contains("Did you mean"), "{}", hint.0);

        let Some(production) = spawn_app(
            backend,
            Options {
                production: true,
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let health = production
            .client
            .get(format!("{}/healthz", production.address))
            .send()
            .await
            .unwrap();
        assert!(
            health.headers()["strict-transport-security"]
                .to_str()
                .unwrap()
                .starts_with("max-age=")
        );
        let no_hint = production
            .graphql(None, "{ invoice { id } }", json!({}))
            .await;
        assert_eq!(no_hint.code(), Some("VALIDATION"));
        assert!(
            !no_hint.0.to_string().contains("Did you mean"),
            "{}",
            no_hint.0
        );
    }
);

// L7 ------------------------------------------------------------------------------------------

on_both_databases!(
    graphql_takes_only_json_and_the_cookie_only_from_our_own_pages,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        // A browser signs in: the refresh token is in the httpOnly cookie only.
        let signed_in = app
            .client
            .post(format!("{}/graphql", app.address))
            .json(&json!({ "query": "mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken refreshToken } }" }))
            .send()
            .await
            .unwrap();
        assert!(
            signed_in
                .headers()
                .get_all("set-cookie")
                .iter()
                .any(|c| c.to_str().unwrap().starts_with("ck_refresh=")),
            "the cookie is set"
        );
        let body: Value = signed_in.json().await.unwrap();
        assert!(body["data"]["login"]["accessToken"].is_string(), "{body}");
        assert!(
            body["data"]["login"]["refreshToken"].is_null(),
            "scripts never see it: {body}"
        );

        // A page of another site posting a "simple" request (text/plain, a form) is refused
        // before anything runs; the session survives.
        let logout = json!({ "query": "mutation { logout }" }).to_string();
        for content_type in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ] {
            let refused = app
                .client
                .post(format!("{}/graphql", app.address))
                .header("content-type", content_type)
                .header("origin", "https://evil.example")
                .body(logout.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(refused.status(), 415, "{content_type}");
        }
        // JSON from another site's page may not use the cookie either.
        for operation in [
            "mutation { logout }",
            "mutation { refresh { accessToken } }",
        ] {
            let cross = app
                .client
                .post(format!("{}/graphql", app.address))
                .header("origin", "https://evil.example")
                .json(&json!({ "query": operation }))
                .send()
                .await
                .unwrap();
            let cross = Gql(cross.json().await.unwrap());
            assert_eq!(cross.code(), Some("FORBIDDEN"), "{operation}: {}", cross.0);
        }
        // From our own page the cookie works (and is renewed, still not in the body).
        let own = app
            .client
            .post(format!("{}/graphql", app.address))
            .header("origin", app.address.as_str())
            .json(&json!({ "query": "mutation { refresh { accessToken refreshToken viewer { email } } }" }))
            .send()
            .await
            .unwrap();
        let own = Gql(own.json().await.unwrap()).ok();
        assert_eq!(own.data("/refresh/viewer/email"), "ops@dongsoc.example");
        assert!(own.data("/refresh/refreshToken").is_null());

        // Programs that keep the token ask for it.
        let program = app.login("ops@dongsoc.example", DEMO_PASSWORD).await.ok();
        let token = program.data("/login/refreshToken").as_str().unwrap();
        let rotated = refresh_with(&app, token).await.ok();
        assert!(rotated.data("/refresh/refreshToken").is_string());
    }
);
