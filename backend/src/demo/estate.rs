//! The demo estate, drawn from the article: Đồng Sóc (75 ha, a 15,000 m³/day plant, ~67% leased
//! to 15 foreign firms such as KCC, YPE and Partron Vina); the Yên Lạc clusters (Yên Đồng craft
//! village, 100% leased to over 100 household recyclers, and Yên Lạc town, 100%); and a third
//! operator for Tề Lỗ and Hùng Vương - Phúc Thắng (100%). Invented names say "(demo)".
//!
//! Addresses follow the two-level administrative units in force since 1 July 2025: Vĩnh Phúc
//! is part of Phú Thọ province and there are no districts, so a cluster lies in a commune or
//! ward (xã/phường) of Phú Thọ; the article's names stay as cluster names. Every firm has an
//! address (its first plot in the cluster) and a tax code with a valid check digit; household
//! recyclers are identified by a 12-digit personal identification number.

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::estate::clusters::{ClusterInput, ClusterRecord};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::plots::{PlotInput, PlotRecord};
use crate::estate::{ClusterStatus, LeaseStatus, RentSchedule, WwtpStatus};
use crate::ids::ClusterId;
use crate::tenancy::CapitalOrigin;
use crate::tenancy::entities::firm;
use crate::tenancy::firms::{self, FirmInput, FirmRecord};

/// The province of every demo cluster since 1 July 2025 (Vĩnh Phúc merged into Phú Thọ).
pub const DEMO_PROVINCE: &str = "Phú Thọ";

/// The address of a place in a demo cluster: "…, CCN …, xã …, tỉnh Phú Thọ (demo)".
pub fn demo_address(place: &str, cluster: &str, commune: &str) -> String {
    format!("{place}, {cluster}, {commune}, tỉnh {DEMO_PROVINCE} (demo)")
}

/// The next valid 10-digit tax code at or after the nine digits `*next`, moving `*next` past it
/// (so consecutive calls give distinct codes).
pub fn next_tax_code(next: &mut u32) -> String {
    loop {
        let nine = *next;
        *next += 1;
        if let Some(digit) = crate::values::TaxCode::check_digit(&format!("{nine:09}")) {
            return format!("{nine:09}{digit}");
        }
    }
}

/// One demo cluster and who leases it.
pub struct DemoCluster {
    pub name: &'static str,
    /// The commune or ward (xã/phường) of Phú Thọ province since 1 July 2025.
    pub commune: &'static str,
    pub total_ha: i64,
    pub established: (i32, u32, u32),
    pub wwtp: Option<(i64, WwtpStatus)>,
    /// Plot sizes in m², in order.
    pub plots: Vec<i64>,
    /// Lessees: name, capital origin, SME, workforce, how many of the next plots they lease.
    pub lessees: Vec<(String, CapitalOrigin, bool, i32, usize)>,
    pub rent_per_m2_year: i64,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Plot sizes that vary but are reproducible: `count` plots around `average` m².
pub fn sizes(count: usize, average: i64, seed: u64) -> Vec<i64> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let spread = ((state >> 33) % 41) as i64 - 20; // -20% … +20%
            (average * (100 + spread) / 100).max(50)
        })
        .collect()
}

/// The article's Đồng Sóc cluster.
pub fn dong_soc() -> DemoCluster {
    let plots = sizes(24, 22_000, 7);
    let mut lessees = vec![
        (
            "KCC Vina (Đồng Sóc)".to_owned(),
            CapitalOrigin::Foreign,
            false,
            420,
            1,
        ),
        (
            "YPE Vina (Đồng Sóc)".to_owned(),
            CapitalOrigin::Foreign,
            false,
            380,
            1,
        ),
        (
            "Partron Vina (Đồng Sóc)".to_owned(),
            CapitalOrigin::Foreign,
            false,
            650,
            2,
        ),
    ];
    for i in 4..=15 {
        lessees.push((
            format!("Doanh nghiệp FDI số {i} (demo)"),
            CapitalOrigin::Foreign,
            false,
            120 + 25 * i,
            1,
        ));
    }
    DemoCluster {
        name: "CCN Đồng Sóc",
        commune: "xã Vĩnh Tường",
        total_ha: 75,
        established: (2012, 5, 15),
        wwtp: Some((15_000, WwtpStatus::Operating)),
        plots,
        lessees,
        rent_per_m2_year: 45_000,
    }
}

/// Yên Đồng craft-village cluster: over 100 household recyclers, fully leased, no plant.
pub fn yen_dong() -> DemoCluster {
    let plots = sizes(110, 700, 11);
    let lessees = (1..=110)
        .map(|i| {
            (
                format!("Hộ tái chế nhựa Yên Đồng số {i:03} (demo)"),
                CapitalOrigin::Domestic,
                true,
                2,
                1,
            )
        })
        .collect();
    DemoCluster {
        name: "CCN làng nghề Yên Đồng",
        commune: "xã Yên Lạc",
        total_ha: 12,
        established: (2009, 3, 2),
        wwtp: None,
        plots,
        lessees,
        rent_per_m2_year: 12_000,
    }
}

/// A fully leased cluster of ten domestic small firms (Yên Lạc town, Tề Lỗ, Hùng Vương - Phúc Thắng).
pub fn full_cluster(
    name: &'static str,
    commune: &'static str,
    total_ha: i64,
    seed: u64,
    wwtp: Option<(i64, WwtpStatus)>,
) -> DemoCluster {
    let plots = sizes(10, total_ha * 10_000 * 7 / 10 / 10, seed);
    let lessees = (1..=10)
        .map(|i| {
            (
                format!("Công ty TNHH {name} số {i} (demo)"),
                CapitalOrigin::Domestic,
                i % 3 != 0,
                40 + 7 * i,
                1,
            )
        })
        .collect();
    DemoCluster {
        name,
        commune,
        total_ha,
        established: (2011, 9, 1),
        wwtp,
        plots,
        lessees,
        rent_per_m2_year: 30_000,
    }
}

/// Writes a demo cluster, its plots, firms and leases into `tenant`. `existing` firms (by name)
/// are reused rather than created again.
pub async fn seed_cluster<C: ConnectionTrait>(
    conn: &C,
    tenant: Uuid,
    demo: DemoCluster,
    existing: &[firm::Model],
    tax_base: u32,
) -> anyhow::Result<()> {
    let mut next_tax = tax_base;
    let leasable: i64 = demo.plots.iter().sum();
    let (wwtp_present, wwtp_capacity, wwtp_status, permit) = match demo.wwtp {
        Some((capacity, status)) => (true, Some(capacity), status, Some(date(2028, 6, 30))),
        None => (false, None, WwtpStatus::None, None),
    };
    let record = ClusterRecord::parse(ClusterInput {
        name: demo.name.to_owned(),
        province: DEMO_PROVINCE.to_owned(),
        province_code: None,
        district: demo.commune.to_owned(),
        district_code: None,
        total_area_m2: (demo.total_ha * 10_000).max(leasable),
        leasable_area_m2: leasable,
        established_on: Some(date(
            demo.established.0,
            demo.established.1,
            demo.established.2,
        )),
        decision_number: Some(format!("{}/QĐ-UBND (demo)", 1000 + demo.total_ha)),
        status: ClusterStatus::Operating,
        wwtp_present,
        wwtp_capacity_m3_day: wwtp_capacity,
        wwtp_status,
        wwtp_permit_expires_on: permit,
    })?;
    let cluster = cluster::Entity::insert(record.new_model(tenant))
        .exec_with_returning(conn)
        .await?;

    let mut plots = Vec::new();
    for (i, area) in demo.plots.iter().enumerate() {
        let record = PlotRecord::parse(
            PlotInput {
                cluster_id: ClusterId(cluster.id),
                code: format!(
                    "{}-{:03}",
                    if demo.plots.len() > 50 { "H" } else { "CN" },
                    i + 1
                ),
                area_m2: *area,
                land_use: "Đất sản xuất công nghiệp".to_owned(),
                cadastral_ref: None,
                notes: None,
            },
            "demo",
        )?;
        plots.push(record.new_model(tenant));
    }
    let plot_ids: Vec<Uuid> = plots.iter().filter_map(|p| p.id.clone().take()).collect();
    plot::Entity::insert_many(plots).exec(conn).await?;

    let now = Utc::now();
    let mut next_plot = 0;
    let mut leases = Vec::new();
    let mut links = Vec::new();
    for (n, (name, origin, sme, workforce, count)) in demo.lessees.into_iter().enumerate() {
        let household = name.starts_with("Hộ ");
        let firm_id = match existing.iter().find(|f| f.name == name) {
            Some(found) => found.id,
            None => {
                // A household business: the 12-digit personal identification number of its
                // owner (province code 026, born in the 1970s–90s); an enterprise: 10 digits.
                let tax_code = if household {
                    format!("026{}{:02}{:06}", n % 2, 70 + n % 30, 100_000 + n)
                } else {
                    next_tax_code(&mut next_tax)
                };
                let first_plot = next_plot + 1;
                let place = format!(
                    "Lô {}-{first_plot:03}",
                    if demo.plots.len() > 50 { "H" } else { "CN" }
                );
                // Every demo firm has a billing address, so its invoices and reminders are mailed.
                let billing_email =
                    format!("ketoan.{}@demo-firms.example", tax_code.replace('-', ""));
                let record = FirmRecord::parse(
                    FirmInput {
                        name,
                        tax_code,
                        billing_emails: vec![billing_email],
                        address: Some(demo_address(&place, demo.name, demo.commune)),
                        capital_origin: Some(origin),
                        is_sme: sme,
                        workforce,
                        ..FirmInput::default()
                    },
                    "demo",
                )?;
                firm::Entity::insert(firms::new_model(tenant, &record))
                    .exec_with_returning(conn)
                    .await?
                    .id
            }
        };
        let held: Vec<Uuid> = plot_ids
            .iter()
            .skip(next_plot)
            .take(count)
            .copied()
            .collect();
        next_plot += count;
        if held.is_empty() {
            break;
        }
        let id = Uuid::now_v7();
        let start_year = 2015 + (n as i32 % 8);
        // Domestic SMEs have fixed rent; the others escalate 10% every five years. (The
        // province's support comes from the programmes of `demo::billing`, and only for
        // enterprises: the household recyclers get none.)
        let domestic_sme = sme && origin == CapitalOrigin::Domestic && !household;
        leases.push(lease::ActiveModel {
            id: Set(id),
            tenant_id: Set(tenant),
            firm_id: Set(firm_id),
            cluster_id: Set(cluster.id),
            starts_on: Set(date(start_year, 1 + (n as u32 % 12), 1)),
            ends_on: Set(date(start_year + 50, 1 + (n as u32 % 12), 1) - chrono::Days::new(1)),
            rent_per_m2_year: Set(demo.rent_per_m2_year),
            rent_schedule: Set(if n % 2 == 0 {
                RentSchedule::Yearly
            } else {
                RentSchedule::Quarterly
            }),
            maintenance_fee_per_m2_month: Set(None),
            deposit: Set(demo.rent_per_m2_year * 1_000),
            escalation_bp: Set(if domestic_sme { 0 } else { 1000 }),
            escalation_every_years: Set(if domestic_sme { None } else { Some(5) }),
            late_interest_bp: Set(None),
            late_interest_commercial: Set(false),
            deductible_land_price_per_m2_year: Set(None),
            deductible_land_basis: Set(None),
            status: Set(LeaseStatus::Active),
            terminated_on: Set(None),
            termination_reason: Set(None),
            renewed_from_id: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        });
        for plot in held {
            links.push(lease_plot::ActiveModel {
                tenant_id: Set(tenant),
                lease_id: Set(id),
                plot_id: Set(plot),
            });
        }
    }
    for chunk in leases.chunks(200) {
        lease::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    for chunk in links.chunks(300) {
        lease_plot::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    Ok(())
}
