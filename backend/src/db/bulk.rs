//! Inserting many rows of one table at once (a billing run's invoices and lines).
//!
//! On PostgreSQL the rows travel as one JSON parameter per chunk and the server turns them into
//! rows of the table's own type (`json_populate_recordset`): one short statement to parse and
//! plan instead of one with tens of thousands of placeholders, and no per-value binding. Column
//! names and values are the model's serde form, which is the column's (field names are column
//! names; enums serialise to their stored strings; dates and times to ISO 8601). On SQLite,
//! multi-row `INSERT … VALUES` within its parameter limit.

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, IntoActiveModel, Iterable, Statement,
};

/// Rows per PostgreSQL statement: a few megabytes of JSON.
const JSON_ROWS: usize = 5_000;
/// Placeholders per SQLite statement (its limit is 32,766).
const SQLITE_PARAMETERS: usize = 30_000;

/// Inserts `rows` into `E`'s table on `conn`, in as few statements as the database allows.
/// Every column of the table must be a field of the model (a missing one would be NULL).
pub async fn insert_all<E>(conn: &impl ConnectionTrait, rows: Vec<E::Model>) -> Result<(), DbErr>
where
    E: EntityTrait,
    E::Model: serde::Serialize + IntoActiveModel<E::ActiveModel>,
{
    if rows.is_empty() {
        return Ok(());
    }
    match conn.get_database_backend() {
        DbBackend::Postgres => {
            let table = E::default().table_name().to_owned();
            // The table's name is the entity's, a constant of this program.
            let sql = format!(
                "INSERT INTO {table} SELECT * FROM json_populate_recordset(NULL::{table}, $1::text::json)"
            );
            for chunk in rows.chunks(JSON_ROWS) {
                let json = serde_json::to_string(chunk)
                    .map_err(|e| DbErr::Custom(format!("rows of {table} as JSON: {e}")))?;
                conn.execute_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    sql.clone(),
                    [json.into()],
                ))
                .await?;
            }
        }
        _ => {
            let per_statement = (SQLITE_PARAMETERS / E::Column::iter().count().max(1)).max(1);
            let mut rows = rows.into_iter().peekable();
            while rows.peek().is_some() {
                let batch: Vec<E::ActiveModel> = rows
                    .by_ref()
                    .take(per_statement)
                    .map(IntoActiveModel::into_active_model)
                    .collect();
                E::insert_many(batch).exec_without_returning(conn).await?;
            }
        }
    }
    Ok(())
}
