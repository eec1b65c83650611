//! The demo a new user sees on first start (DOMAIN.md): operator tenants for Đồng Sóc and the
//! Yên Lạc clusters, the province's Department of Industry and Trade, and one account per role.
//! Names the article does not give (operator companies, tax codes) are invented and say so.

pub mod billing;
mod effluent;
mod estate;
mod maintenance;
pub mod photos;
pub mod reminders;
pub mod upkeep;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, PaginatorTrait,
};

use crate::access::Role;
use crate::auth::password::PasswordHasher;
use crate::db::Db;
use crate::estate::WwtpStatus;
use crate::ids::{MembershipId, TenantId, UserId};
use crate::tenancy::entities::{firm, membership, tenant, user};
use crate::tenancy::firms::{self, FirmInput, FirmRecord};
use crate::tenancy::{CapitalOrigin, Locale, TenantKind};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "clusterkeep-demo";

/// The demo accounts and what they are.
pub const DEMO_LOGINS: [(&str, &str); 6] = [
    ("admin@platform.example", "platform admin"),
    ("ops@dongsoc.example", "operator admin, Đồng Sóc"),
    ("staff@dongsoc.example", "operator staff, Đồng Sóc"),
    ("ops@yenlac.example", "operator admin, Yên Lạc clusters"),
    ("accounting@kcc.example", "enterprise user, KCC at Đồng Sóc"),
    (
        "viewer@sct.example",
        "authority viewer, Phú Thọ Department of Industry and Trade",
    ),
];

/// A demo account: email, display name, platform admin, and (tenant, role, firm) if a member.
type DemoAccount<'a> = (
    &'a str,
    &'a str,
    bool,
    Option<(uuid::Uuid, Role, Option<uuid::Uuid>)>,
);

/// Fills an empty database with the demo. Returns false (and writes nothing) when the
/// database already has tenants.
pub async fn seed_if_empty(db: &Db, hasher: &PasswordHasher) -> anyhow::Result<bool> {
    // System transaction: seeding creates the tenants themselves.
    let txn = db.system().await?;
    if tenant::Entity::find().count(txn.conn()).await? > 0 {
        return Ok(false);
    }
    let hash = hasher.hash_unchecked(DEMO_PASSWORD).await?;
    let now = Utc::now();
    let conn = txn.conn();

    let new_tenant = |name: &str, kind: TenantKind| tenant::ActiveModel {
        id: Set(TenantId::new().0),
        name: Set(name.to_owned()),
        kind: Set(kind),
        province: Set(estate::DEMO_PROVINCE.to_owned()),
        created_at: Set(now),
        suspended_at: Set(None),
        suspension_reason: Set(None),
    };
    let dong_soc = tenant::Entity::insert(new_tenant(
        "Công ty CP Hạ tầng CCN Đồng Sóc (demo)",
        TenantKind::Operator,
    ))
    .exec_with_returning(conn)
    .await?;
    let yen_lac = tenant::Entity::insert(new_tenant(
        "Công ty TNHH Hạ tầng các CCN Yên Lạc (demo)",
        TenantKind::Operator,
    ))
    .exec_with_returning(conn)
    .await?;
    let te_lo = tenant::Entity::insert(new_tenant(
        "Công ty CP Hạ tầng CCN Tề Lỗ - Hùng Vương (demo)",
        TenantKind::Operator,
    ))
    .exec_with_returning(conn)
    .await?;
    let authority = tenant::Entity::insert(new_tenant(
        "Sở Công Thương tỉnh Phú Thọ",
        TenantKind::Authority,
    ))
    .exec_with_returning(conn)
    .await?;

    let mut kcc_id = None;
    let dong_soc_demo = estate::dong_soc();
    for (name, tax_code, plot) in [
        ("KCC Vina (Đồng Sóc)", "2500100006", "Lô CN-001"),
        ("YPE Vina (Đồng Sóc)", "2500100013", "Lô CN-002"),
        ("Partron Vina (Đồng Sóc)", "2500100020", "Lô CN-003"),
    ] {
        let record = FirmRecord::parse(
            FirmInput {
                name: name.to_owned(),
                tax_code: tax_code.to_owned(),
                address: Some(estate::demo_address(
                    plot,
                    dong_soc_demo.name,
                    dong_soc_demo.commune,
                )),
                capital_origin: Some(CapitalOrigin::Foreign),
                workforce: 400,
                ..FirmInput::default()
            },
            "demo",
        )?;
        let firm = firm::Entity::insert(firms::new_model(dong_soc.id, &record))
            .exec_with_returning(conn)
            .await?;
        if kcc_id.is_none() {
            kcc_id = Some(firm.id);
        }
    }

    let dong_soc_firms = firm::Entity::find().all(conn).await?;
    estate::seed_cluster(
        conn,
        dong_soc.id,
        dong_soc_demo,
        &dong_soc_firms,
        250_020_000,
    )
    .await?;
    estate::seed_cluster(conn, yen_lac.id, estate::yen_dong(), &[], 250_030_000).await?;
    let town = estate::full_cluster(
        "CCN thị trấn Yên Lạc",
        "xã Yên Lạc",
        20,
        3,
        Some((2_000, WwtpStatus::UnderConstruction)),
    );
    estate::seed_cluster(conn, yen_lac.id, town, &[], 250_040_000).await?;
    let te_lo_cluster = estate::full_cluster(
        "CCN Tề Lỗ",
        "xã Tề Lỗ",
        15,
        5,
        Some((1_500, WwtpStatus::Operating)),
    );
    estate::seed_cluster(conn, te_lo.id, te_lo_cluster, &[], 250_050_000).await?;
    let hung_vuong = estate::full_cluster(
        "CCN Hùng Vương - Phúc Thắng",
        "phường Phúc Yên",
        25,
        9,
        Some((2_500, WwtpStatus::Operating)),
    );
    estate::seed_cluster(conn, te_lo.id, hung_vuong, &[], 250_060_000).await?;

    let accounts: [DemoAccount; 6] = [
        ("admin@platform.example", "Quản trị nền tảng", true, None),
        (
            "ops@dongsoc.example",
            "Nguyễn Thị Lan (demo)",
            false,
            Some((dong_soc.id, Role::OperatorAdmin, None)),
        ),
        (
            "staff@dongsoc.example",
            "Trần Văn Minh (demo)",
            false,
            Some((dong_soc.id, Role::OperatorStaff, None)),
        ),
        (
            "ops@yenlac.example",
            "Lê Văn Hùng (demo)",
            false,
            Some((yen_lac.id, Role::OperatorAdmin, None)),
        ),
        (
            "accounting@kcc.example",
            "Kế toán KCC (demo)",
            false,
            Some((dong_soc.id, Role::Enterprise, kcc_id)),
        ),
        (
            "viewer@sct.example",
            "Chuyên viên Sở Công Thương (demo)",
            false,
            Some((authority.id, Role::AuthorityViewer, None)),
        ),
    ];
    for (email, name, platform_admin, membership) in accounts {
        let user = user::Entity::insert(user::ActiveModel {
            id: Set(UserId::new().0),
            email: Set(email.to_owned()),
            password_hash: Set(Some(hash.clone())),
            display_name: Set(name.to_owned()),
            locale: Set(Locale::Vi),
            is_platform_admin: Set(platform_admin),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_with_returning(conn)
        .await?;
        if let Some((tenant_id, role, firm_id)) = membership {
            membership::Entity::insert(membership::ActiveModel {
                id: Set(MembershipId::new().0),
                tenant_id: Set(tenant_id),
                user_id: Set(user.id),
                role: Set(role),
                firm_id: Set(firm_id),
                created_at: Set(now),
            })
            .exec(conn)
            .await?;
        }
    }
    maintenance::seed(conn, dong_soc.id, 24, now).await?;
    maintenance::seed(conn, yen_lac.id, 16, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// Inserts rows the demo built in memory, in one statement (none when there are none).
async fn insert_rows<E>(conn: &impl ConnectionTrait, rows: Vec<E::Model>) -> Result<(), DbErr>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
{
    if rows.is_empty() {
        return Ok(());
    }
    E::insert_many(rows.into_iter().map(IntoActiveModel::into_active_model))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
