//! Plots: create, change, read, and their availability at a date (derived from leases).

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, Sort, TenantTxn, fetch_page, key, sorted};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::{cluster, plot};
use crate::estate::leases;
use crate::ids::{ClusterId, PlotId};
use crate::values::AreaM2;
use crate::values::Search;
use crate::values::required_text;

/// The raw input of a plot.
#[derive(Clone, Debug)]
pub struct PlotInput {
    pub cluster_id: ClusterId,
    pub code: String,
    pub area_m2: i64,
    pub land_use: String,
    pub cadastral_ref: Option<String>,
    pub notes: Option<String>,
}

/// A validated plot (its cluster is checked against the tenant when written).
#[derive(Clone, Debug)]
pub struct PlotRecord(PlotInput);

impl PlotRecord {
    /// Checks the input (paths under `prefix`).
    pub fn parse(mut input: PlotInput, prefix: &str) -> AppResult<Self> {
        let mut problems = Problems::new();
        if let Some(code) =
            problems.check(required_text(&input.code, &format!("{prefix}.code"), 40))
        {
            input.code = code;
        }
        problems.check(AreaM2::parse(input.area_m2, &format!("{prefix}.areaM2")));
        if let Some(land_use) = problems.check(required_text(
            &input.land_use,
            &format!("{prefix}.landUse"),
            200,
        )) {
            input.land_use = land_use;
        }
        problems.finish()?;
        input.cadastral_ref = input
            .cadastral_ref
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty());
        input.notes = input
            .notes
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty());
        Ok(Self(input))
    }

    pub fn cluster_id(&self) -> ClusterId {
        self.0.cluster_id
    }

    pub fn code(&self) -> &str {
        &self.0.code
    }

    fn apply(&self, model: &mut plot::ActiveModel) {
        let p = &self.0;
        model.cluster_id = Set(p.cluster_id.0);
        model.code = Set(p.code.clone());
        model.area_m2 = Set(p.area_m2);
        model.land_use = Set(p.land_use.clone());
        model.cadastral_ref = Set(p.cadastral_ref.clone());
        model.notes = Set(p.notes.clone());
        model.updated_at = Set(Utc::now());
    }

    /// A new row for `tenant` (create, imports and the demo).
    pub fn new_model(&self, tenant: Uuid) -> plot::ActiveModel {
        let mut model = plot::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant),
            created_at: Set(Utc::now()),
            ..Default::default()
        };
        self.apply(&mut model);
        model
    }
}

/// Checks that the cluster belongs to the tenant and the code is free in it.
pub async fn check_placement(
    txn: &TenantTxn,
    record: &PlotRecord,
    except: Option<PlotId>,
    prefix: &str,
) -> AppResult<()> {
    let cluster = txn
        .scoped_by_id::<cluster::Entity>(record.cluster_id())
        .one(txn.conn())
        .await?;
    if cluster.is_none() {
        return Err(AppError::invalid(
            format!("{prefix}.clusterId"),
            reason!("no_such_cluster", "no such cluster"),
        ));
    }
    let mut same_code = txn
        .scoped::<plot::Entity>()
        .filter(plot::Column::ClusterId.eq(record.cluster_id()))
        .filter(plot::Column::Code.eq(record.code()));
    if let Some(id) = except {
        same_code = same_code.filter(plot::Column::Id.ne(id));
    }
    if same_code.one(txn.conn()).await?.is_some() {
        return Err(AppError::invalid(
            format!("{prefix}.code"),
            reason!(
                "cluster_already_plot_code",
                "this cluster already has a plot with this code"
            ),
        ));
    }
    Ok(())
}

/// Adds a plot (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: &Db, ctx: &TenantCtx, record: PlotRecord) -> AppResult<plot::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    check_placement(&txn, &record, None, "input").await?;
    let created = plot::Entity::insert(record.new_model(txn.tenant_id().0))
        .exec_with_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "Plot", created.id, &created).await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes a plot (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: PlotId,
    record: PlotRecord,
) -> AppResult<plot::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = txn
        .scoped_by_id::<plot::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    check_placement(&txn, &record, Some(id), "input").await?;
    let mut active = before.clone().into_active_model();
    record.apply(&mut active);
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Plot",
        id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// One plot (operators).
pub async fn get(db: &Db, ctx: &TenantCtx, id: PlotId) -> AppResult<plot::Model> {
    db.find_one::<plot::Entity>(ctx, Policy::ManageEstate, id)
        .await
}

/// Whether a plot is held by a lease at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    Free,
    Leased,
}

/// How to narrow the plots list.
#[derive(Clone, Debug, Default)]
pub struct PlotFilter {
    pub cluster_id: Option<ClusterId>,
    /// Part of the code.
    pub search: Option<String>,
    /// Only plots free (or leased) on `on`.
    pub availability: Option<Availability>,
    /// By cluster and code unless asked otherwise.
    pub sort: Option<Sort<PlotSort>>,
}

/// What the plots list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlotSort {
    /// Cluster, then code.
    Code,
    Area,
    LandUse,
}

/// A plot with its cluster's name and its availability on the requested date.
#[derive(Clone, Debug)]
pub struct PlotView {
    pub plot: plot::Model,
    pub cluster_name: String,
    pub availability: Availability,
}

/// Plots of the tenant by cluster and code (operators), with availability on `on`.
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: PlotFilter,
    on: NaiveDate,
    page: PageRequest,
) -> AppResult<Page<PlotView>> {
    let txn = db.read(ctx, Policy::ManageEstate).await?;
    let mut select = txn.scoped::<plot::Entity>();
    if let Some(cluster) = filter.cluster_id {
        select = select.filter(plot::Column::ClusterId.eq(cluster));
    }
    if let Some(search) = Search::parse(filter.search)? {
        select = select.filter(search.within(plot::Column::Code));
    }
    let leased = leases::leased_plot_ids(txn.tenant_id().0, on);
    select = match filter.availability {
        Some(Availability::Leased) => {
            select.filter(Expr::col(plot::Column::Id).in_subquery(leased.clone()))
        }
        Some(Availability::Free) => {
            select.filter(Expr::col(plot::Column::Id).not_in_subquery(leased.clone()))
        }
        None => select,
    };
    let sort = filter.sort.unwrap_or(Sort::asc(PlotSort::Code));
    let keys = match sort.field {
        PlotSort::Code => vec![key(plot::Column::ClusterId), key(plot::Column::Code)],
        PlotSort::Area => vec![key(plot::Column::AreaM2)],
        PlotSort::LandUse => vec![key(plot::Column::LandUse), key(plot::Column::Code)],
    };
    let select = sorted(select, keys, sort.direction, plot::Column::Id);
    let page = fetch_page(select, txn.conn(), page).await?;
    let ids: Vec<Uuid> = page.items.iter().map(|p| p.id).collect();
    let held = leases::held_among(&txn, &ids, on).await?;
    let cluster_ids: HashSet<Uuid> = page.items.iter().map(|p| p.cluster_id).collect();
    let names: HashMap<Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .filter(cluster::Column::Id.is_in(cluster_ids))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    txn.commit().await?;
    Ok(page.map(|plot| PlotView {
        availability: if held.contains(&plot.id) {
            Availability::Leased
        } else {
            Availability::Free
        },
        cluster_name: names.get(&plot.cluster_id).cloned().unwrap_or_default(),
        plot,
    }))
}
