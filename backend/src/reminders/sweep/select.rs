//! What is due as of `now`, set-based: a fixed number of selects whatever the number of
//! invoices, firms and leases; the steps are computed here from the current data and the
//! current settings, never stored ahead.

use std::collections::{HashMap, HashSet};

use base64::Engine;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::access::Role;
use crate::billing::entities::{billing_setting, invoice};
use crate::billing::invoices::{is_open, vietqr_for};
use crate::billing::{InvoiceKind, InvoiceState};
use crate::error::AppResult;
use crate::estate::LeaseStatus;
use crate::estate::entities::lease;
use crate::reminders::entities::{reminder_refusal, reminder_send};
use crate::reminders::mail::{Facts, InvoiceFact};
use crate::reminders::schedule::{before_step, first_working_day, local_day};
use crate::reminders::settings::{Book, Effective};
use crate::reminders::{Kind, SendWindow, holds};
use crate::tenancy::Locale;
use crate::tenancy::entities::{firm, membership, user};

/// Days before the due date the "due soon" reminder goes.
pub const DUE_SOON_DAYS: i64 = 3;
/// Days before a lease's end the expiry notices go.
pub const LEASE_STEPS: [u32; 3] = [90, 60, 30];
/// Days a lease may stay a draft before the operator is reminded.
pub const DRAFT_DAYS: i64 = 14;

/// One reminder due now, not yet claimed.
#[derive(Clone, Debug)]
pub struct Due {
    pub tenant: Uuid,
    pub kind: Kind,
    pub subject: Uuid,
    pub step: String,
    pub anchor_on: NaiveDate,
    pub firm: Option<Uuid>,
    pub cluster: Option<Uuid>,
    pub amount: Option<i64>,
    pub summary: String,
    /// Addresses and the language each reads.
    pub recipients: Vec<(String, Locale)>,
    /// The text's facts (the locale is set per recipient).
    pub facts: Facts,
    /// The subject and opening for each language, from the settings in force.
    pub templates: [(String, String); 2],
    pub window: SendWindow,
    pub qr: Option<String>,
}

impl Due {
    /// The natural key, in the order every sweep claims in (so concurrent sweeps on
    /// PostgreSQL wait on each other's keys in the same order and never deadlock).
    pub fn key(&self) -> (Uuid, &'static str, Uuid, &str, NaiveDate) {
        (
            self.tenant,
            self.kind.code(),
            self.subject,
            &self.step,
            self.anchor_on,
        )
    }
}

/// Which tenants a selection covers: every one (the sweep) or one (its forecast).
#[derive(Clone, Copy, Debug)]
pub struct Scope {
    pub tenant: Option<Uuid>,
}

/// The lookups every kind shares, read once.
pub(super) struct Shared {
    pub(super) book: Book,
    held: HashSet<Uuid>,
    refused: HashSet<(Uuid, String, String)>,
    billing: HashMap<Uuid, billing_setting::Model>,
    pub(super) firms: HashMap<Uuid, firm::Model>,
    firm_locale: HashMap<Uuid, Locale>,
    /// Each operator's admins: address and language.
    pub(super) admins: HashMap<Uuid, Vec<(String, Locale)>>,
    /// Each operator's staff (not admins).
    pub(super) staff: HashMap<Uuid, Vec<(String, Locale)>>,
    /// An operator user (admin or staff) by (tenant, user id): address and language.
    pub(super) operator_users: HashMap<(Uuid, Uuid), (String, Locale)>,
    claimed: HashSet<(Uuid, String, Uuid, String, NaiveDate)>,
    /// The ledger look-back: claims made since then are in `claimed`.
    since: DateTime<Utc>,
    public_url: String,
}

pub(super) fn tenant_filter<E: EntityTrait>(
    select: sea_orm::Select<E>,
    column: impl ColumnTrait,
    scope: Scope,
) -> sea_orm::Select<E> {
    match scope.tenant {
        Some(tenant) => select.filter(column.eq(tenant)),
        None => select,
    }
}

/// Every reminder due as of `now` and not yet claimed, in claiming order.
pub async fn due<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    default_window: SendWindow,
    public_url: &str,
) -> AppResult<Vec<Due>> {
    let today = local_day(now);
    let shared = load_shared(conn, scope, now, default_window, public_url).await?;
    let mut due = Vec::new();
    invoices(conn, scope, today, &shared, &mut due).await?;
    leases(conn, scope, now, &shared, &mut due).await?;
    super::work::due(conn, scope, now, &shared, &mut due).await?;
    super::estate::meters(conn, scope, now, &shared, &mut due).await?;
    super::estate::fund(conn, scope, now, &shared, &mut due).await?;
    due.retain(|d| {
        !shared.claimed.contains(&(
            d.tenant,
            d.kind.code().to_owned(),
            d.subject,
            d.step.clone(),
            d.anchor_on,
        ))
    });
    due.sort_by(|a, b| a.key().cmp(&b.key()));
    Ok(due)
}

async fn load_shared<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    default_window: SendWindow,
    public_url: &str,
) -> AppResult<Shared> {
    let today = local_day(now);
    let book = Book::load(conn, default_window).await?;
    let held = holds::held_firms(conn, today).await?;
    let refused = tenant_filter(
        reminder_refusal::Entity::find(),
        reminder_refusal::Column::TenantId,
        scope,
    )
    .all(conn)
    .await?
    .into_iter()
    .map(|r| (r.tenant_id, r.recipient, r.kind))
    .collect();
    let billing = tenant_filter(
        billing_setting::Entity::find(),
        billing_setting::Column::TenantId,
        scope,
    )
    .all(conn)
    .await?
    .into_iter()
    .map(|b| (b.tenant_id, b))
    .collect();
    let firms = tenant_filter(firm::Entity::find(), firm::Column::TenantId, scope)
        .all(conn)
        .await?
        .into_iter()
        .map(|f| (f.id, f))
        .collect();

    // Who reads what: a firm in its language (shared with receipts and invoice emails); the
    // operator's admins and staff each in their own.
    let firm_locale = crate::tenancy::languages::firm_locales(conn, scope.tenant, None).await?;
    let mut people = Query::select()
        .columns([
            (membership::Entity, membership::Column::TenantId),
            (membership::Entity, membership::Column::Role),
            (membership::Entity, membership::Column::UserId),
        ])
        .columns([
            (user::Entity, user::Column::Email),
            (user::Entity, user::Column::Locale),
        ])
        .from(membership::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((membership::Entity, membership::Column::UserId)),
        )
        .and_where(
            Expr::col((membership::Entity, membership::Column::Role))
                .is_in([Role::OperatorAdmin, Role::OperatorStaff]),
        )
        .to_owned();
    if let Some(tenant) = scope.tenant {
        people.and_where(
            Expr::col((membership::Entity, membership::Column::TenantId)).eq(Expr::val(tenant)),
        );
    }
    let mut admins: HashMap<Uuid, Vec<(String, Locale)>> = HashMap::new();
    let mut staff: HashMap<Uuid, Vec<(String, Locale)>> = HashMap::new();
    let mut operator_users = HashMap::new();
    for row in conn.query_all(&people).await? {
        let tenant: Uuid = row.try_get("", "tenant_id")?;
        let role: Role = row.try_get("", "role")?;
        let locale: Locale = row.try_get("", "locale")?;
        let address: String = row.try_get("", "email")?;
        let user: Uuid = row.try_get("", "user_id")?;
        operator_users.insert((tenant, user), (address.clone(), locale));
        let list = if role == Role::OperatorAdmin {
            &mut admins
        } else {
            &mut staff
        };
        list.entry(tenant).or_default().push((address, locale));
    }

    // Claims made within the longest gap between two steps are all a step due now can have.
    let since = now - Duration::days(i64::from(Ord::max(book.longest_gap(), 31)) + 2);
    let claimed = tenant_filter(
        reminder_send::Entity::find(),
        reminder_send::Column::TenantId,
        scope,
    )
    .filter(reminder_send::Column::DueAt.gte(since))
    .select_only()
    .columns([
        reminder_send::Column::TenantId,
        reminder_send::Column::Kind,
        reminder_send::Column::SubjectId,
        reminder_send::Column::Step,
        reminder_send::Column::AnchorOn,
    ])
    .into_tuple::<(Uuid, Kind, Uuid, String, NaiveDate)>()
    .all(conn)
    .await?
    .into_iter()
    .map(|(t, k, s, step, a)| (t, k.code().to_owned(), s, step, a))
    .collect();

    Ok(Shared {
        book,
        held,
        refused,
        billing,
        firms,
        firm_locale,
        admins,
        staff,
        operator_users,
        claimed,
        since,
        public_url: public_url.to_owned(),
    })
}

impl Shared {
    /// A firm's billing addresses in its language, less those that refused `kind`.
    fn firm_recipients(
        &self,
        tenant: Uuid,
        firm: &firm::Model,
        kind: Kind,
    ) -> Vec<(String, Locale)> {
        let locale = self.locale(firm.id);
        firm.billing_addresses()
            .into_iter()
            .map(|e| (e.as_str().to_owned(), locale))
            .filter(|(e, _)| !self.refuses(tenant, e, kind))
            .collect()
    }

    fn locale(&self, firm: Uuid) -> Locale {
        crate::tenancy::languages::of(&self.firm_locale, firm)
    }

    fn refuses(&self, tenant: Uuid, address: &str, kind: Kind) -> bool {
        kind.refusable()
            && self
                .refused
                .contains(&(tenant, address.to_owned(), kind.code().to_owned()))
    }

    fn with_cc(
        &self,
        tenant: Uuid,
        settings: &Effective,
        kind: Kind,
        mut to: Vec<(String, Locale)>,
    ) -> Vec<(String, Locale)> {
        if let Some(cc) = &settings.cc
            && !to.is_empty()
            && !self.refuses(tenant, cc, kind)
        {
            to.push((cc.clone(), Locale::Vi));
        }
        to
    }

    /// `to`, less the addresses that refused `kind`.
    pub(super) fn not_refused(
        &self,
        tenant: Uuid,
        kind: Kind,
        to: Vec<(String, Locale)>,
    ) -> Vec<(String, Locale)> {
        to.into_iter()
            .filter(|(e, _)| !self.refuses(tenant, e, kind))
            .collect()
    }

    pub(super) fn seller(&self, tenant: Uuid) -> String {
        self.billing
            .get(&tenant)
            .map(|b| b.seller_name.clone())
            .unwrap_or_default()
    }

    pub(super) fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }
}

/// The web app's id of an object, as the GraphQL layer writes it (`Type:uuid`, base64url):
/// links in emails open the object's page.
pub fn global_id(type_name: &str, id: Uuid) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}"))
}

pub(super) fn templates(settings: &Effective, kind: Kind) -> [(String, String); 2] {
    [Locale::Vi, Locale::En].map(|locale| {
        let (subject, body) = settings.template(kind, locale);
        (subject.to_owned(), body.to_owned())
    })
}

fn interest_rule(
    setting: Option<&billing_setting::Model>,
    lease_bp: Option<i32>,
    locale: Locale,
) -> Option<String> {
    let setting = setting?;
    let bp = lease_bp.unwrap_or(setting.late_interest_bp);
    if bp <= 0 {
        return None;
    }
    let rate = format!("{}.{:02}", bp / 100, bp % 100);
    let rate = rate.trim_end_matches('0').trim_end_matches('.');
    Some(match locale {
        Locale::Vi => format!(
            "{rate}%/năm trên số tiền chậm trả, tính từ ngày sau hạn thanh toán đến ngày thanh toán ({})",
            setting.late_interest_basis
        ),
        Locale::En => format!(
            "{rate}% a year on the amount paid late, from the day after the due date until paid ({})",
            setting.late_interest_basis
        ),
    })
}

/// Invoice due soon, due today, the overdue ladder, and the monthly statement.
async fn invoices<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    today: NaiveDate,
    shared: &Shared,
    due: &mut Vec<Due>,
) -> AppResult<()> {
    let open = tenant_filter(invoice::Entity::find(), invoice::Column::TenantId, scope)
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(is_open())
        .filter(invoice::Column::DueOn.is_not_null())
        .all(conn)
        .await?;
    let lease_rates: HashMap<Uuid, i32> =
        tenant_filter(lease::Entity::find(), lease::Column::TenantId, scope)
            .filter(lease::Column::LateInterestBp.is_not_null())
            .select_only()
            .columns([lease::Column::Id, lease::Column::LateInterestBp])
            .into_tuple::<(Uuid, i32)>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
    let statement_day = first_working_day(today);
    let month = format!("{:02}/{}", today.month(), today.year());
    let mut statements: HashMap<Uuid, Vec<&invoice::Model>> = HashMap::new();
    for invoice in &open {
        let (Some(due_on), Some(number)) = (invoice.due_on, invoice.number) else {
            continue;
        };
        if shared.held.contains(&invoice.firm_id) {
            continue;
        }
        let Some(firm) = shared.firms.get(&invoice.firm_id) else {
            continue;
        };
        let settings = shared
            .book
            .effective(invoice.tenant_id, Some(invoice.cluster_id));
        if today >= statement_day && settings.enabled(Kind::Statement) {
            statements.entry(invoice.firm_id).or_default().push(invoice);
        }
        let overdue = (today - due_on).num_days();
        let (kind, step) = match overdue {
            d if (-DUE_SOON_DAYS..0).contains(&d) => {
                (Kind::InvoiceDueSoon, format!("-{DUE_SOON_DAYS}"))
            }
            0 => (Kind::InvoiceDueToday, "0".to_owned()),
            d => match settings.ladder.step(d) {
                Some(step) => (Kind::InvoiceOverdue, format!("+{step}")),
                None => continue,
            },
        };
        if !settings.enabled(kind) {
            continue;
        }
        let billing = shared.billing.get(&invoice.tenant_id);
        let qr = billing.and_then(|b| vietqr_for(invoice, &b.bank_bin, &b.bank_account));
        let locale = shared.locale(firm.id);
        let label = format!("{} {number:08}", invoice.series);
        let open_amount = invoice.open();
        due.push(Due {
            tenant: invoice.tenant_id,
            kind,
            subject: invoice.id,
            step,
            anchor_on: due_on,
            firm: Some(firm.id),
            cluster: Some(invoice.cluster_id),
            amount: Some(open_amount),
            summary: label.clone(),
            recipients: shared.with_cc(
                invoice.tenant_id,
                &settings,
                kind,
                shared.firm_recipients(invoice.tenant_id, firm, kind),
            ),
            facts: Facts {
                kind,
                locale,
                firm_name: firm.name.clone(),
                seller_name: shared.seller(invoice.tenant_id),
                invoices: vec![InvoiceFact {
                    number: label,
                    due_on,
                    open: open_amount,
                    days_overdue: overdue,
                }],
                late_interest: interest_rule(
                    billing,
                    invoice.lease_id.and_then(|l| lease_rates.get(&l).copied()),
                    locale,
                ),
                link: shared.link(&format!(
                    "/my-invoices/{}",
                    global_id("Invoice", invoice.id)
                )),
                lease_ends_on: None,
                month: None,
                with_qr: qr.is_some(),
                title: None,
                due_at: None,
                percent: None,
                items: Vec::new(),
            },
            templates: templates(&settings, kind),
            window: settings.window,
            qr,
        });
    }
    for (firm_id, mut list) in statements {
        let Some(firm) = shared.firms.get(&firm_id) else {
            continue;
        };
        list.sort_by_key(|i| (i.due_on, i.number));
        let tenant = firm.tenant_id;
        let settings = shared.book.effective(tenant, None);
        let locale = shared.locale(firm_id);
        let facts: Vec<InvoiceFact> = list
            .iter()
            .filter_map(|i| {
                Some(InvoiceFact {
                    number: format!("{} {:08}", i.series, i.number?),
                    due_on: i.due_on?,
                    open: i.open(),
                    days_overdue: (today - i.due_on?).num_days(),
                })
            })
            .collect();
        let total: i64 = facts.iter().map(|f| f.open).sum();
        let kind = Kind::Statement;
        due.push(Due {
            tenant,
            kind,
            subject: firm_id,
            step: format!("{}-{:02}", today.year(), today.month()),
            anchor_on: statement_day,
            firm: Some(firm_id),
            cluster: None,
            amount: Some(total),
            summary: month.clone(),
            recipients: shared.with_cc(
                tenant,
                &settings,
                kind,
                shared.firm_recipients(tenant, firm, kind),
            ),
            facts: Facts {
                kind,
                locale,
                firm_name: firm.name.clone(),
                seller_name: shared.seller(tenant),
                invoices: facts,
                late_interest: interest_rule(shared.billing.get(&tenant), None, locale),
                link: shared.link("/my-statement"),
                lease_ends_on: None,
                month: Some(month.clone()),
                with_qr: false,
                title: None,
                due_at: None,
                percent: None,
                items: Vec::new(),
            },
            templates: templates(&settings, kind),
            window: settings.window,
            qr: None,
        });
    }
    Ok(())
}

/// Leases ending in 90, 60 or 30 days (operator and firm), and drafts left 14 days.
async fn leases<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    shared: &Shared,
    due: &mut Vec<Due>,
) -> AppResult<()> {
    let today = local_day(now);
    let horizon = today + Duration::days(i64::from(LEASE_STEPS[0]));
    let rows = tenant_filter(lease::Entity::find(), lease::Column::TenantId, scope)
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(lease::Column::Status.eq(LeaseStatus::Active))
                        .add(lease::Column::EndsOn.gt(today))
                        .add(lease::Column::EndsOn.lte(horizon)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(lease::Column::Status.eq(LeaseStatus::Draft))
                        .add(lease::Column::CreatedAt.lte(now - Duration::days(DRAFT_DAYS)))
                        // Its one reminder fell due within the look-back: a draft older than
                        // that was reminded of (its claim has left `claimed`), so neither the
                        // sweep nor the forecast lists it again.
                        .add(
                            lease::Column::CreatedAt.gt(shared.since - Duration::days(DRAFT_DAYS)),
                        ),
                ),
        )
        .all(conn)
        .await?;
    for lease in rows {
        let Some(firm) = shared.firms.get(&lease.firm_id) else {
            continue;
        };
        let settings = shared
            .book
            .effective(lease.tenant_id, Some(lease.cluster_id));
        let admins: Vec<(String, Locale)> = shared
            .admins
            .get(&lease.tenant_id)
            .cloned()
            .unwrap_or_default();
        let (kind, step, anchor_on, recipients) = if lease.status == LeaseStatus::Draft {
            let kind = Kind::LeaseDraft;
            let created = local_day(lease.created_at);
            (kind, format!("+{DRAFT_DAYS}"), created, admins)
        } else {
            let kind = Kind::LeaseExpiry;
            let Some(step) = before_step(&LEASE_STEPS, (lease.ends_on - today).num_days()) else {
                continue;
            };
            let mut to = admins;
            to.extend(shared.firm_recipients(lease.tenant_id, firm, kind));
            (kind, format!("-{step}"), lease.ends_on, to)
        };
        if !settings.enabled(kind) {
            continue;
        }
        let recipients: Vec<(String, Locale)> = recipients
            .into_iter()
            .filter(|(e, _)| !shared.refuses(lease.tenant_id, e, kind))
            .collect();
        due.push(Due {
            tenant: lease.tenant_id,
            kind,
            subject: lease.id,
            step,
            anchor_on,
            firm: Some(firm.id),
            cluster: Some(lease.cluster_id),
            amount: None,
            summary: format!("{} · {}", firm.name, lease.ends_on),
            recipients,
            facts: Facts {
                kind,
                locale: Locale::Vi,
                firm_name: firm.name.clone(),
                seller_name: shared.seller(lease.tenant_id),
                invoices: Vec::new(),
                late_interest: None,
                link: shared.link(&format!("/leases/{}", global_id("Lease", lease.id))),
                lease_ends_on: Some(lease.ends_on),
                month: None,
                with_qr: false,
                title: None,
                due_at: None,
                percent: None,
                items: Vec::new(),
            },
            templates: templates(&settings, kind),
            window: settings.window,
            qr: None,
        });
    }
    Ok(())
}
