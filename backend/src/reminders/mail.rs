//! The reminder email: a subject and an opening paragraph from the operator's template (or the
//! default, per kind and language), then the facts the product writes itself: the invoices
//! with numbers, due dates and days overdue, the amount due, the late-interest rule, the link
//! and, for an amount to pay, the VietQR image (attached inline by the delivery worker).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;
use minijinja::{Environment, UndefinedBehavior, Value, context};

use crate::billing::money::format_vnd;
use crate::error::{AppError, AppResult, Reason, reason};
use crate::reminders::Kind;
use crate::tenancy::Locale;

/// One invoice a reminder is about.
#[derive(Clone, Debug)]
pub struct InvoiceFact {
    /// `C26TAA 00000123`.
    pub number: String,
    pub due_on: NaiveDate,
    /// What is still to pay.
    pub open: i64,
    /// Days past the due date (0 or less: not yet due).
    pub days_overdue: i64,
}

/// Everything a reminder's text may say.
#[derive(Clone, Debug)]
pub struct Facts {
    pub kind: Kind,
    pub locale: Locale,
    pub firm_name: String,
    pub seller_name: String,
    pub invoices: Vec<InvoiceFact>,
    /// The interest rule in force, e.g. "10%/năm trên số tiền quá hạn …", for invoices.
    pub late_interest: Option<String>,
    /// Where to open it in the web app.
    pub link: String,
    /// The lease's end, for lease kinds.
    pub lease_ends_on: Option<NaiveDate>,
    /// The month a statement is for, `11/2026`.
    pub month: Option<String>,
    /// Whether a VietQR image is attached.
    pub with_qr: bool,
    /// What a work notice is about: a work order's or request's title, a cluster's name.
    pub title: Option<String>,
    /// When a work order or an SLA is due.
    pub due_at: Option<DateTime<Utc>>,
    /// A percentage the text names: the share of an SLA used, a fund's coverage.
    pub percent: Option<i64>,
    /// Lines the product lists under the opening (the leases without a reading, a fund's
    /// figures, where a work order stands), in both languages: each recipient reads its own.
    pub items: Vec<Line>,
}

/// A line of a reminder in Vietnamese and in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub vi: String,
    pub en: String,
}

impl Line {
    /// The line in `locale`.
    pub fn of(&self, locale: Locale) -> &str {
        match locale {
            Locale::Vi => &self.vi,
            Locale::En => &self.en,
        }
    }

    /// A line that reads the same in both (a name).
    pub fn same(text: String) -> Self {
        Self {
            vi: text.clone(),
            en: text,
        }
    }
}

impl Facts {
    /// Facts with nothing but the kind, the language and the link (the rest is filled in).
    pub fn new(kind: Kind, locale: Locale, link: String) -> Self {
        Self {
            kind,
            locale,
            firm_name: String::new(),
            seller_name: String::new(),
            invoices: Vec::new(),
            late_interest: None,
            link,
            lease_ends_on: None,
            month: None,
            with_qr: false,
            title: None,
            due_at: None,
            percent: None,
            items: Vec::new(),
        }
    }
}

/// A rendered reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 13] = [
    "firm_name",
    "seller_name",
    "amount_due",
    "invoice_number",
    "due_on",
    "days_overdue",
    "link",
    "lease_ends_on",
    "month",
    "title",
    "due_at",
    "percent",
    "count",
];

/// The product's subject and opening for a kind in a language.
pub fn default_template(kind: Kind, locale: Locale) -> (&'static str, &'static str) {
    match (kind, locale) {
        (Kind::InvoiceDueSoon, Locale::Vi) => (
            "Nhắc thanh toán: hóa đơn {{ invoice_number }} đến hạn ngày {{ due_on }}",
            "Kính gửi {{ firm_name }},\n{{ seller_name }} xin nhắc hóa đơn {{ invoice_number }} sẽ đến hạn thanh toán ngày {{ due_on }}. Số tiền cần thanh toán: {{ amount_due }}.",
        ),
        (Kind::InvoiceDueSoon, Locale::En) => (
            "Payment reminder: invoice {{ invoice_number }} is due on {{ due_on }}",
            "Dear {{ firm_name }},\n{{ seller_name }} reminds you that invoice {{ invoice_number }} falls due on {{ due_on }}. Amount due: {{ amount_due }}.",
        ),
        (Kind::InvoiceDueToday, Locale::Vi) => (
            "Hóa đơn {{ invoice_number }} đến hạn thanh toán hôm nay",
            "Kính gửi {{ firm_name }},\nHóa đơn {{ invoice_number }} của {{ seller_name }} đến hạn thanh toán hôm nay ({{ due_on }}). Số tiền cần thanh toán: {{ amount_due }}.",
        ),
        (Kind::InvoiceDueToday, Locale::En) => (
            "Invoice {{ invoice_number }} is due today",
            "Dear {{ firm_name }},\nInvoice {{ invoice_number }} from {{ seller_name }} is due today ({{ due_on }}). Amount due: {{ amount_due }}.",
        ),
        (Kind::InvoiceOverdue, Locale::Vi) => (
            "Hóa đơn {{ invoice_number }} đã quá hạn {{ days_overdue }} ngày",
            "Kính gửi {{ firm_name }},\nHóa đơn {{ invoice_number }} của {{ seller_name }} đến hạn ngày {{ due_on }} đã quá hạn {{ days_overdue }} ngày. Số tiền còn phải thanh toán: {{ amount_due }}. Nếu quý công ty đã thanh toán, xin vui lòng bỏ qua thư này.",
        ),
        (Kind::InvoiceOverdue, Locale::En) => (
            "Invoice {{ invoice_number }} is {{ days_overdue }} days overdue",
            "Dear {{ firm_name }},\nInvoice {{ invoice_number }} from {{ seller_name }}, due on {{ due_on }}, is {{ days_overdue }} days overdue. Amount still due: {{ amount_due }}. If you have already paid, please disregard this message.",
        ),
        (Kind::Statement, Locale::Vi) => (
            "Bảng kê công nợ tháng {{ month }} từ {{ seller_name }}",
            "Kính gửi {{ firm_name }},\nBảng kê các hóa đơn còn phải thanh toán với {{ seller_name }} đến đầu tháng {{ month }}. Tổng số tiền còn phải thanh toán: {{ amount_due }}.",
        ),
        (Kind::Statement, Locale::En) => (
            "Statement of account for {{ month }} from {{ seller_name }}",
            "Dear {{ firm_name }},\nThese invoices from {{ seller_name }} are open at the start of {{ month }}. Total due: {{ amount_due }}.",
        ),
        (Kind::LeaseExpiry, Locale::Vi) => (
            "Hợp đồng thuê của {{ firm_name }} hết hạn ngày {{ lease_ends_on }}",
            "Hợp đồng thuê đất của {{ firm_name }} với {{ seller_name }} sẽ hết hạn ngày {{ lease_ends_on }}. Xin liên hệ để gia hạn hoặc thanh lý hợp đồng.",
        ),
        (Kind::LeaseExpiry, Locale::En) => (
            "The lease of {{ firm_name }} ends on {{ lease_ends_on }}",
            "The lease between {{ firm_name }} and {{ seller_name }} ends on {{ lease_ends_on }}. Please get in touch to renew or wind it up.",
        ),
        (Kind::LeaseDraft, Locale::Vi) => (
            "Hợp đồng nháp của {{ firm_name }} chưa được kích hoạt",
            "Hợp đồng thuê của {{ firm_name }} vẫn ở trạng thái nháp sau 14 ngày. Hãy kích hoạt hoặc xóa hợp đồng.",
        ),
        (Kind::LeaseDraft, Locale::En) => (
            "The draft lease of {{ firm_name }} is not active yet",
            "The lease of {{ firm_name }} has been a draft for 14 days. Activate it or delete it.",
        ),
        (Kind::WorkOrderDue, Locale::Vi) => (
            "Nhắc việc: {{ title }} (hạn {{ due_at }})",
            "Lệnh công việc \"{{ title }}\" giao cho anh/chị có hạn hoàn thành {{ due_at }}.",
        ),
        (Kind::WorkOrderDue, Locale::En) => (
            "Work reminder: {{ title }} (due {{ due_at }})",
            "The work order \"{{ title }}\" assigned to you is due to be finished by {{ due_at }}.",
        ),
        (Kind::UpkeepDue, Locale::Vi) => (
            "Bảo trì định kỳ: {{ title }} (hạn {{ due_at }})",
            "Công việc bảo trì định kỳ \"{{ title }}\" giao cho anh/chị có hạn {{ due_at }}.",
        ),
        (Kind::UpkeepDue, Locale::En) => (
            "Scheduled upkeep: {{ title }} (due {{ due_at }})",
            "The scheduled upkeep \"{{ title }}\" assigned to you is due on {{ due_at }}.",
        ),
        (Kind::Sla, Locale::Vi) => (
            "Cảnh báo SLA ({{ percent }}%): {{ title }}",
            "\"{{ title }}\" đã dùng {{ percent }}% thời hạn SLA; hạn {{ due_at }}.",
        ),
        (Kind::Sla, Locale::En) => (
            "SLA alert ({{ percent }}%): {{ title }}",
            "\"{{ title }}\" has used {{ percent }}% of its SLA time; due {{ due_at }}.",
        ),
        (Kind::MeterReadings, Locale::Vi) => (
            "{{ count }} hợp đồng chưa có chỉ số nước thải tháng {{ month }}: {{ title }}",
            "Các hợp đồng dưới đây tại {{ title }} chưa có chỉ số đồng hồ nước thải tháng {{ month }}. Xin nhập chỉ số trước khi hết tháng để lập hóa đơn.",
        ),
        (Kind::MeterReadings, Locale::En) => (
            "{{ count }} leases without a wastewater reading for {{ month }}: {{ title }}",
            "The leases below at {{ title }} have no wastewater meter reading for {{ month }}. Please enter them before the month ends so they can be billed.",
        ),
        (Kind::FundCoverage, Locale::Vi) => (
            "Quỹ bảo trì {{ title }} chỉ đủ {{ percent }}% kế hoạch 12 tháng",
            "Phí duy tu dự kiến thu trong 12 tháng tới tại {{ title }} chỉ bằng {{ percent }}% chi phí bảo trì đã lập kế hoạch. Xem xét điều chỉnh mức phí hoặc kế hoạch.",
        ),
        (Kind::FundCoverage, Locale::En) => (
            "The upkeep fund of {{ title }} covers {{ percent }}% of the 12-month plan",
            "The maintenance fee expected over the next 12 months at {{ title }} covers only {{ percent }}% of the upkeep planned. Consider the fee or the plan.",
        ),
    }
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // An unknown placeholder is an error, never an empty string in a sent email.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env
}

fn day(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::Vi => d.format("%d/%m/%Y").to_string(),
        Locale::En => d.to_string(),
    }
}

/// A moment in Vietnam time, as a reader of `locale` writes it.
pub fn moment(at: DateTime<Utc>, locale: Locale) -> String {
    let local = at.with_timezone(&Ho_Chi_Minh);
    match locale {
        Locale::Vi => local.format("%H:%M %d/%m/%Y").to_string(),
        Locale::En => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

fn variables(facts: &Facts) -> Value {
    let en = facts.locale == Locale::En;
    let first = facts.invoices.first();
    context! {
        firm_name => facts.firm_name.clone(),
        seller_name => facts.seller_name.clone(),
        amount_due => format_vnd(facts.invoices.iter().map(|i| i.open).sum(), en),
        invoice_number => first.map(|i| i.number.clone()).unwrap_or_default(),
        due_on => first.map(|i| day(i.due_on, facts.locale)).unwrap_or_default(),
        days_overdue => first.map(|i| i.days_overdue.max(0)).unwrap_or_default(),
        link => facts.link.clone(),
        lease_ends_on => facts.lease_ends_on.map(|d| day(d, facts.locale)).unwrap_or_default(),
        month => facts.month.clone().unwrap_or_default(),
        title => facts.title.clone().unwrap_or_default(),
        due_at => facts.due_at.map(|d| moment(d, facts.locale)).unwrap_or_default(),
        percent => facts.percent.unwrap_or_default(),
        count => facts.items.len(),
    }
}

/// Checks a template override before it is saved, by rendering it against a sample: an
/// unknown placeholder or unbalanced markup is VALIDATION under `path`.
pub fn check_override(subject: &str, body: &str, path: &str) -> AppResult<()> {
    let sample = Facts {
        kind: Kind::InvoiceOverdue,
        locale: Locale::Vi,
        firm_name: "Công ty TNHH Mẫu".into(),
        seller_name: "Chủ đầu tư hạ tầng".into(),
        invoices: vec![InvoiceFact {
            number: "C26TAA 00000001".into(),
            due_on: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default(),
            open: 1_200_000,
            days_overdue: 7,
        }],
        late_interest: None,
        link: "https://example.test/my-invoices/x".into(),
        lease_ends_on: NaiveDate::from_ymd_opt(2027, 1, 1),
        month: Some("01/2026".into()),
        with_qr: false,
        title: Some("Sửa cống thoát nước lô A-01".into()),
        due_at: NaiveDate::from_ymd_opt(2026, 1, 20)
            .and_then(|d| d.and_hms_opt(3, 0, 0))
            .map(|d| d.and_utc()),
        percent: Some(75),
        items: vec![Line::same("Công ty TNHH Mẫu · lô A-01".into())],
    };
    let env = environment();
    let vars = variables(&sample);
    let mut problems = crate::error::Problems::new();
    for (field, source, limit) in [("subject", subject, 200), ("body", body, 4000)] {
        let at = format!("{path}.{field}");
        if source.trim().is_empty() {
            problems.add(
                &at,
                reason!(
                    "write_text_remove_override",
                    "write a text, or remove the override"
                ),
            );
            continue;
        }
        if source.chars().count() > limit {
            problems.add(
                &at,
                reason!(
                    "at_most_characters",
                    "at most {limit} characters",
                    limit = limit
                ),
            );
            continue;
        }
        if let Err(error) = env.render_str(source, &vars) {
            problems.add(&at, explain(&error));
        }
    }
    problems.finish()
}

fn explain(error: &minijinja::Error) -> Reason {
    let known = PLACEHOLDERS.map(|p| format!("{{{{ {p} }}}}")).join(", ");
    match error.kind() {
        minijinja::ErrorKind::UndefinedError => reason!(
            "template_unknown_placeholder",
            "unknown placeholder; use one of {known}",
            known = known
        ),
        minijinja::ErrorKind::SyntaxError => reason!(
            "template_unbalanced",
            "unbalanced markup: {detail}",
            detail = error
                .detail()
                .unwrap_or("a {{ … }} or {% … %} is not closed")
        ),
        _ => reason!(
            "template_does_not_render",
            "the template does not render: {detail}",
            detail = error.kind().to_string()
        ),
    }
}

/// Renders a reminder with `template` (subject, opening): the operator's override or
/// [`default_template`].
pub fn render(facts: &Facts, template: (&str, &str)) -> AppResult<Rendered> {
    let env = environment();
    let vars = variables(facts);
    let fail = |e: minijinja::Error| AppError::Internal(anyhow::anyhow!("reminder template: {e}"));
    let subject = env
        .render_str(template.0, &vars)
        .map_err(fail)?
        .replace(['\r', '\n'], " ");
    let opening = env.render_str(template.1, &vars).map_err(fail)?;
    let en = facts.locale == Locale::En;
    let labels = Labels::of(facts.locale);

    let mut text = format!("{opening}\n\n");
    let mut html = String::from("<!doctype html><html><body style=\"font-family:sans-serif\">");
    for paragraph in opening.split('\n').filter(|p| !p.trim().is_empty()) {
        html.push_str(&format!("<p>{}</p>", escape(paragraph)));
    }
    if !facts.items.is_empty() {
        html.push_str("<ul>");
        for item in facts.items.iter().map(|i| i.of(facts.locale)) {
            text.push_str(&format!("- {item}\n"));
            html.push_str(&format!("<li>{}</li>", escape(item)));
        }
        html.push_str("</ul>");
        text.push('\n');
    }
    if !facts.invoices.is_empty() {
        html.push_str(&format!(
            "<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th align=\"left\">{}</th><th align=\"left\">{}</th><th align=\"right\">{}</th><th align=\"right\">{}</th></tr>",
            labels.invoice, labels.due, labels.open, labels.overdue
        ));
        for invoice in &facts.invoices {
            let overdue = invoice.days_overdue.max(0);
            text.push_str(&format!(
                "- {} · {} {} · {} {} · {} {}\n",
                invoice.number,
                labels.due,
                day(invoice.due_on, facts.locale),
                labels.open,
                format_vnd(invoice.open, en),
                labels.overdue,
                overdue
            ));
            html.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td align=\"right\">{}</td><td align=\"right\">{}</td></tr>",
                escape(&invoice.number),
                day(invoice.due_on, facts.locale),
                format_vnd(invoice.open, en),
                overdue
            ));
        }
        html.push_str("</table>");
        let total = format_vnd(facts.invoices.iter().map(|i| i.open).sum(), en);
        text.push_str(&format!("{}: {total}\n", labels.total));
        html.push_str(&format!(
            "<p><strong>{}: {total}</strong></p>",
            labels.total
        ));
    }
    if let Some(rule) = &facts.late_interest {
        text.push_str(&format!("{}: {rule}\n", labels.interest));
        html.push_str(&format!("<p>{}: {}</p>", labels.interest, escape(rule)));
    }
    if facts.with_qr {
        text.push_str(&format!("{}\n", labels.qr));
        html.push_str(&format!(
            "<p>{}</p><p><img src=\"cid:vietqr\" alt=\"VietQR\" width=\"220\" height=\"220\"></p>",
            labels.qr
        ));
    }
    text.push_str(&format!("\n{}: {}\n", labels.open_link, facts.link));
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p></body></html>",
        escape(&facts.link),
        labels.open_link
    ));
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

struct Labels {
    invoice: &'static str,
    due: &'static str,
    open: &'static str,
    overdue: &'static str,
    total: &'static str,
    interest: &'static str,
    qr: &'static str,
    open_link: &'static str,
}

impl Labels {
    fn of(locale: Locale) -> Self {
        match locale {
            Locale::Vi => Self {
                invoice: "Hóa đơn",
                due: "hạn",
                open: "còn phải trả",
                overdue: "số ngày quá hạn",
                total: "Tổng số tiền cần thanh toán",
                interest: "Lãi chậm trả",
                qr: "Quét mã VietQR bằng ứng dụng ngân hàng để chuyển khoản đúng số tiền và nội dung.",
                open_link: "Xem trên ClusterKeep",
            },
            Locale::En => Self {
                invoice: "Invoice",
                due: "due",
                open: "open",
                overdue: "days overdue",
                total: "Total due",
                interest: "Late interest",
                qr: "Scan the VietQR code with a banking app to transfer the exact amount and reference.",
                open_link: "Open in ClusterKeep",
            },
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_template_renders_with_the_known_placeholders() {
        for kind in Kind::ALL {
            for locale in [Locale::Vi, Locale::En] {
                let (subject, body) = default_template(kind, locale);
                assert!(check_override(subject, body, "t").is_ok(), "{kind:?}");
            }
        }
    }

    #[test]
    fn an_unknown_placeholder_or_unclosed_markup_is_refused_with_its_field() {
        let Err(AppError::Validation(fields)) =
            check_override("Hi {{ firm }}", "Pay {{ amount_due", "input.templates.0")
        else {
            panic!("expected a validation error");
        };
        let paths: Vec<&str> = fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            ["input.templates.0.subject", "input.templates.0.body"]
        );
        assert!(fields[0].message.contains("unknown placeholder"));
        assert!(fields[1].message.contains("unbalanced"));
    }
}
