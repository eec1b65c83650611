//! The documents an invoice becomes: the PDF a person reads, the e-invoice XML a provider
//! signs, the VietQR code a banking app scans, and the total in Vietnamese words.

pub mod einvoice;
pub mod fund_statement;
pub mod pdf;
pub mod vietqr;
pub mod words;
