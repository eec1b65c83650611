//! GraphQL types of reminders.

use async_graphql::{Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc, Weekday};

use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::{ClusterId, FirmId, ReminderHoldId, ReminderId};
use crate::reminders::entities::{reminder_hold, reminder_send};
use crate::reminders::settings::{Effective, TemplateOverride, View};
use crate::reminders::{SendStatus, SendWindow};

/// What a reminder is about.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::reminders::Kind")]
pub enum ReminderKind {
    /// An invoice falls due in three days (to the firm's billing addresses).
    InvoiceDueSoon,
    /// An invoice falls due today.
    InvoiceDueToday,
    /// An invoice is overdue: one step of the overdue ladder.
    InvoiceOverdue,
    /// The monthly statement of account (first working day) to firms with an open balance.
    Statement,
    /// A lease ends in 90, 60 or 30 days (to the operator and the firm).
    LeaseExpiry,
    /// A draft lease was not activated 14 days after it was written (to the operator).
    LeaseDraft,
    /// A work order falls due in three days, then is overdue (to its assignee).
    WorkOrderDue,
    /// Upkeep opened from a schedule falls due in three days, then is overdue (to its assignee).
    UpkeepDue,
    /// An SLA is 75% used or breached (to the operator admins; P1 at once, outside the window).
    Sla,
    /// Last three days of the month: metered leases without this month's reading (to staff).
    MeterReadings,
    /// A cluster's fee covers less than the next 12 months' upkeep plan (to the admins, monthly).
    FundCoverage,
}

/// What became of a claimed reminder.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::reminders::SendStatus")]
pub enum ReminderStatus {
    /// Its messages are in the outbox (see the mail log for delivery).
    Queued,
    /// Nobody to send it to: no address on file, or every recipient refused the kind.
    NoRecipient,
}

/// A language of emails.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::Locale")]
pub enum ReminderLocale {
    /// Vietnamese.
    Vi,
    /// English.
    En,
}

/// A day of the week.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum DayOfWeek {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl From<DayOfWeek> for Weekday {
    fn from(day: DayOfWeek) -> Self {
        match day {
            DayOfWeek::Mon => Weekday::Mon,
            DayOfWeek::Tue => Weekday::Tue,
            DayOfWeek::Wed => Weekday::Wed,
            DayOfWeek::Thu => Weekday::Thu,
            DayOfWeek::Fri => Weekday::Fri,
            DayOfWeek::Sat => Weekday::Sat,
            DayOfWeek::Sun => Weekday::Sun,
        }
    }
}

const DAYS: [DayOfWeek; 7] = [
    DayOfWeek::Mon,
    DayOfWeek::Tue,
    DayOfWeek::Wed,
    DayOfWeek::Thu,
    DayOfWeek::Fri,
    DayOfWeek::Sat,
    DayOfWeek::Sun,
];

/// A reminder the sweep claimed.
pub struct Reminder(pub reminder_send::Model);

/// A reminder the sweep claimed in the send ledger: each (kind, subject, step, anchor date) is
/// claimed once, whatever the number of servers, and its messages go through the outbox.
#[Object]
impl Reminder {
    /// Global ID.
    async fn id(&self) -> ID {
        ids::of::<ReminderId>(self.0.id)
    }
    /// Its kind.
    async fn kind(&self) -> ReminderKind {
        self.0.kind.into()
    }
    /// Which step: `-3`, `0`, `+7` (days from the due date), `-90` (days before a lease's
    /// end), `2026-12` (a statement's month).
    async fn step(&self) -> &str {
        &self.0.step
    }
    /// The date the step counts from (the due date, the lease's end, the statement day).
    async fn anchor_on(&self) -> Day {
        self.0.anchor_on.into()
    }
    /// The firm it is about, if any.
    async fn firm_id(&self) -> Option<ID> {
        self.0.firm_id.map(ids::of::<FirmId>)
    }
    /// The cluster it is about, if any.
    async fn cluster_id(&self) -> Option<ID> {
        self.0.cluster_id.map(ids::of::<ClusterId>)
    }
    /// What it is about, in a line: the invoice number, the firm and the lease's end, the month.
    async fn summary(&self) -> Option<&str> {
        self.0.summary.as_deref()
    }
    /// Queued, or nobody to send it to.
    async fn status(&self) -> ReminderStatus {
        self.0.status.into()
    }
    /// How many messages it wrote (addresses, with the copy).
    async fn recipients(&self) -> i32 {
        self.0.recipients
    }
    /// The amount it asked for, in đồng, if any.
    async fn amount(&self) -> Option<i64> {
        self.0.amount
    }
    /// When the sweep claimed it.
    async fn claimed_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When its messages may leave (the send window).
    async fn not_before(&self) -> DateTime<Utc> {
        self.0.not_before
    }
    /// Whether it is queued.
    async fn queued(&self) -> bool {
        self.0.status == SendStatus::Queued
    }
}

/// When reminders may leave the outbox, in Vietnam time.
#[derive(SimpleObject, Clone)]
pub struct SendWindowView {
    /// At any time (the other fields are then empty).
    pub always: bool,
    /// Opens at, `08:00`.
    pub start: Option<String>,
    /// Closes at, `17:30`.
    pub end: Option<String>,
    /// The days it opens.
    pub days: Vec<DayOfWeek>,
}

impl From<SendWindow> for SendWindowView {
    fn from(window: SendWindow) -> Self {
        match window {
            SendWindow::Always => Self {
                always: true,
                start: None,
                end: None,
                days: DAYS.to_vec(),
            },
            SendWindow::Hours { start, end, days } => Self {
                always: false,
                start: Some(start.format("%H:%M").to_string()),
                end: Some(end.format("%H:%M").to_string()),
                days: (0..7).filter(|i| days[*i]).map(|i| DAYS[i]).collect(),
            },
        }
    }
}

/// A subject and opening paragraph written by the operator for one kind and language.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "ReminderTemplateFields")]
pub struct ReminderTemplate {
    /// The kind it replaces the product's text for.
    pub kind: ReminderKind,
    /// The language.
    pub locale: ReminderLocale,
    /// The subject; placeholders such as `{{ invoice_number }}`.
    pub subject: String,
    /// The opening paragraph; the product adds the invoices, amount, interest rule, QR and link.
    pub body: String,
}

impl From<&TemplateOverride> for ReminderTemplate {
    fn from(t: &TemplateOverride) -> Self {
        Self {
            kind: t.kind.into(),
            locale: t.locale.into(),
            subject: t.subject.clone(),
            body: t.body.clone(),
        }
    }
}

impl From<ReminderTemplate> for TemplateOverride {
    fn from(t: ReminderTemplate) -> Self {
        Self {
            kind: t.kind.into(),
            locale: t.locale.into(),
            subject: t.subject,
            body: t.body,
        }
    }
}

/// Reminder settings in force.
#[derive(SimpleObject)]
pub struct ReminderRules {
    /// The kinds that are sent.
    pub enabled_kinds: Vec<ReminderKind>,
    /// Days after the due date the overdue reminders go.
    pub ladder_days: Vec<i32>,
    /// After the last step, every this many days until paid (0: no repeats).
    pub repeat_days: i32,
    /// When messages may leave.
    pub send_window: SendWindowView,
    /// Where a copy of every firm reminder goes.
    pub cc: Option<String>,
    /// The operator's subject and opening overrides.
    pub templates: Vec<ReminderTemplate>,
}

impl From<&Effective> for ReminderRules {
    fn from(e: &Effective) -> Self {
        Self {
            enabled_kinds: crate::reminders::Kind::ALL
                .into_iter()
                .filter(|k| e.enabled(*k))
                .map(Into::into)
                .collect(),
            ladder_days: e.ladder.days.iter().map(|d| *d as i32).collect(),
            repeat_days: e.ladder.repeat_days as i32,
            send_window: e.window.into(),
            cc: e.cc.clone(),
            templates: e.templates.iter().map(Into::into).collect(),
        }
    }
}

/// The reminder settings of the operator or of one cluster.
pub struct ReminderSettings(pub View);

/// The reminder settings of the operator, or of one cluster with what it inherits: which kinds
/// go, the overdue ladder, the send window, the copy address and the template overrides.
#[Object]
impl ReminderSettings {
    /// The cluster these settings are for; null for the operator's own.
    async fn cluster_id(&self) -> Option<ID> {
        self.0.cluster.map(|c| ids::of::<ClusterId>(c.0))
    }
    /// Whether this scope sets anything itself (a cluster without overrides inherits all).
    async fn customised(&self) -> bool {
        self.0.own.is_some()
    }
    /// Kinds this scope switches off itself; null inherits.
    async fn own_disabled_kinds(&self) -> Option<Vec<ReminderKind>> {
        let own = self.0.own.as_ref()?.disabled_kinds.as_ref()?;
        Some(
            own.split(',')
                .filter_map(crate::reminders::Kind::from_code)
                .map(Into::into)
                .collect(),
        )
    }
    /// The ladder this scope sets itself; null inherits.
    async fn own_ladder_days(&self) -> Option<Vec<i32>> {
        let own = self.0.own.as_ref()?.ladder_days.as_ref()?;
        Some(own.split(',').filter_map(|d| d.parse().ok()).collect())
    }
    /// The repeat interval this scope sets itself; null inherits.
    async fn own_repeat_days(&self) -> Option<i32> {
        self.0.own.as_ref()?.repeat_days
    }
    /// The send window this scope sets itself; null inherits.
    async fn own_send_window(&self) -> Option<SendWindowView> {
        let text = self.0.own.as_ref()?.send_window.as_deref()?;
        SendWindow::parse(text).ok().map(Into::into)
    }
    /// The copy address this scope sets itself; null inherits.
    async fn own_cc(&self) -> Option<&str> {
        self.0.own.as_ref()?.cc.as_deref()
    }
    /// The template overrides this scope sets itself; null inherits.
    async fn own_templates(&self) -> Option<Vec<ReminderTemplate>> {
        let text = self.0.own.as_ref()?.templates.as_deref()?;
        let list: Vec<TemplateOverride> = serde_json::from_str(text).ok()?;
        Some(list.iter().map(Into::into).collect())
    }
    /// What is in force here, inherited settings included.
    async fn effective(&self) -> ReminderRules {
        (&self.0.effective).into()
    }
    /// The placeholders a template may use.
    async fn placeholders(&self) -> Vec<&'static str> {
        crate::reminders::mail::PLACEHOLDERS.to_vec()
    }
}

/// A send window as typed.
#[derive(InputObject)]
pub struct SendWindowFields {
    /// Send at any time (start, end and days are then ignored).
    #[graphql(default)]
    pub always: bool,
    /// Opens at `HH:MM`, Vietnam time.
    #[graphql(default)]
    pub start: String,
    /// Closes at `HH:MM`; must be after the start.
    #[graphql(default)]
    pub end: String,
    /// The days it opens.
    #[graphql(default)]
    pub days: Vec<DayOfWeek>,
}

/// New reminder settings for the operator (no cluster) or a cluster; a field left out inherits.
#[derive(InputObject)]
pub struct ReminderSettingsFields {
    /// The cluster to override; omit for the operator's settings.
    pub cluster_id: Option<ID>,
    /// Kinds switched off (an empty list: all on).
    pub disabled_kinds: Option<Vec<ReminderKind>>,
    /// Days after the due date, positive and distinct, e.g. `[1, 7, 15, 30]`.
    pub ladder_days: Option<Vec<i32>>,
    /// After the last step, every this many days until paid (0 to 90; 0: no repeats).
    pub repeat_days: Option<i32>,
    /// When messages may leave.
    pub send_window: Option<SendWindowFields>,
    /// A copy of every firm reminder goes here.
    pub cc: Option<String>,
    /// Subject and opening overrides, checked by rendering against a sample.
    pub templates: Option<Vec<ReminderTemplate>>,
}

/// A firm's reminders paused until a date, or the firm excluded.
pub struct ReminderHold(pub reminder_hold::Model);

/// A firm's reminders paused until a date (a dispute, a payment plan) or the firm excluded
/// until lifted, with the reason.
#[Object]
impl ReminderHold {
    /// Global ID.
    async fn id(&self) -> ID {
        ids::of::<ReminderHoldId>(self.0.id)
    }
    /// The firm held.
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.0.firm_id)
    }
    /// Excluded until lifted (true), or paused until `endsOn` (false).
    async fn excluded(&self) -> bool {
        self.0.kind == crate::reminders::holds::EXCLUDE
    }
    /// Why (a dispute, a payment plan).
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    /// The last paused day, for a pause.
    async fn ends_on(&self) -> Option<Day> {
        self.0.ends_on.map(Into::into)
    }
    /// When it was lifted early, if it was.
    async fn lifted_at(&self) -> Option<DateTime<Utc>> {
        self.0.ended_at
    }
    /// When it was set.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A pause (with its end date) or an exclusion of a firm's reminders.
#[derive(InputObject)]
pub struct ReminderHoldFields {
    /// The firm.
    pub firm_id: ID,
    /// Exclude the firm until lifted, instead of pausing until a date.
    #[graphql(default)]
    pub exclude: bool,
    /// Why: a dispute, a payment plan.
    pub reason: String,
    /// The last paused day (required for a pause).
    pub ends_on: Option<Day>,
}

/// How many reminders of one kind the next sweep would send.
#[derive(SimpleObject)]
pub struct ForecastKind {
    /// The kind.
    pub kind: ReminderKind,
    /// Reminders.
    pub reminders: i32,
    /// Distinct firms they are about.
    pub firms: i32,
}

/// One reminder the next sweep would send.
#[derive(SimpleObject)]
pub struct ForecastItem {
    /// Its kind.
    pub kind: ReminderKind,
    /// Its step.
    pub step: String,
    /// What it is about.
    pub summary: String,
    /// The firm's name.
    pub firm_name: String,
    /// The amount it asks for, if any.
    pub amount: Option<i64>,
    /// How many messages it would write.
    pub recipients: i32,
}

/// What a sweep at `at` would send ("tomorrow 08:00: 14 overdue reminders to 9 firms"),
/// computed by the sweep's own selection without claiming anything.
#[derive(SimpleObject)]
pub struct ReminderForecast {
    /// The moment forecast.
    pub at: DateTime<Utc>,
    /// Reminders in all.
    pub reminders: i32,
    /// Distinct firms.
    pub firms: i32,
    /// Per kind.
    pub by_kind: Vec<ForecastKind>,
    /// The first 100 reminders, in claiming order.
    pub items: Vec<ForecastItem>,
}

/// A rendered reminder email.
#[derive(SimpleObject)]
pub struct ReminderPreview {
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body (the VietQR image shows as `cid:vietqr` in a mail client).
    pub html: String,
}
