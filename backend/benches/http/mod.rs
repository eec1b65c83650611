//! What the benchmarks that time the HTTP API share (`mod http;`): signing in as the demo's
//! operator, posting a GraphQL request, and the figures printed (percentiles in milliseconds).

use std::time::Duration;

use serde_json::{Value, json};

/// The `p` quantile (0–1) of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A duration in milliseconds, one decimal.
pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Posts `query` with `variables` as `token` (empty: none); panics on any GraphQL error, so a
/// benchmark never times failures.
pub async fn post(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    query: &str,
    variables: Value,
) -> Value {
    let mut request = client
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if !token.is_empty() {
        request = request.bearer_auth(token);
    }
    let body: Value = request.send().await.unwrap().json().await.unwrap();
    assert!(body.get("errors").is_none(), "{body}");
    body
}

/// Signs in as the demo's Đồng Sóc operator; its access token.
pub async fn login_operator(client: &reqwest::Client, base: &str) -> String {
    let body = post(
        client,
        base,
        "",
        "mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken } }",
        json!({}),
    )
    .await;
    body["data"]["login"]["accessToken"]
        .as_str()
        .expect("the demo operator signs in")
        .to_owned()
}
