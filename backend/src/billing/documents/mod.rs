//! The documents an invoice becomes: the PDF a person reads (alone or several in a ZIP), the
//! e-invoice XML a provider signs, the VietQR code a banking app scans, and the total in
//! Vietnamese words; and the statements (a firm's, a fund's) as PDFs.

pub mod bundle;
pub mod einvoice;
pub mod errors_notice;
pub mod firm_statement;
pub mod fund_statement;
pub mod pdf;
pub mod pen;
pub mod support_claims;
pub mod vietqr;
pub mod words;
