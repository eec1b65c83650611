//! Email templates in Vietnamese and English, HTML plus plain text, rendered with minijinja
//! (HTML auto-escaped) from `backend/templates/email/`.

use anyhow::Context;
use chrono::{DateTime, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;
use minijinja::{Environment, context};

use crate::tenancy::Locale;

use crate::access::Role;

/// An email to send, with the facts its template needs.
#[derive(Clone, Debug)]
pub enum Mail {
    /// Someone was invited to a tenant.
    Invitation {
        tenant_name: String,
        inviter_name: String,
        role: Role,
        firm_name: Option<String>,
        link: String,
        expires_at: DateTime<Utc>,
    },
    /// A billing run issued invoices to a firm.
    InvoicesIssued {
        seller_name: String,
        firm_name: String,
        period_label: String,
        invoices: Vec<IssuedInvoice>,
        link: String,
    },
    /// An operator recorded (or confirmed from the bank) a firm's payment: its receipt.
    PaymentReceived {
        seller_name: String,
        firm_name: String,
        amount: i64,
        received_on: chrono::NaiveDate,
        method: crate::receivables::PaymentMethod,
        reference: Option<String>,
        /// The invoices it paid (`C26TAA 00000123`) and how much of each.
        allocations: Vec<(String, i64)>,
        /// What is left as the firm's credit.
        credit: i64,
        link: String,
    },
    /// Something happened to a maintenance request that the recipient must know.
    Maintenance {
        notice: MaintenanceNotice,
        firm_name: String,
        title: String,
        /// The promised date (acknowledgement) if any.
        promised_on: Option<chrono::NaiveDate>,
        /// The operator's question, resolution note, or the work order's task.
        message: Option<String>,
        /// Where to open the request (or work order) in the web app.
        link: String,
    },
    /// A password reset was requested.
    PasswordReset {
        tenant_name: Option<String>,
        display_name: String,
        link: String,
        expires_at: DateTime<Utc>,
    },
}

impl Mail {
    /// The template's name, also recorded in the mail log.
    pub fn template(&self) -> &'static str {
        match self {
            Self::Invitation { .. } => "invitation",
            Self::PasswordReset { .. } => "password_reset",
            Self::InvoicesIssued { .. } => "invoices_issued",
            Self::PaymentReceived { .. } => "payment_received",
            Self::Maintenance { .. } => "maintenance",
        }
    }
}

/// Which maintenance email.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaintenanceNotice {
    /// A firm filed a request: to the operator's triage list.
    NewRequest,
    /// The operator acknowledged it, with the promised date: to the requester.
    Acknowledged,
    /// The operator asks the requester something: to the requester.
    Question,
    /// The operator resolved it; confirm or reopen within 7 days: to the requester.
    Resolved,
    /// A work order was assigned: to the staff member or contractor.
    Assigned,
}

impl MaintenanceNotice {
    fn key(self) -> &'static str {
        match self {
            Self::NewRequest => "new_request",
            Self::Acknowledged => "acknowledged",
            Self::Question => "question",
            Self::Resolved => "resolved",
            Self::Assigned => "assigned",
        }
    }

    fn subject(self, title: &str, locale: Locale) -> String {
        match (self, locale) {
            (Self::NewRequest, Locale::Vi) => format!("Yêu cầu sửa chữa mới: {title}"),
            (Self::NewRequest, Locale::En) => format!("New maintenance request: {title}"),
            (Self::Acknowledged, Locale::Vi) => format!("Đã tiếp nhận yêu cầu: {title}"),
            (Self::Acknowledged, Locale::En) => format!("Request acknowledged: {title}"),
            (Self::Question, Locale::Vi) => format!("Cần thêm thông tin cho yêu cầu: {title}"),
            (Self::Question, Locale::En) => format!("A question about your request: {title}"),
            (Self::Resolved, Locale::Vi) => format!("Yêu cầu đã được xử lý: {title}"),
            (Self::Resolved, Locale::En) => format!("Your request was resolved: {title}"),
            (Self::Assigned, Locale::Vi) => format!("Công việc được giao: {title}"),
            (Self::Assigned, Locale::En) => format!("Work order assigned to you: {title}"),
        }
    }
}

/// One invoice listed in an email.
#[derive(Clone, Debug)]
pub struct IssuedInvoice {
    /// `C26TAA 00000123`.
    pub number: String,
    pub total: i64,
    pub due_on: chrono::NaiveDate,
    /// The transfer description that identifies it.
    pub purpose: String,
}

/// A rendered email.
#[derive(Clone, Debug)]
pub struct RenderedMail {
    pub template: &'static str,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The compiled templates.
pub struct Templates {
    env: Environment<'static>,
}

macro_rules! template_files {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../../templates/email/", $name)))),*]
    };
}

impl Templates {
    /// Loads every template; fails at start if one does not parse.
    pub fn load() -> anyhow::Result<Self> {
        let mut env = Environment::new();
        for (name, source) in template_files!(
            "layout.html",
            "invitation.vi.html",
            "invitation.en.html",
            "invitation.vi.txt",
            "invitation.en.txt",
            "password_reset.vi.html",
            "password_reset.en.html",
            "password_reset.vi.txt",
            "password_reset.en.txt",
            "invoices_issued.vi.html",
            "invoices_issued.en.html",
            "invoices_issued.vi.txt",
            "invoices_issued.en.txt",
            "payment_received.vi.html",
            "payment_received.en.html",
            "payment_received.vi.txt",
            "payment_received.en.txt",
            "maintenance.vi.html",
            "maintenance.en.html",
            "maintenance.vi.txt",
            "maintenance.en.txt",
        ) {
            env.add_template(name, source)
                .with_context(|| format!("email template {name}"))?;
        }
        Ok(Self { env })
    }

    /// Renders `mail` in `locale`.
    pub fn render(&self, mail: &Mail, locale: Locale) -> anyhow::Result<RenderedMail> {
        let lang = match locale {
            Locale::Vi => "vi",
            Locale::En => "en",
        };
        let (subject, ctx) = match mail {
            Mail::Invitation {
                tenant_name,
                inviter_name,
                role,
                firm_name,
                link,
                expires_at,
            } => {
                let subject = match locale {
                    Locale::Vi => format!("Lời mời tham gia {tenant_name} trên ClusterKeep"),
                    Locale::En => format!("Your invitation to {tenant_name} on ClusterKeep"),
                };
                let ctx = context! {
                    lang, subject => subject.clone(), tenant_name, inviter_name,
                    role_label => role_label(*role, locale), firm_name, link,
                    expires_at => local_time(*expires_at, locale),
                };
                (subject, ctx)
            }
            Mail::PasswordReset {
                tenant_name,
                display_name,
                link,
                expires_at,
            } => {
                let subject = match locale {
                    Locale::Vi => "Đặt lại mật khẩu ClusterKeep".to_owned(),
                    Locale::En => "Reset your ClusterKeep password".to_owned(),
                };
                let ctx = context! {
                    lang, subject => subject.clone(), tenant_name, display_name, link,
                    expires_at => local_time(*expires_at, locale),
                };
                (subject, ctx)
            }
            Mail::PaymentReceived {
                seller_name,
                firm_name,
                amount,
                received_on,
                method,
                reference,
                allocations,
                credit,
                link,
            } => {
                let en = locale == Locale::En;
                let money = |v: i64| crate::billing::money::format_vnd(v, en);
                let amount = money(*amount);
                let subject = match locale {
                    Locale::Vi => format!("Xác nhận đã nhận thanh toán {amount} từ {firm_name}"),
                    Locale::En => format!("Payment of {amount} received from {firm_name}"),
                };
                let method = {
                    use crate::receivables::PaymentMethod as M;
                    match (method, locale) {
                        (M::BankTransfer, Locale::Vi) => "chuyển khoản",
                        (M::BankTransfer, Locale::En) => "bank transfer",
                        (M::Cash, Locale::Vi) => "tiền mặt",
                        (M::Cash, Locale::En) => "cash",
                        (M::Vietqr, _) => "VietQR",
                    }
                };
                let rows: Vec<minijinja::Value> = allocations
                    .iter()
                    .map(|(number, paid)| context! { number, amount => money(*paid) })
                    .collect();
                let ctx = context! {
                    lang, subject => subject.clone(), seller_name, firm_name, amount, method,
                    received_on => match locale {
                        Locale::Vi => received_on.format("%d/%m/%Y").to_string(),
                        Locale::En => received_on.to_string(),
                    },
                    reference, allocations => rows,
                    credit => (*credit > 0).then(|| money(*credit)), link,
                };
                (subject, ctx)
            }
            Mail::InvoicesIssued {
                seller_name,
                firm_name,
                period_label,
                invoices,
                link,
            } => {
                let subject = match locale {
                    Locale::Vi => format!("Hóa đơn kỳ {period_label} từ {seller_name}"),
                    Locale::En => format!("Your invoices for {period_label} from {seller_name}"),
                };
                let rows: Vec<minijinja::Value> = invoices
                    .iter()
                    .map(|i| {
                        context! {
                            number => i.number.clone(),
                            total => crate::billing::money::format_vnd(i.total, locale == Locale::En),
                            due => match locale {
                                Locale::Vi => i.due_on.format("%d/%m/%Y").to_string(),
                                Locale::En => i.due_on.to_string(),
                            },
                            purpose => i.purpose.clone(),
                        }
                    })
                    .collect();
                let ctx = context! {
                    lang, subject => subject.clone(), seller_name, firm_name, period_label,
                    invoices => rows, link,
                };
                (subject, ctx)
            }
            Mail::Maintenance {
                notice,
                firm_name,
                title,
                promised_on,
                message,
                link,
            } => {
                let subject = notice.subject(title, locale);
                let promised = promised_on.map(|d| match locale {
                    Locale::Vi => d.format("%d/%m/%Y").to_string(),
                    Locale::En => d.to_string(),
                });
                let ctx = context! {
                    lang, subject => subject.clone(), kind => notice.key(), firm_name, title,
                    promised, message, link,
                    confirm_link => format!("{link}?action=confirm"),
                    reopen_link => format!("{link}?action=reopen"),
                };
                (subject, ctx)
            }
        };
        let base = mail.template();
        let html = self
            .env
            .get_template(&format!("{base}.{lang}.html"))?
            .render(&ctx)
            .context("rendering html")?;
        let text = self
            .env
            .get_template(&format!("{base}.{lang}.txt"))?
            .render(&ctx)
            .context("rendering text")?;
        Ok(RenderedMail {
            template: base,
            subject,
            text,
            html,
        })
    }
}

/// A role's name as users read it.
pub fn role_label(role: Role, locale: Locale) -> &'static str {
    match (role, locale) {
        (Role::PlatformAdmin, Locale::Vi) => "Quản trị nền tảng",
        (Role::PlatformAdmin, Locale::En) => "Platform admin",
        (Role::OperatorAdmin, Locale::Vi) => "Quản trị chủ đầu tư hạ tầng",
        (Role::OperatorAdmin, Locale::En) => "Operator admin",
        (Role::OperatorStaff, Locale::Vi) => "Nhân viên chủ đầu tư hạ tầng",
        (Role::OperatorStaff, Locale::En) => "Operator staff",
        (Role::Enterprise, Locale::Vi) => "Doanh nghiệp thứ cấp",
        (Role::Enterprise, Locale::En) => "Enterprise",
        (Role::AuthorityViewer, Locale::Vi) => "Sở Công Thương (chỉ xem)",
        (Role::AuthorityViewer, Locale::En) => "Authority viewer",
    }
}

/// A moment in Vietnam time, as each locale writes it.
fn local_time(at: DateTime<Utc>, locale: Locale) -> String {
    let local = at.with_timezone(&Ho_Chi_Minh);
    match locale {
        Locale::Vi => local.format("%H:%M %d/%m/%Y").to_string(),
        Locale::En => local.format("%-d %b %Y, %H:%M").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation() -> Mail {
        Mail::Invitation {
            tenant_name: "Đồng Sóc <CCN>".into(),
            inviter_name: "Chị Lan".into(),
            role: Role::Enterprise,
            firm_name: Some("KCC".into()),
            link: "http://127.0.0.1:8080/invite?token=abc".into(),
            expires_at: DateTime::from_timestamp(1_796_000_000, 0).unwrap_or_default(),
        }
    }

    #[test]
    fn vietnamese_invitation_names_the_tenant_role_and_link_and_escapes_html() -> anyhow::Result<()>
    {
        let mail = Templates::load()?.render(&invitation(), Locale::Vi)?;
        assert_eq!(
            mail.subject,
            "Lời mời tham gia Đồng Sóc <CCN> trên ClusterKeep"
        );
        assert!(mail.text.contains("Doanh nghiệp thứ cấp"));
        assert!(mail.text.contains("http://127.0.0.1:8080/invite?token=abc"));
        assert!(mail.html.contains("Đồng Sóc &lt;CCN&gt;"));
        assert!(!mail.html.contains("<CCN>"));
        Ok(())
    }

    #[test]
    fn english_password_reset_renders_in_vietnam_time() -> anyhow::Result<()> {
        let mail = Templates::load()?.render(
            &Mail::PasswordReset {
                tenant_name: None,
                display_name: "Lan".into(),
                link: "http://x/reset-password?token=t".into(),
                expires_at: "2026-11-27T03:00:00Z".parse()?,
            },
            Locale::En,
        )?;
        assert_eq!(mail.subject, "Reset your ClusterKeep password");
        assert!(mail.text.contains("27 Nov 2026, 10:00"), "{}", mail.text);
        Ok(())
    }
}
