//! The bare-stack reference for `make bench`: the same actix-web, async-graphql and sea-orm as
//! ClusterKeep, answering a GraphQL point lookup of an invoice by primary key and a list of the
//! first invoices by primary key, with nothing else (no token, no tenant transaction, no
//! row-level security, no logging). What ClusterKeep adds on top of these is what its
//! `node(id)` and its page of invoices cost beyond the stack itself.
//!
//! `DATABASE_URL=postgres://… BENCH_REFERENCE_ADDR=127.0.0.1:8090 bench-reference`, then
//! `POST /graphql` with `{ invoice(id: "<uuid>") { id buyerName total status } }` or
//! `{ invoices(first: 50) { id buyerName total status } }`.

use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context as _;
use async_graphql::{Context, EmptyMutation, EmptySubscription, Object, Schema, SimpleObject};
use async_graphql_actix_web::{GraphQLRequest, GraphQLResponse};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, EntityTrait, QueryOrder, QuerySelect};

/// The columns of ClusterKeep's `invoices` table that the lookup returns.
mod invoice {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "invoices")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub status: String,
        pub series: String,
        pub number: Option<i32>,
        pub total: i64,
        pub buyer_name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An invoice as the reference returns it.
#[derive(SimpleObject)]
struct Invoice {
    id: sea_orm::prelude::Uuid,
    status: String,
    series: String,
    number: Option<i32>,
    total: i64,
    buyer_name: String,
}

struct Query;

#[Object]
impl Query {
    /// One invoice by its primary key.
    async fn invoice(
        &self,
        ctx: &Context<'_>,
        id: sea_orm::prelude::Uuid,
    ) -> async_graphql::Result<Option<Invoice>> {
        let db = ctx.data::<DatabaseConnection>()?;
        let row = invoice::Entity::find_by_id(id).one(db).await?;
        Ok(row.map(Invoice::from))
    }

    /// The first `first` invoices (at most 100) in primary-key order.
    async fn invoices(&self, ctx: &Context<'_>, first: u64) -> async_graphql::Result<Vec<Invoice>> {
        let db = ctx.data::<DatabaseConnection>()?;
        let rows = invoice::Entity::find()
            .order_by_asc(invoice::Column::Id)
            .limit(first.min(100))
            .all(db)
            .await?;
        Ok(rows.into_iter().map(Invoice::from).collect())
    }
}

impl From<invoice::Model> for Invoice {
    fn from(m: invoice::Model) -> Self {
        Self {
            id: m.id,
            status: m.status,
            series: m.series,
            number: m.number,
            total: m.total,
            buyer_name: m.buyer_name,
        }
    }
}

type ReferenceSchema = Schema<Query, EmptyMutation, EmptySubscription>;

async fn graphql(schema: web::Data<ReferenceSchema>, req: GraphQLRequest) -> GraphQLResponse {
    schema.execute(req.into_inner()).await.into()
}

async fn readyz() -> HttpResponse {
    HttpResponse::Ok().body("ready")
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL").context("DATABASE_URL must name the database")?;
    let addr = std::env::var("BENCH_REFERENCE_ADDR").unwrap_or_else(|_| "127.0.0.1:8090".into());
    // The same pool size as ClusterKeep's on PostgreSQL.
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(20)
        .min_connections(1)
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .context("connecting to the database")?;
    let schema = Schema::build(Query, EmptyMutation, EmptySubscription)
        .data(db)
        .finish();
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(schema.clone()))
            .route("/graphql", web::post().to(graphql))
            .route("/readyz", web::get().to(readyz))
    })
    .bind(&addr)
    .with_context(|| format!("listening on {addr}"))?
    .run()
    .await
    .context("HTTP server")
}
