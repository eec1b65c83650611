use crate::helpers::{Backend, app};
use crate::on_both_databases;

on_both_databases!(
    healthz_and_readyz_answer_ok_while_the_database_answers,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        for path in ["/healthz", "/readyz"] {
            let response = app
                .client
                .get(format!("{}{path}", app.address))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{path}");
        }
    }
);
