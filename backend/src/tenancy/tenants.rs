//! Reading and creating tenants.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::access::Policy;
use crate::access::TenantCtx;
use crate::auth::Session;
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::TenantId;
use crate::tenancy::TenantKind;
use crate::tenancy::entities::tenant;
use crate::values::required_text;

/// The tenant of the current context.
pub async fn current(db: &Db, ctx: &TenantCtx) -> AppResult<tenant::Model> {
    let txn = db.read(ctx, Policy::ReadTenant).await?;
    let found = txn.scoped::<tenant::Entity>().one(txn.conn()).await?;
    txn.commit().await?;
    found.ok_or(AppError::NotFound)
}

/// A tenant the session may see: its own, or any operator for the platform admin.
pub async fn visible(db: &Db, session: &Session, id: TenantId) -> AppResult<tenant::Model> {
    if session.is_platform_admin() {
        // System read: the platform admin administers every operator tenant.
        let txn = db.system().await?;
        let found = tenant::Entity::find_by_id(id.0).one(txn.conn()).await?;
        txn.commit().await?;
        return found.ok_or(AppError::NotFound);
    }
    let ctx = session.tenant().map_err(|_| AppError::NotFound)?;
    if ctx.tenant_id() != id {
        return Err(AppError::NotFound);
    }
    current(db, &ctx).await
}

/// Operator tenants, by name (platform admin).
pub async fn list_operators(
    db: &Db,
    session: &Session,
    page: PageRequest,
) -> AppResult<Page<tenant::Model>> {
    session.require_platform_admin()?;
    // System read: listing tenants is the platform admin's job and spans tenants by nature.
    let txn = db.system().await?;
    let select = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .order_by_asc(tenant::Column::Name)
        .order_by_asc(tenant::Column::Id);
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}

/// What a new operator tenant needs.
pub struct NewOperator {
    pub name: String,
    pub province: String,
}

impl NewOperator {
    /// Validates the raw input (paths under `input.`).
    pub fn parse(name: &str, province: &str) -> AppResult<Self> {
        let mut problems = Problems::new();
        let name = problems.check(required_text(name, "input.name", 200));
        let province = problems.check(required_text(province, "input.province", 100));
        problems.finish()?;
        match (name, province) {
            (Some(name), Some(province)) => Ok(Self { name, province }),
            _ => Err(AppError::invalid(
                "input",
                reason!("incomplete", "incomplete"),
            )),
        }
    }
}

/// Inserts an operator tenant inside `conn` (the caller's system transaction).
pub async fn insert_operator<C: sea_orm::ConnectionTrait>(
    conn: &C,
    new: NewOperator,
) -> AppResult<tenant::Model> {
    let model = tenant::ActiveModel {
        id: Set(TenantId::new().0),
        name: Set(new.name),
        kind: Set(TenantKind::Operator),
        province: Set(new.province),
        created_at: Set(Utc::now()),
        suspended_at: Set(None),
        suspension_reason: Set(None),
    };
    Ok(tenant::Entity::insert(model)
        .exec_with_returning(conn)
        .await?)
}

/// Which of `ids` name a suspended tenant (one statement).
pub async fn suspended_among<C: sea_orm::ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = uuid::Uuid>,
) -> AppResult<Vec<uuid::Uuid>> {
    let ids: Vec<uuid::Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(tenant::Entity::find()
        .select_only()
        .column(tenant::Column::Id)
        .filter(tenant::Column::Id.is_in(ids))
        .filter(tenant::Column::SuspendedAt.is_not_null())
        .into_tuple()
        .all(conn)
        .await?)
}
