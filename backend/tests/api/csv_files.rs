//! Spreadsheet import (preview, then all-or-nothing) and export (UTF-8 with BOM).

use serde_json::json;

use crate::helpers::{Backend, app};
use crate::on_both_databases;

const IMPORT_PLOTS: &str = "mutation($csv: String!, $c: Boolean) { importPlots(csv: $csv, commit: $c) { rows valid created problems { row column message } } }";
const IMPORT_FIRMS: &str = "mutation($csv: String!, $c: Boolean) { importFirms(csv: $csv, commit: $c) { rows valid created problems { row column message } } }";

on_both_databases!(
    a_plots_file_is_previewed_with_row_numbers_and_written_only_when_whole,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let bad = "\u{feff}cluster,code,area_m2,land_use,cadastral_ref,notes\n\
               CCN Đồng Sóc,NX-01,12000,Đất công nghiệp,,\n\
               CCN Đồng Sóc,NX-02,-5,Đất công nghiệp,,\n\
               CCN Không Có,NX-03,100,Kho,,\n\
               CCN Đồng Sóc,CN-001,100,Kho,,\n";
        let before = app.snapshot().await;
        for commit in [false, true] {
            let report = app
                .graphql(
                    Some(&admin),
                    IMPORT_PLOTS,
                    json!({ "csv": bad, "c": commit }),
                )
                .await
                .ok();
            assert_eq!(report.data("/importPlots/rows"), 4);
            assert_eq!(report.data("/importPlots/valid"), false);
            assert_eq!(report.data("/importPlots/created"), 0);
            let problems: Vec<(i64, String)> = report
                .data("/importPlots/problems")
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["row"].as_i64().unwrap(),
                        p["column"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            assert_eq!(
                problems,
                vec![
                    (3, "areaM2".to_owned()),
                    (4, "cluster".to_owned()),
                    (5, "code".to_owned())
                ]
            );
            assert_eq!(
                app.snapshot().await,
                before,
                "nothing written (commit: {commit})"
            );
        }
        let good = "cluster,code,area_m2,land_use,cadastral_ref,notes\nCCN Đồng Sóc,NX-01,12000,Đất công nghiệp,Tờ 5 thửa 12,\nCCN Đồng Sóc,NX-02,8.500,Kho bãi,,góc đường D2\n";
        let preview = app
            .graphql(Some(&admin), IMPORT_PLOTS, json!({ "csv": good }))
            .await
            .ok();
        assert_eq!(preview.data("/importPlots/valid"), true);
        assert_eq!(preview.data("/importPlots/created"), 0);
        assert_eq!(app.snapshot().await, before);
        let written = app
            .graphql(
                Some(&admin),
                IMPORT_PLOTS,
                json!({ "csv": good, "c": true }),
            )
            .await
            .ok();
        assert_eq!(written.data("/importPlots/created"), 2);
        let found = app
            .graphql(
                Some(&admin),
                "{ plots(search: \"NX-\") { nodes { code areaM2 } } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(
            found.data("/plots/nodes"),
            &json!([{ "code": "NX-01", "areaM2": 12000 }, { "code": "NX-02", "areaM2": 8500 }])
        );
    }
);

on_both_databases!(
    a_file_with_a_wrong_header_or_encoding_is_refused,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let before = app.snapshot().await;
        let wrong_header = app
            .graphql(
                Some(&admin),
                IMPORT_FIRMS,
                json!({ "csv": "ten,mst\nA,2500000001\n", "c": true }),
            )
            .await;
        assert_eq!(wrong_header.code(), Some("VALIDATION"));
        assert_eq!(wrong_header.field_paths(), vec!["csv.header".to_owned()]);
        // What a browser makes of a Windows-1258 file read as UTF-8.
        let mangled = "name,tax_code,address,capital_origin,is_sme,vsic_code,workforce,billing_emails,status\nC\u{fffd}ng ty,2500000001,,,,,,,\n";
        let wrong_encoding = app
            .graphql(
                Some(&admin),
                IMPORT_FIRMS,
                json!({ "csv": mangled, "c": true }),
            )
            .await;
        assert_eq!(wrong_encoding.code(), Some("VALIDATION"));
        assert_eq!(wrong_encoding.field_paths(), vec!["csv".to_owned()]);
        assert_eq!(app.snapshot().await, before);
        let firms = "name,tax_code,address,capital_origin,is_sme,vsic_code,workforce,billing_emails,status\n\
                 Công ty TNHH Nhựa Việt,2500999009,Yên Lạc,DOMESTIC,có,22201,45,ketoan@nhuaviet.example;giamdoc@nhuaviet.example,ACTIVE\n";
        let written = app
            .graphql(
                Some(&admin),
                IMPORT_FIRMS,
                json!({ "csv": firms, "c": true }),
            )
            .await
            .ok();
        assert_eq!(written.data("/importFirms/created"), 1, "{}", written.0);
    }
);

on_both_databases!(
    exports_are_utf8_with_a_bom_and_need_a_token,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        for file in ["clusters.csv", "plots.csv", "firms.csv", "leases.csv"] {
            let url = format!("{}/export/{file}", app.address);
            let anonymous = app.client.get(&url).send().await.unwrap();
            assert_eq!(anonymous.status(), 401);
            let response = app
                .client
                .get(&url)
                .bearer_auth(&admin)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{file}");
            assert!(
                response.headers()["content-disposition"]
                    .to_str()
                    .unwrap()
                    .contains("attachment")
            );
            let bytes = response.bytes().await.unwrap();
            assert!(
                bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
                "{file} starts with a BOM"
            );
            let text = String::from_utf8(bytes.to_vec()).unwrap();
            assert!(text.contains("Đồng Sóc") || text.contains("KCC"), "{file}");
        }
        // The clusters sheet carries occupancy and the wastewater figures of each cluster.
        let clusters = app
            .client
            .get(format!("{}/export/clusters.csv", app.address))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let mut lines = clusters.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header[0], "name");
        let occupancy = header
            .iter()
            .position(|c| *c == "occupancy_percent")
            .unwrap();
        let plots = header.iter().position(|c| *c == "plots").unwrap();
        let dong_soc: Vec<&str> = lines
            .find(|l| l.contains("Đồng Sóc"))
            .expect("the Đồng Sóc row")
            .split(',')
            .collect();
        assert!(dong_soc[occupancy].starts_with("67."), "{dong_soc:?}");
        assert_eq!(dong_soc[plots], "24");
        // The authority viewer exports nothing.
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let refused = app
            .client
            .get(format!("{}/export/leases.csv", app.address))
            .bearer_auth(&viewer)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 403);
    }
);
