//! The invoice (and credit note) as the API shows it.

use crate::graphql::scalars::Day;
use async_graphql::{Context, ID, Object, SimpleObject};

use crate::access::TenantCtx;
use crate::billing::documents::words;
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::money::{ROUNDING_RULE_EN, ROUNDING_RULE_VI};
use crate::billing::{credit_notes, invoices};
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::billing::types::{
    DocumentType, InvoiceCorrection, InvoiceKind, InvoiceLine, InvoiceStatus,
};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
use crate::graphql::node::NodeType;
use crate::graphql::receivables::types::Allocation;
use crate::ids::{ClusterId, FirmId, InvoiceId, LeaseId};

/// VAT of an invoice at one rate.
#[derive(SimpleObject, Clone)]
pub struct VatByRate {
    /// Null: not subject to VAT.
    pub vat_bp: Option<i32>,
    /// The lines' amounts before VAT at this rate, đồng.
    pub base: i64,
    /// What the rate applies to: `base` less what was deducted from it (the land rent paid
    /// to the State on rent lines), đồng; equal to `base` when nothing was.
    pub taxable: i64,
    /// VAT at that rate, đồng.
    pub vat: i64,
}

/// An invoice or a credit note.
pub struct Invoice {
    pub model: invoice::Model,
    pub cluster_name: String,
}

impl Invoice {
    /// The columns a list must read to answer `fields` of its invoices. A page of 50 asking
    /// for the buyer, the total and the status reads 8 of the 38 columns and no cluster: less
    /// than half the work in PostgreSQL, and less decoding here (issue 16). A field not named
    /// here (a new one, one that loads more rows) has every column read, so a new field is
    /// right before it is fast. A resolver that starts reading another column must add it
    /// here: `a_page_reads_what_each_invoice_field_needs` asks for each field alone and
    /// compares it with the whole invoice.
    pub fn columns_for<S: AsRef<str>>(fields: &[S]) -> invoices::InvoiceColumns {
        use invoice::Column as C;
        let (mut columns, mut cluster_name) = (invoice::Columns::default(), false);
        for field in fields {
            let needs: &[C] = match field.as_ref() {
                "__typename" | "id" | "roundingRule" => &[],
                "clusterName" => {
                    cluster_name = true;
                    &[]
                }
                "kind" => &[C::Kind],
                "documentType" => &[C::DocumentType],
                "status" => &[C::Status, C::Kind, C::DueOn, C::Total, C::Paid, C::Credited],
                "open" => &[C::Status, C::Total, C::Paid, C::Credited],
                "template" => &[C::Template],
                "series" => &[C::Series],
                "number" => &[C::Number],
                "numberLabel" | "paymentPurpose" => &[C::Series, C::Number],
                "issuedOn" => &[C::IssuedOn],
                "dueOn" => &[C::DueOn],
                "periodStart" => &[C::PeriodStart],
                "periodEnd" => &[C::PeriodEnd],
                "firmId" => &[C::FirmId],
                "clusterId" => &[C::ClusterId],
                "leaseId" => &[C::LeaseId],
                "sellerName" => &[C::SellerName],
                "sellerAddress" => &[C::SellerAddress],
                "sellerTaxCode" => &[C::SellerTaxCode],
                "buyerName" => &[C::BuyerName],
                "buyerAddress" => &[C::BuyerAddress],
                "buyerTaxCode" => &[C::BuyerTaxCode],
                "subtotal" => &[C::Subtotal],
                "vatTotal" => &[C::VatTotal],
                "total" | "totalInWords" => &[C::Total],
                "paid" => &[C::Paid],
                "credited" => &[C::Credited],
                "voidReason" => &[C::VoidReason],
                "correction" => &[C::Correction],
                "agreementNumber" => &[C::AgreementNumber],
                "agreementDate" => &[C::AgreementDate],
                "replacedById" => &[C::ReplacedById],
                "correctsId" => &[C::CorrectsId],
                "note" => &[C::Note],
                _ => return invoices::InvoiceColumns::All,
            };
            columns = needs.iter().copied().fold(columns, invoice::Columns::with);
        }
        invoices::InvoiceColumns::Only {
            columns,
            cluster_name,
        }
    }
}

/// An invoice or a credit note. Once issued it never changes: a credit note corrects it, or
/// it is voided. Operators see every one of the tenant's; an enterprise user only their own
/// firm's. Amounts are whole đồng, negative on a credit note.
#[Object]
impl Invoice {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<InvoiceId>(self.model.id)
    }
    /// Invoice or credit note.
    async fn kind(&self) -> InvoiceKind {
        self.model.kind.into()
    }
    /// A VAT invoice, or a late-payment interest notice (no e-invoice XML, its own series).
    async fn document_type(&self) -> DocumentType {
        self.model.document_type.into()
    }
    /// Where it stands today (Asia/Ho_Chi_Minh).
    async fn status(&self) -> InvoiceStatus {
        crate::billing::InvoiceStatus::of(&self.model, crate::values::today()).into()
    }
    /// Template symbol, `1` for a VAT invoice.
    async fn template(&self) -> &str {
        &self.model.template
    }
    /// Series symbol, e.g. `C26TAA`.
    async fn series(&self) -> &str {
        &self.model.series
    }
    /// Sequential within the series, without gaps; null for a draft.
    async fn number(&self) -> Option<i32> {
        self.model.number
    }
    /// `C26TAA 00000123`.
    async fn number_label(&self) -> String {
        invoice_label(&self.model)
    }
    /// The invoice date; null for a draft.
    async fn issued_on(&self) -> Option<Day> {
        self.model.issued_on.map(Day)
    }
    /// The last day to pay; interest runs from the day after. Null for a draft and a credit
    /// note.
    async fn due_on(&self) -> Option<Day> {
        self.model.due_on.map(Day)
    }
    /// First day of the billed period (a credit note carries its invoice's).
    async fn period_start(&self) -> Day {
        Day(self.model.period_start)
    }
    /// Last day of the billed period.
    async fn period_end(&self) -> Day {
        Day(self.model.period_end)
    }
    /// The buyer firm's global ID.
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.model.firm_id)
    }
    /// The cluster billed.
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.model.cluster_id)
    }
    /// That cluster's name.
    async fn cluster_name(&self) -> &str {
        &self.cluster_name
    }
    /// The lease billed; null when it bills no lease.
    async fn lease_id(&self) -> Option<ID> {
        self.model.lease_id.map(ids::of::<LeaseId>)
    }
    /// The seller as printed: the operator, from its billing settings at issue.
    async fn seller_name(&self) -> &str {
        &self.model.seller_name
    }
    /// The seller's address as printed.
    async fn seller_address(&self) -> &str {
        &self.model.seller_address
    }
    /// The seller's tax code as printed.
    async fn seller_tax_code(&self) -> &str {
        &self.model.seller_tax_code
    }
    /// The buyer as printed: the firm's register entry at issue.
    async fn buyer_name(&self) -> &str {
        &self.model.buyer_name
    }
    /// The buyer's address as printed.
    async fn buyer_address(&self) -> &str {
        &self.model.buyer_address
    }
    /// The buyer's tax code as printed.
    async fn buyer_tax_code(&self) -> &str {
        &self.model.buyer_tax_code
    }
    /// Before VAT.
    async fn subtotal(&self) -> i64 {
        self.model.subtotal
    }
    /// VAT, the sum of the lines' VAT.
    async fn vat_total(&self) -> i64 {
        self.model.vat_total
    }
    /// With VAT: what the invoice asks for.
    async fn total(&self) -> i64 {
        self.model.total
    }
    /// Allocated from payments so far.
    async fn paid(&self) -> i64 {
        self.model.paid
    }
    /// Still to pay.
    async fn open(&self) -> i64 {
        self.model.open()
    }
    /// The total in Vietnamese words; a decrease adjustment reads "Giảm …".
    async fn total_in_words(&self) -> String {
        words::total_in_words(self.model.total)
    }
    /// The rounding rule printed on the invoice.
    async fn rounding_rule(&self, english: Option<bool>) -> &'static str {
        if english.unwrap_or(false) {
            ROUNDING_RULE_EN
        } else {
            ROUNDING_RULE_VI
        }
    }
    /// Why it was voided; null unless VOID.
    async fn void_reason(&self) -> Option<&str> {
        self.model.void_reason.as_deref()
    }
    /// The transfer description that identifies this invoice.
    async fn payment_purpose(&self) -> Option<String> {
        self.model
            .number
            .map(|n| invoices::payment_purpose(&self.model.series, n))
    }
    /// Its lines, each with what may still be credited.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn lines(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<InvoiceLine>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let lines = credit_notes::lines_with_creditable(&services.db, &tenant_ctx, &self.model)
            .await
            .gql()?;
        Ok(lines
            .iter()
            .map(|(line, creditable)| InvoiceLine {
                creditable: *creditable,
                ..InvoiceLine::from(line)
            })
            .collect())
    }
    /// Credit notes issued against this invoice, in total (positive đồng, VAT included).
    async fn credited(&self) -> i64 {
        self.model.credited
    }
    /// For a correction: which one (a decrease, an increase or a replacement); null for an
    /// ordinary invoice.
    async fn correction(&self) -> Option<InvoiceCorrection> {
        self.model.correction.map(Into::into)
    }
    /// For a correction: the number of the written agreement with the buyer it rests on.
    async fn agreement_number(&self) -> Option<&str> {
        self.model.agreement_number.as_deref()
    }
    /// For a correction: the date of that agreement.
    async fn agreement_date(&self) -> Option<Day> {
        self.model.agreement_date.map(Day)
    }
    /// For a correction: how it names its original, as printed ("Điều chỉnh cho hóa đơn Mẫu số
    /// … ký hiệu … số … ngày …" or "Thay thế cho hóa đơn …").
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn corrects_reference(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let (Some(id), Some(correction)) = (self.model.corrects_id, self.model.correction) else {
            return Ok(None);
        };
        let services = ctx.data::<Services>()?;
        let original = credit_notes::corrected(&services.db, &tenant(ctx)?, InvoiceId(id))
            .await
            .gql()?;
        Ok(original
            .as_ref()
            .map(|o| crate::billing::labels::correction_reference(correction, o)))
    }
    /// For a REPLACED invoice: its replacement.
    async fn replaced_by_id(&self) -> Option<ID> {
        self.model.replaced_by_id.map(ids::of::<InvoiceId>)
    }
    /// Every correction issued against this invoice (adjustments either way, a replacement),
    /// oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn corrections(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CreditNoteRef>> {
        let services = ctx.data::<Services>()?;
        let found = credit_notes::corrections_against(
            &services.db,
            &tenant(ctx)?,
            InvoiceId(self.model.id),
        )
        .await
        .gql()?;
        Ok(found.iter().map(CreditNoteRef::from).collect())
    }
    /// For a correction: the invoice it corrects.
    async fn corrects_id(&self) -> Option<ID> {
        self.model.corrects_id.map(ids::of::<InvoiceId>)
    }
    /// For a credit note: the corrected invoice's `numberLabel`.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn corrects_label(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let Some(id) = self.model.corrects_id else {
            return Ok(None);
        };
        let services = ctx.data::<Services>()?;
        let corrects = credit_notes::corrected(&services.db, &tenant(ctx)?, InvoiceId(id))
            .await
            .gql()?;
        Ok(corrects.as_ref().map(invoice_label))
    }
    /// Credit notes issued against this invoice, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn credit_notes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CreditNoteRef>> {
        if self.model.kind != crate::billing::InvoiceKind::Invoice {
            return Ok(Vec::new());
        }
        let services = ctx.data::<Services>()?;
        let notes = credit_notes::against(&services.db, &tenant(ctx)?, InvoiceId(self.model.id))
            .await
            .gql()?;
        Ok(notes.iter().map(CreditNoteRef::from).collect())
    }
    /// For a credit note: why it was issued.
    async fn note(&self) -> Option<&str> {
        self.model.note.as_deref()
    }
    /// VAT per rate, as the invoice prints it.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn vat_by_rate(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<VatByRate>> {
        let services = ctx.data::<Services>()?;
        let id = InvoiceId(self.model.id);
        let lines = invoices::lines_of(&services.db, &tenant(ctx)?, &[id.0])
            .await
            .gql()?;
        let lines = lines.get(&id.0).map(Vec::as_slice).unwrap_or_default();
        Ok(invoices::vat_by_rate(lines)
            .into_iter()
            .map(|row| VatByRate {
                vat_bp: row.vat_bp,
                base: row.base,
                taxable: row.taxable,
                vat: row.vat,
            })
            .collect())
    }
    /// The payments applied to it, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn allocations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Allocation>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        Ok(
            invoices::allocations_of(&services.db, &tenant_ctx, InvoiceId(self.model.id))
                .await
                .gql()?
                .iter()
                .map(Allocation::from)
                .collect(),
        )
    }
    /// The reminders sent about it, oldest first (whoever may see the invoice, the enterprise
    /// included).
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn reminders(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::graphql::reminders::types::Reminder>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        Ok(
            crate::reminders::log::of_invoice(&services.db, &tenant_ctx, InvoiceId(self.model.id))
                .await
                .gql()?
                .into_iter()
                .map(crate::graphql::reminders::types::Reminder)
                .collect(),
        )
    }
    /// A VietQR payload paying what is open, with the invoice number in the purpose; null when
    /// nothing is open or the operator has no bank account on file.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn vietqr(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let settings = crate::billing::settings::for_payment(&services.db, &tenant_ctx)
            .await
            .gql()?;
        Ok(invoices::vietqr_for(
            &self.model,
            &settings.bank_bin,
            &settings.bank_account,
        ))
    }
}

/// A correction issued against an invoice (a credit note, an increase or a replacement).
#[derive(SimpleObject)]
pub struct CreditNoteRef {
    /// The credit note's global ID (an Invoice of kind CREDIT_NOTE).
    pub id: ID,
    /// Its series and number, e.g. `C26TAA 00000124`.
    pub number_label: String,
    /// Its issue date.
    pub issued_on: Option<Day>,
    /// Its total with VAT, đồng (negative for a decrease).
    pub total: i64,
    /// Which correction it is.
    pub correction: Option<InvoiceCorrection>,
}

impl From<&invoice::Model> for CreditNoteRef {
    fn from(n: &invoice::Model) -> Self {
        Self {
            id: ids::of::<InvoiceId>(n.id),
            number_label: invoice_label(n),
            issued_on: n.issued_on.map(Day),
            total: n.total,
            correction: n.correction.map(Into::into),
        }
    }
}

/// Wraps invoices with their cluster names, loaded in one statement.
pub async fn with_cluster_names(
    services: &Services,
    ctx: &crate::access::TenantCtx,
    models: Vec<crate::billing::entities::invoice::Model>,
) -> crate::error::AppResult<Vec<Invoice>> {
    let cluster_ids: Vec<uuid::Uuid> = models.iter().map(|m| m.cluster_id).collect();
    let names = invoices::cluster_names(&services.db, ctx, &cluster_ids).await?;
    Ok(models
        .into_iter()
        .map(|model| Invoice {
            cluster_name: names.get(&model.cluster_id).cloned().unwrap_or_default(),
            model,
        })
        .collect())
}

impl NodeType for Invoice {
    type Id = InvoiceId;

    async fn load(services: &Services, ctx: &TenantCtx, id: InvoiceId) -> AppResult<Self> {
        Self::named(services, ctx, id, invoices::InvoiceColumns::All).await
    }

    async fn load_fields(
        services: &Services,
        ctx: &TenantCtx,
        id: InvoiceId,
        fields: &[String],
    ) -> AppResult<Self> {
        Self::named(services, ctx, id, Self::columns_for(fields)).await
    }
}

impl Invoice {
    /// One invoice with its cluster's name, reading `columns`.
    async fn named(
        services: &Services,
        ctx: &TenantCtx,
        id: InvoiceId,
        columns: invoices::InvoiceColumns,
    ) -> AppResult<Self> {
        let (model, cluster_name) = invoices::get_named(&services.db, ctx, id, columns).await?;
        Ok(Self {
            model,
            cluster_name,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::invoices::InvoiceColumns;

    #[test]
    fn a_page_of_buyers_totals_and_statuses_reads_their_columns_and_no_cluster() {
        use invoice::Column as C;
        let columns = [
            C::BuyerName,
            C::Total,
            C::Status,
            C::Kind,
            C::DueOn,
            C::Paid,
            C::Credited,
        ]
        .into_iter()
        .fold(invoice::Columns::default(), invoice::Columns::with);
        assert_eq!(
            Invoice::columns_for(&["id", "buyerName", "total", "status", "__typename"]),
            InvoiceColumns::Only {
                columns,
                cluster_name: false
            }
        );
        assert_eq!(
            Invoice::columns_for(&["id", "clusterName"]),
            InvoiceColumns::Only {
                columns: invoice::Columns::default(),
                cluster_name: true
            }
        );
        // A field that loads more than the row has every column read.
        assert_eq!(
            Invoice::columns_for(&["buyerName", "lines"]),
            InvoiceColumns::All
        );
    }
}
