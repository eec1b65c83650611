//! Connections, migrations and the two kinds of transaction every data access goes through.
//!
//! - [`Db::tenant`] opens a [`TenantTxn`] for a verified [`TenantCtx`] and the [`Policy`] the
//!   caller acts under (FORBIDDEN when the role may not; [`Db::lookup`] answers NOT_FOUND
//!   instead, for reading one object by id). Queries built with
//!   [`TenantTxn::scoped`] are filtered by tenant in SQL, and on PostgreSQL the transaction
//!   runs as the non-owner application role with the tenant in a transaction-local setting,
//!   so row-level security hides other tenants' rows even from a query that forgot the filter.
//! - [`Db::read`] and [`Db::lookup`] open the same kind of transaction for reading only. On
//!   SQLite they run on a pool of read-only connections in deferred transactions, so reads never
//!   queue behind the writer's lock (WAL gives each a snapshot); a write attempted in one fails.
//! - [`Db::system`] opens a [`SystemTxn`] for work that is not on behalf of one tenant
//!   (sign-in, the mail worker, the platform admin). It must be asked for by name.

mod bulk;
mod one_trip;
mod page;
pub mod throwaway;

pub use bulk::insert_all;
pub use one_trip::{ALSO_NAME, AlsoNamed};
pub use page::{Direction, Page, PageRequest, Sort, fetch_page, key, page_of, sorted};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context;
use migration::rls::{APP_ROLE, SCOPE_SETTING, TENANT_SETTING};
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, EntityTrait, PrimaryKeyTrait, QueryFilter, QuerySelect, Select,
    SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

use crate::access::{Policy, Reach, TenantCtx};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// The advisory lock key of schema upgrades (any fixed number; "CKMIGRATE" in ASCII, folded).
const MIGRATION_LOCK: i64 = 0x434B_4D49_4752;

/// A tenant-owned entity: one whose rows carry a tenant id.
pub trait TenantOwned: EntityTrait {
    /// The column holding the owning tenant.
    fn tenant_column() -> Self::Column;
}

/// A tenant-owned entity with a name people know its rows by (a cluster's or firm's name, a
/// plot's code): what lists show for the rows they refer to.
pub trait Named: TenantOwned {
    /// The id column.
    fn id_column() -> Self::Column;
    /// The name column.
    fn name_column() -> Self::Column;
}

/// How full one connection pool is.
pub struct PoolStats {
    pub name: &'static str,
    /// Connections open, busy or idle.
    pub size: u32,
    pub idle: usize,
    /// The most it may open.
    pub max: u32,
}

/// The database pool.
#[derive(Clone, Debug)]
pub struct Db {
    conn: DatabaseConnection,
    /// SQLite: connections that refuse writes (`query_only`) and begin deferred transactions,
    /// for reads. PostgreSQL reads use the one pool (its readers never wait for writers).
    reader: Option<DatabaseConnection>,
    statements: Arc<AtomicU64>,
    /// Statements [`Db::read_once`] prepared on a connection (`one_trip.rs`).
    preparations: Arc<AtomicU64>,
}

/// Whether a transaction may write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`).
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let statements = Arc::new(AtomicU64::new(0));
        let sqlite = url.starts_with("sqlite:");
        let conn = Self::pool(url, sqlite, false, &statements).await?;
        let reader = if sqlite {
            Some(Self::pool(url, sqlite, true, &statements).await?)
        } else {
            None
        };
        Ok(Self {
            conn,
            reader,
            statements,
            preparations: Arc::default(),
        })
    }

    async fn pool(
        url: &str,
        sqlite: bool,
        read_only: bool,
        statements: &Arc<AtomicU64>,
    ) -> anyhow::Result<DatabaseConnection> {
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10));
        if sqlite {
            // WAL lets readers run beside the writer. Writing transactions take the write lock
            // up front (IMMEDIATE), so concurrent writers queue instead of failing; reading
            // ones are deferred on connections that refuse writes.
            options
                .max_connections(4)
                .map_sqlx_sqlite_opts(move |opts| {
                    let opts = opts
                        .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                        .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                        .busy_timeout(Duration::from_secs(30))
                        .foreign_keys(true);
                    if read_only {
                        opts.pragma("query_only", "ON")
                    } else {
                        opts
                    }
                });
        } else {
            options.max_connections(20).min_connections(1);
        }
        // A connection that has just been used is not pinged before the next use (a round
        // trip on every request); one idle for a while is, in case the server or a proxy has
        // dropped it meanwhile.
        options.test_before_acquire_if_idle_for(Duration::from_secs(10));
        let mut conn = Database::connect(options)
            .await
            .context("connecting to the database")?;
        let counter = statements.clone();
        conn.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(conn)
    }

    /// Applies every pending migration, one server at a time: on PostgreSQL a transaction
    /// holds an advisory lock for the whole upgrade, so replicas starting together on a new
    /// version queue on it, and each after the first finds nothing left to apply. (On SQLite
    /// the database's write lock already lets one writer in at a time.)
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let guard = if self.backend() == DbBackend::Postgres {
            let txn = self.conn.begin().await.context("locking the migrations")?;
            txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
                .await
                .context("locking the migrations")?;
            Some(txn)
        } else {
            None
        };
        Migrator::up(&self.conn, None)
            .await
            .context("applying migrations")?;
        if let Some(guard) = guard {
            guard.commit().await.context("unlocking the migrations")?;
        }
        Ok(())
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

    /// How full each pool is (metrics): `main`, and on SQLite the read-only `reader`.
    pub fn pool_stats(&self) -> Vec<PoolStats> {
        let stats =
            |name: &'static str, conn: &DatabaseConnection| match conn.get_database_backend() {
                DbBackend::Postgres => {
                    let pool = conn.get_postgres_connection_pool();
                    PoolStats {
                        name,
                        size: pool.size(),
                        idle: pool.num_idle(),
                        max: pool.options().get_max_connections(),
                    }
                }
                _ => {
                    let pool = conn.get_sqlite_connection_pool();
                    PoolStats {
                        name,
                        size: pool.size(),
                        idle: pool.num_idle(),
                        max: pool.options().get_max_connections(),
                    }
                }
            };
        let mut all = vec![stats("main", &self.conn)];
        if let Some(reader) = &self.reader {
            all.push(stats("reader", reader));
        }
        all
    }

    /// Answers whether the database responds.
    pub async fn ping(&self) -> bool {
        self.conn.ping().await.is_ok()
    }

    /// Readiness: the database answers and takes writes. A PostgreSQL standby answers but
    /// refuses writes, as the old primary's standby does until it is promoted: not ready.
    pub async fn ready(&self) -> Result<(), &'static str> {
        if self.backend() != DbBackend::Postgres {
            return if self.ping().await {
                Ok(())
            } else {
                Err("database unavailable")
            };
        }
        let standby = self
            .conn
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT pg_is_in_recovery() AS standby",
            ))
            .await
            .ok()
            .flatten()
            .and_then(|row| row.try_get::<bool>("", "standby").ok());
        match standby {
            Some(false) => Ok(()),
            Some(true) => Err("database is a read-only standby"),
            None => Err("database unavailable"),
        }
    }

    /// The raw pool, for migrations and test set-up only; domain code uses transactions.
    pub fn raw(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// A connection for one statement that reads a table no tenant owns (users), outside any
    /// transaction: no tenant is involved and nothing else needs to be seen at the same moment.
    pub fn shared_reader(&self) -> &DatabaseConnection {
        self.reader.as_ref().unwrap_or(&self.conn)
    }

    async fn begin(&self, access: Access) -> Result<DatabaseTransaction, sea_orm::DbErr> {
        match (access, &self.reader) {
            (Access::Read, Some(reader)) => {
                reader
                    .begin_with_options(TransactionOptions {
                        sqlite_transaction_mode: Some(SqliteTransactionMode::Deferred),
                        ..Default::default()
                    })
                    .await
            }
            _ => {
                self.conn
                    .begin_with_options(TransactionOptions {
                        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                        ..Default::default()
                    })
                    .await
            }
        }
    }

    /// Opens a transaction on behalf of one tenant, for an action `policy` must allow the
    /// caller (FORBIDDEN otherwise). The transaction remembers what the caller may reach. It
    /// only reads when the context only reads (see [`TenantCtx::reading_only`]).
    pub async fn tenant(&self, ctx: &TenantCtx, policy: Policy) -> AppResult<TenantTxn> {
        let reach = ctx.require(policy)?;
        let access = if ctx.is_read_only() {
            Access::Read
        } else {
            Access::Write
        };
        self.open_tenant(ctx, reach, access).await
    }

    /// Like [`Self::tenant`], for a transaction that only reads (lists, reports, exports).
    pub async fn read(&self, ctx: &TenantCtx, policy: Policy) -> AppResult<TenantTxn> {
        let reach = ctx.require(policy)?;
        self.open_tenant(ctx, reach, Access::Read).await
    }

    /// Like [`Self::read`], for reading one object by id: a caller the policy refuses gets
    /// NOT_FOUND, exactly as for a missing object.
    pub async fn lookup(&self, ctx: &TenantCtx, policy: Policy) -> AppResult<TenantTxn> {
        let reach = ctx.reach(policy).ok_or(AppError::NotFound)?;
        self.open_tenant(ctx, reach, Access::Read).await
    }

    /// One object of the caller's tenant by id, in its own transaction: NOT_FOUND when it is
    /// missing, of another tenant, or `policy` refuses the caller. For objects a policy alone
    /// guards; an object with a firm's reach checks that itself.
    pub async fn find_one<E>(
        &self,
        ctx: &TenantCtx,
        policy: Policy,
        id: impl Into<uuid::Uuid>,
    ) -> AppResult<E::Model>
    where
        E: TenantOwned,
        uuid::Uuid: Into<<E::PrimaryKey as PrimaryKeyTrait>::ValueType>,
    {
        let txn = self.lookup(ctx, policy).await?;
        let found = txn.scoped_by_id::<E>(id).one(txn.conn()).await?;
        txn.commit().await?;
        found.ok_or(AppError::NotFound)
    }

    async fn open_tenant(
        &self,
        ctx: &TenantCtx,
        reach: Reach,
        access: Access,
    ) -> AppResult<TenantTxn> {
        let txn = self.begin(access).await?;
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
        Ok(TenantTxn { txn, tenant, reach })
    }

    /// Opens a transaction that is not on behalf of one tenant. Use it only for sign-in,
    /// platform administration and background delivery; say why at the call site.
    pub async fn system(&self) -> Result<SystemTxn, sea_orm::DbErr> {
        let txn = self.begin(Access::Write).await?;
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
    reach: Reach,
}

impl TenantTxn {
    /// The tenant every query in this transaction is for.
    pub fn tenant_id(&self) -> TenantId {
        self.tenant
    }

    /// What the caller may reach under the policy the transaction was opened for.
    pub fn reach(&self) -> Reach {
        self.reach
    }

    /// The firm the caller is confined to (an enterprise user's own), if any.
    pub fn firm_scope(&self) -> Option<crate::ids::FirmId> {
        self.reach.firm()
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
    pub fn scoped_by_id<E>(&self, id: impl Into<uuid::Uuid>) -> Select<E>
    where
        E: TenantOwned,
        uuid::Uuid: Into<<E::PrimaryKey as PrimaryKeyTrait>::ValueType>,
    {
        E::find_by_id(id.into()).filter(E::tenant_column().eq(self.tenant.0))
    }

    /// The names of the tenant's rows `ids`, by id: only those two columns, 800 ids per
    /// statement, none for no ids. How lists show the firm, cluster or plot a row refers to
    /// without a query per row.
    pub async fn names<E: Named>(
        &self,
        ids: impl IntoIterator<Item = uuid::Uuid>,
    ) -> AppResult<std::collections::HashMap<uuid::Uuid, String>> {
        let (id, name) = (E::id_column(), E::name_column());
        let ids: Vec<uuid::Uuid> = ids.into_iter().collect();
        let mut out = std::collections::HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(800) {
            let rows: Vec<(uuid::Uuid, String)> = self
                .scoped::<E>()
                .select_only()
                .column(id)
                .column(name)
                .filter(id.is_in(chunk.iter().copied()))
                .into_tuple()
                .all(&self.txn)
                .await?;
            out.extend(rows);
        }
        Ok(out)
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
