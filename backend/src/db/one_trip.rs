//! A tenant read of one statement in one round trip (issue 16).
//!
//! A tenant transaction costs at least four round trips on PostgreSQL: `BEGIN`, the settings
//! (tenant and application role), the query and `COMMIT`, each a network exchange, a wake-up
//! of the server's task and a cycle of PostgreSQL's backend. For the reads that need a single
//! statement (a point lookup by id), [`Db::read_once`] sends all four in one simple-protocol
//! message instead:
//!
//! ```sql
//! BEGIN READ ONLY;
//! SELECT set_config('clusterkeep.tenant_id', '…', true), set_config('role', 'clusterkeep_app', true);
//! SELECT … ;
//! COMMIT
//! ```
//!
//! It is the same transaction as [`Db::lookup`] opens: the same tenant setting and the same
//! non-owner role, so row-level security applies exactly as it does there, and read only on
//! top. The simple protocol carries no parameters, so the statement's values are written into
//! its text: this path takes only values whose literal cannot carry SQL (ids, numbers, dates,
//! booleans). Any other value (a search text, an enum's string), and SQLite, take the
//! ordinary transaction, with the same result.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use futures_util::TryStreamExt;
use migration::rls::{APP_ROLE, TENANT_SETTING};
use sea_orm::sqlx::{self, Either};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, FromQueryResult, QueryResult, RuntimeErr, SelectorTrait,
    Statement, Value,
};

use super::{Access, Db};
use crate::access::{Reach, TenantCtx};
use crate::error::AppResult;

impl Db {
    /// The rows of one statement, read for the caller's tenant with the `reach` a policy gave
    /// the caller ([`TenantCtx::require`], or [`TenantCtx::reach`] for a lookup), decoded by
    /// `S`. `statement` builds the query for the backend and the tenant it is given; it must
    /// filter by that tenant like [`super::TenantTxn::scoped`] does.
    pub async fn read_once<S: SelectorTrait>(
        &self,
        ctx: &TenantCtx,
        reach: Reach,
        statement: impl FnOnce(DbBackend, uuid::Uuid) -> Statement,
    ) -> AppResult<Vec<S::Item>> {
        let tenant = ctx.tenant_id();
        let statement = statement(self.backend(), tenant.0);
        let rows = match inline(&statement) {
            Some(sql) if self.backend() == DbBackend::Postgres => {
                self.statements.fetch_add(1, Ordering::Relaxed);
                self.one_trip(tenant.0, &sql).await?
            }
            _ => {
                let txn = self.open_tenant(ctx, reach, Access::Read).await?;
                let rows = txn.conn().query_all_raw(statement).await?;
                txn.commit().await?;
                rows
            }
        };
        let items = rows
            .into_iter()
            .map(S::from_raw_query_result)
            .collect::<Result<_, _>>()?;
        Ok(items)
    }

    /// Runs `sql` in a read-only transaction of `tenant`, in one message.
    async fn one_trip(&self, tenant: uuid::Uuid, sql: &str) -> Result<Vec<QueryResult>, DbErr> {
        let failed = |e: sqlx::Error| DbErr::Query(RuntimeErr::SqlxError(Arc::new(e)));
        let batch = format!(
            "BEGIN READ ONLY; \
             SELECT set_config('{TENANT_SETTING}', '{tenant}', true), set_config('role', '{APP_ROLE}', true); \
             {sql}; \
             COMMIT"
        );
        let pool = self.raw().get_postgres_connection_pool();
        let mut conn = pool
            .acquire()
            .await
            .map_err(|e| DbErr::Conn(RuntimeErr::SqlxError(Arc::new(e))))?;
        let mut rows = Vec::new();
        let read = {
            let mut results = sqlx::raw_sql(sqlx::AssertSqlSafe(batch)).fetch_many(&mut *conn);
            // BEGIN and the settings complete first; the rows after them are the statement's.
            let mut completed = 0;
            loop {
                match results.try_next().await {
                    Ok(Some(Either::Left(_))) => completed += 1,
                    Ok(Some(Either::Right(row))) if completed == 2 => rows.push(row.into()),
                    Ok(Some(Either::Right(_))) => {}
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            }
        };
        if let Err(e) = read {
            // The message stopped at the error, possibly inside its transaction: this
            // connection is not handed out again.
            conn.close_on_drop();
            return Err(failed(e));
        }
        Ok(rows)
    }
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

/// `statement` with its values written as literals, if each is of a kind whose literal is
/// digits, a quoted id or date, or a keyword; `None` otherwise.
fn inline(statement: &Statement) -> Option<String> {
    let safe = statement.values.as_ref().is_none_or(|values| {
        values.0.iter().all(|value| {
            matches!(
                value,
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
                    | Value::ChronoDate(_)
            )
        })
    });
    safe.then(|| statement.to_string())
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
        let sql = inline(&lookup).expect("ids and a limit are inlined");
        assert!(
            sql.contains("'01234567-89ab-cdef-0123-456789abcdef'")
                && sql.contains("'00000000-0000-0000-0000-000000000007'")
                && sql.ends_with("LIMIT 1"),
            "{sql}"
        );
        assert!(!sql.contains('$'), "{sql}");
        let search = invoice::Entity::find()
            .filter(invoice::Column::BuyerName.eq("x'; DROP TABLE invoices; --"))
            .build(DbBackend::Postgres);
        assert_eq!(inline(&search), None);
    }
}
