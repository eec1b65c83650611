//! Connections, migrations and the two kinds of transaction every data access goes through.
//!
//! - [`Db::tenant`] opens a [`TenantTxn`] for a verified [`TenantCtx`]: queries built with
//!   [`TenantTxn::scoped`] are filtered by tenant in SQL, and on PostgreSQL the transaction
//!   runs as the non-owner application role with the tenant in a transaction-local setting,
//!   so row-level security hides other tenants' rows even from a query that forgot the filter.
//! - [`Db::system`] opens a [`SystemTxn`] for work that is not on behalf of one tenant
//!   (sign-in, the mail worker, the platform admin). It must be asked for by name.

mod page;
pub mod throwaway;

pub use page::{Direction, Page, PageRequest, Sort, fetch_page, key, sorted};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context;
use migration::rls::{APP_ROLE, SCOPE_SETTING, TENANT_SETTING};
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, EntityTrait, PrimaryKeyTrait, QueryFilter, Select,
    SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

use crate::auth::TenantCtx;
use crate::ids::TenantId;

/// A tenant-owned entity: one whose rows carry a tenant id.
pub trait TenantOwned: EntityTrait {
    /// The column holding the owning tenant.
    fn tenant_column() -> Self::Column;
}

/// The database pool.
#[derive(Clone, Debug)]
pub struct Db {
    conn: DatabaseConnection,
    statements: Arc<AtomicU64>,
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`).
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10));
        if url.starts_with("sqlite:") {
            // WAL lets readers run beside the writer; every transaction takes the write lock
            // up front (IMMEDIATE), so concurrent writers queue instead of failing.
            options.max_connections(4).map_sqlx_sqlite_opts(|opts| {
                opts.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(30))
                    .foreign_keys(true)
            });
        } else {
            options.max_connections(20).min_connections(1);
        }
        let mut conn = Database::connect(options)
            .await
            .context("connecting to the database")?;
        let statements = Arc::new(AtomicU64::new(0));
        let counter = statements.clone();
        conn.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(Self { conn, statements })
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        Migrator::up(&self.conn, None)
            .await
            .context("applying migrations")
    }

    /// Which database this is.
    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// How many statements this pool has run since it was opened (tests and benchmarks use it
    /// to prove a page costs a fixed number of statements).
    pub fn statements_executed(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// Answers whether the database responds (readiness).
    pub async fn ping(&self) -> bool {
        self.conn.ping().await.is_ok()
    }

    /// The raw pool, for migrations and test set-up only; domain code uses transactions.
    pub fn raw(&self) -> &DatabaseConnection {
        &self.conn
    }

    async fn begin(&self) -> Result<DatabaseTransaction, sea_orm::DbErr> {
        self.conn
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await
    }

    /// Opens a transaction on behalf of one tenant.
    pub async fn tenant(&self, ctx: &TenantCtx) -> Result<TenantTxn, sea_orm::DbErr> {
        let txn = self.begin().await?;
        let tenant = ctx.tenant_id();
        if txn.get_database_backend() == DbBackend::Postgres {
            txn.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                format!(
                    "SELECT set_config('{TENANT_SETTING}', $1, true), set_config('role', '{APP_ROLE}', true)"
                ),
                [tenant.to_string().into()],
            ))
            .await?;
        }
        Ok(TenantTxn { txn, tenant })
    }

    /// Opens a transaction that is not on behalf of one tenant. Use it only for sign-in,
    /// platform administration and background delivery; say why at the call site.
    pub async fn system(&self) -> Result<SystemTxn, sea_orm::DbErr> {
        let txn = self.begin().await?;
        if txn.get_database_backend() == DbBackend::Postgres {
            txn.execute_unprepared(&format!(
                "SELECT set_config('{SCOPE_SETTING}', 'system', true)"
            ))
            .await?;
        }
        Ok(SystemTxn { txn })
    }
}

/// A transaction bound to one tenant.
pub struct TenantTxn {
    txn: DatabaseTransaction,
    tenant: TenantId,
}

impl TenantTxn {
    /// The tenant every query in this transaction is for.
    pub fn tenant_id(&self) -> TenantId {
        self.tenant
    }

    /// The connection, for inserts and updates of tenant rows built with [`Self::tenant_id`].
    pub fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// `SELECT … WHERE tenant = current` for a tenant-owned entity.
    pub fn scoped<E: TenantOwned>(&self) -> Select<E> {
        E::find().filter(E::tenant_column().eq(self.tenant.0))
    }

    /// `SELECT … WHERE id = ? AND tenant = current`: one object of the tenant by its id.
    pub fn scoped_by_id<E>(&self, id: uuid::Uuid) -> Select<E>
    where
        E: TenantOwned,
        uuid::Uuid: Into<<E::PrimaryKey as PrimaryKeyTrait>::ValueType>,
    {
        E::find_by_id(id).filter(E::tenant_column().eq(self.tenant.0))
    }

    /// Makes the transaction's writes permanent.
    pub async fn commit(self) -> Result<(), sea_orm::DbErr> {
        self.txn.commit().await
    }
}

/// A transaction that is not bound to a tenant.
pub struct SystemTxn {
    txn: DatabaseTransaction,
}

impl SystemTxn {
    /// The connection.
    pub fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Makes the transaction's writes permanent.
    pub async fn commit(self) -> Result<(), sea_orm::DbErr> {
        self.txn.commit().await
    }
}
