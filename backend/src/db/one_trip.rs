//! A tenant read of one statement in one round trip (issue 16).
//!
//! A tenant transaction costs at least four round trips on PostgreSQL: `BEGIN`, the settings
//! (tenant and application role), the query and `COMMIT`, each a network exchange, a wake-up
//! of the server's task and a cycle of PostgreSQL's backend. For the reads that need a single
//! statement (a point lookup by id), [`Db::read_once`] sends all four in one simple-protocol
//! message instead (a page of many rows takes [`Db::read_many`], in two):
//!
//! ```sql
//! BEGIN READ ONLY;
//! SELECT set_config('clusterkeep.tenant_id', '…', true), set_config('role', 'clusterkeep_app', true),
//!        set_config('plan_cache_mode', 'force_generic_plan', true);
//! EXECUTE ck_…('…', 50);
//! COMMIT
//! ```
//!
//! It is the same transaction as [`Db::lookup`] opens: the same tenant setting and the same
//! non-owner role, so row-level security applies exactly as it does there, and read only on
//! top.
//!
//! The statement itself is a server-side prepared statement (`PREPARE ck_… AS …`, named by a
//! hash of its text), so PostgreSQL parses and plans it once per connection, as it does for
//! the extended protocol's cached statements. Sent as text, the same statement cost three
//! times the CPU in PostgreSQL: a 40-column join is parsed and planned on every request.
//! Its plan is the generic one, made once, for every run: left to choose, PostgreSQL plans
//! the invoice page afresh on each run (0.9 ms), because the generic plan's estimate for
//! "some tenant" is worse than the custom plan's for this one, though both are the same index
//! scan. These statements look rows up by key or walk an index in order, so one plan fits
//! every tenant; the tenant itself is a setting read as the plan runs, never part of it. A
//! connection that has not prepared it answers "prepared statement does not exist"; the read
//! then rolls back, prepares it and runs again, in one more round trip, once per connection
//! and statement.
//!
//! The simple protocol carries no parameters, so `EXECUTE`'s arguments are written as
//! literals: this path takes only values whose literal cannot carry SQL (ids, numbers, dates,
//! booleans, an enum's word). Any other value (a search text) takes the ordinary transaction,
//! with the same result.
//!
//! On SQLite the statement runs alone on a read-only connection: one statement reads one
//! snapshot, and there is no row-level security to set up.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use futures_util::TryStreamExt;
use migration::rls::{APP_ROLE, TENANT_SETTING};
use sea_orm::sea_query::{PostgresQueryBuilder, QueryBuilder};
use sea_orm::sqlx::{self, Connection, Either, postgres::PgConnection};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, FromQueryResult, QueryResult, RuntimeErr, SelectorTrait,
    Statement, Value,
};
use sea_query_sqlx::SqlxValues;

use super::{Access, Db};
use crate::access::{Reach, TenantCtx};
use crate::error::AppResult;

impl Db {
    /// The rows of one statement, read for the caller's tenant with the `reach` a policy gave
    /// the caller ([`TenantCtx::require`], or [`TenantCtx::reach`] for a lookup), each decoded
    /// by `decode` (a [`SelectorTrait`]'s `from_raw_query_result`, or a function that knows
    /// which columns the statement chose). `statement` builds the query for the backend and
    /// the tenant it is given; it must filter by that tenant like
    /// [`super::TenantTxn::scoped`] does.
    pub async fn read_once<T>(
        &self,
        ctx: &TenantCtx,
        reach: Reach,
        statement: impl FnOnce(DbBackend, uuid::Uuid) -> Statement,
        decode: impl FnMut(QueryResult) -> Result<T, DbErr>,
    ) -> AppResult<Vec<T>> {
        self.read_with(ctx, reach, statement, Trips::One, decode)
            .await
    }

    /// The rows of one statement that returns many (a page), read like [`Db::read_once`]. On
    /// PostgreSQL it takes two round trips instead: `BEGIN READ ONLY` with the settings, then
    /// the statement through the driver, prepared once per connection, its values bound and
    /// its rows answered in binary. A page's rows cost less to send and to decode in binary
    /// than as text (its dates and timestamps above all), more than the round trip saved. The
    /// read-only transaction is not committed: it is dropped, and its `ROLLBACK` travels with
    /// the check the pool makes of every connection it takes back, off the request's path.
    /// Any value may be bound, a search text too.
    pub async fn read_many<T>(
        &self,
        ctx: &TenantCtx,
        reach: Reach,
        statement: impl FnOnce(DbBackend, uuid::Uuid) -> Statement,
        decode: impl FnMut(QueryResult) -> Result<T, DbErr>,
    ) -> AppResult<Vec<T>> {
        self.read_with(ctx, reach, statement, Trips::Two, decode)
            .await
    }

    async fn read_with<T>(
        &self,
        ctx: &TenantCtx,
        reach: Reach,
        statement: impl FnOnce(DbBackend, uuid::Uuid) -> Statement,
        trips: Trips,
        decode: impl FnMut(QueryResult) -> Result<T, DbErr>,
    ) -> AppResult<Vec<T>> {
        let tenant = ctx.tenant_id();
        let statement = statement(self.backend(), tenant.0);
        let postgres = self.backend() == DbBackend::Postgres;
        let prepared = match trips {
            Trips::One if postgres => Prepared::of(&statement),
            _ => None,
        };
        let rows = match (prepared, &self.reader) {
            (Some(prepared), _) => self.one_trip(tenant.0, &prepared).await?,
            (None, _) if postgres && trips == Trips::Two => {
                self.two_trips(tenant.0, &statement).await?
            }
            // SQLite has no row-level security (the statement's tenant filter is the wall)
            // and one statement reads one snapshot: it needs no transaction around it, only a
            // connection that refuses writes.
            (None, Some(reader)) => reader.query_all_raw(statement).await?,
            (None, None) => {
                let txn = self.open_tenant(ctx, reach, Access::Read).await?;
                let rows = txn.conn().query_all_raw(statement).await?;
                txn.commit().await?;
                rows
            }
        };
        let items = rows.into_iter().map(decode).collect::<Result<_, _>>()?;
        Ok(items)
    }

    /// The read of [`Db::read_many`] on PostgreSQL.
    async fn two_trips(
        &self,
        tenant: uuid::Uuid,
        statement: &Statement,
    ) -> Result<Vec<QueryResult>, DbErr> {
        let failed = |e: sqlx::Error| DbErr::Query(RuntimeErr::SqlxError(Arc::new(e)));
        let pool = self.raw().get_postgres_connection_pool();
        let mut conn = pool
            .acquire()
            .await
            .map_err(|e| DbErr::Conn(RuntimeErr::SqlxError(Arc::new(e))))?;
        self.statements.fetch_add(2, Ordering::Relaxed);
        let begin = format!("BEGIN READ ONLY; {}", settings(tenant));
        let mut txn = conn
            .begin_with(sqlx::AssertSqlSafe(begin))
            .await
            .map_err(failed)?;
        let values = statement
            .values
            .clone()
            .unwrap_or(sea_orm::Values(Vec::new()));
        let rows = sqlx::query_with(
            sqlx::AssertSqlSafe(statement.sql.as_str()),
            SqlxValues(values),
        )
        .fetch_all(&mut *txn)
        .await
        .map_err(failed)?;
        drop(txn);
        Ok(rows.into_iter().map(QueryResult::from).collect())
    }

    /// How many statements [`Db::read_once`] has prepared on a connection (each a round trip
    /// counted in [`Db::statements_executed`] too): a test subtracts them to see the read's
    /// own round trips.
    pub fn preparations(&self) -> u64 {
        self.preparations.load(Ordering::Relaxed)
    }

    /// Runs the prepared statement in a read-only transaction of `tenant`, in one message;
    /// in two, preparing it first, on a connection that has not prepared it yet.
    async fn one_trip(
        &self,
        tenant: uuid::Uuid,
        prepared: &Prepared<'_>,
    ) -> Result<Vec<QueryResult>, DbErr> {
        let failed = |e: sqlx::Error| DbErr::Query(RuntimeErr::SqlxError(Arc::new(e)));
        let batch = format!(
            "BEGIN READ ONLY; {settings} EXECUTE {name}{arguments}; COMMIT",
            settings = settings(tenant),
            name = prepared.name,
            arguments = prepared.arguments,
        );
        let pool = self.raw().get_postgres_connection_pool();
        let mut conn = pool
            .acquire()
            .await
            .map_err(|e| DbErr::Conn(RuntimeErr::SqlxError(Arc::new(e))))?;
        self.statements.fetch_add(1, Ordering::Relaxed);
        let mut read = run(&mut conn, batch.clone()).await;
        if matches!(&read, Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some(NO_SUCH_STATEMENT))
        {
            // This connection has not prepared the statement: the transaction stopped at
            // EXECUTE. Roll it back, prepare, and read again, in one message.
            self.statements.fetch_add(1, Ordering::Relaxed);
            self.preparations.fetch_add(1, Ordering::Relaxed);
            let again = format!(
                "ROLLBACK; PREPARE {name} AS {sql}; {batch}",
                name = prepared.name,
                sql = prepared.sql,
            );
            read = run(&mut conn, again).await;
        }
        match read {
            Ok(rows) => Ok(rows),
            Err(e) => {
                // The message stopped at the error, possibly inside its transaction: this
                // connection is not handed out again.
                conn.close_on_drop();
                Err(failed(e))
            }
        }
    }
}

/// How a read reaches PostgreSQL.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trips {
    /// [`Db::read_once`].
    One,
    /// [`Db::read_many`].
    Two,
}

/// The settings of a tenant's read, as [`Db::lookup`] makes them: the tenant, the non-owner
/// role (row-level security applies), and the generic plan of a prepared statement.
fn settings(tenant: uuid::Uuid) -> String {
    format!(
        "SELECT set_config('{TENANT_SETTING}', '{tenant}', true), \
                set_config('role', '{APP_ROLE}', true), \
                set_config('plan_cache_mode', 'force_generic_plan', true);"
    )
}

/// SQLSTATE `invalid_sql_statement_name`: "prepared statement … does not exist".
const NO_SUCH_STATEMENT: &str = "26000";

/// The rows of the statement before the last in `batch` (its `EXECUTE`; `COMMIT` is last).
async fn run(conn: &mut PgConnection, batch: String) -> Result<Vec<QueryResult>, sqlx::Error> {
    let mut results = sqlx::raw_sql(sqlx::AssertSqlSafe(batch)).fetch_many(conn);
    let (mut before_last, mut last, mut rows) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(result) = results.try_next().await? {
        match result {
            Either::Left(_) => {
                before_last = std::mem::replace(&mut last, std::mem::take(&mut rows))
            }
            Either::Right(row) => rows.push(QueryResult::from(row)),
        }
    }
    Ok(before_last)
}

/// A statement as [`Db::one_trip`] sends it: its name as a prepared statement, its text to
/// prepare, and its values as `EXECUTE`'s argument list.
struct Prepared<'a> {
    name: String,
    sql: &'a str,
    arguments: String,
}

impl<'a> Prepared<'a> {
    /// `statement` ready to prepare and execute, if each of its values is of a kind whose
    /// literal is digits, a quoted id, date or word, or a keyword; `None` otherwise.
    fn of(statement: &'a Statement) -> Option<Self> {
        let values = statement.values.as_ref().map_or(&[][..], |v| &v.0[..]);
        let safe = values.iter().all(|value| match value {
            Value::Bool(_)
            | Value::TinyInt(_)
            | Value::SmallInt(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::TinyUnsigned(_)
            | Value::SmallUnsigned(_)
            | Value::Unsigned(_)
            | Value::BigUnsigned(_)
            | Value::Uuid(_)
            | Value::ChronoDate(_) => true,
            // An enum's value (`DRAFT`, `INTEREST_NOTICE`): letters, digits and underscores
            // cannot end a quoted literal. Any other text does not take this path.
            Value::String(Some(text)) => {
                text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            }
            _ => false,
        });
        if !safe {
            return None;
        }
        let arguments = if values.is_empty() {
            String::new()
        } else {
            let literals: Vec<String> = values
                .iter()
                .map(|value| PostgresQueryBuilder.value_to_string(value))
                .collect();
            format!("({})", literals.join(", "))
        };
        Some(Self {
            name: statement_name(&statement.sql),
            sql: &statement.sql,
            arguments,
        })
    }
}

/// `ck_` and 128 bits of hash of `sql`: the same text gets the same name on every connection,
/// and two texts never share one in practice.
fn statement_name(sql: &str) -> String {
    let half = |salt: u8| {
        let mut hasher = std::hash::DefaultHasher::new();
        (salt, sql).hash(&mut hasher);
        hasher.finish()
    };
    format!("ck_{:016x}{:016x}", half(1), half(2))
}

/// The alias of the name [`AlsoNamed`] reads beside a model.
pub const ALSO_NAME: &str = "also_name";

/// Decodes a model and the text selected beside it as [`ALSO_NAME`] (the name of a row joined
/// to it, such as an invoice's cluster; empty when there is none): a list's rows with the name
/// they show, in the statement that reads them.
pub struct AlsoNamed<M>(std::marker::PhantomData<M>);

impl<M: FromQueryResult> SelectorTrait for AlsoNamed<M> {
    type Item = (M, String);

    fn from_raw_query_result(res: QueryResult) -> Result<Self::Item, DbErr> {
        let name = res.try_get::<Option<String>>("", ALSO_NAME)?;
        Ok((M::from_query_result(&res, "")?, name.unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

    use crate::billing::entities::invoice;

    #[test]
    fn a_lookup_by_ids_is_written_out_and_a_text_is_not() {
        let id = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        let tenant = uuid::Uuid::from_u128(7);
        let lookup = invoice::Entity::find_by_id(id)
            .filter(invoice::Column::TenantId.eq(tenant))
            .limit(1)
            .build(DbBackend::Postgres);
        let prepared = Prepared::of(&lookup).expect("ids and a limit are written out");
        assert_eq!(
            prepared.arguments,
            "('01234567-89ab-cdef-0123-456789abcdef', '00000000-0000-0000-0000-000000000007', 1)"
        );
        assert!(prepared.sql.ends_with("LIMIT $3"), "{}", prepared.sql);
        let other = invoice::Entity::find_by_id(uuid::Uuid::nil())
            .filter(invoice::Column::TenantId.eq(uuid::Uuid::nil()))
            .limit(1)
            .build(DbBackend::Postgres);
        let other = Prepared::of(&other).unwrap();
        assert_eq!(
            prepared.name, other.name,
            "one statement whatever its values"
        );
        assert!(prepared.name.starts_with("ck_") && prepared.name.len() == 35);
        let search = invoice::Entity::find()
            .filter(invoice::Column::BuyerName.eq("x'; DROP TABLE invoices; --"))
            .build(DbBackend::Postgres);
        assert!(Prepared::of(&search).is_none());
        let name = invoice::Entity::find()
            .filter(invoice::Column::BuyerName.eq("Công ty A"))
            .build(DbBackend::Postgres);
        assert!(
            Prepared::of(&name).is_none(),
            "only a word of ASCII letters is written out"
        );
        let issued = invoice::Entity::find()
            .filter(invoice::Column::Status.ne(crate::billing::InvoiceState::Draft))
            .build(DbBackend::Postgres);
        let issued = Prepared::of(&issued).expect("an enum's value is written out");
        assert_eq!(issued.arguments, "('DRAFT')");
    }
}
