use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use super::*;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::{InvoiceKind, InvoiceState, LineKind};

/// The schema the documents are checked against.
const XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/src/billing/documents/einvoice/einvoice.xsd"
);

/// What `xmllint --schema einvoice.xsd` says of `xml`: `Ok` when it validates, else its
/// complaints. Without xmllint the test fails: a schema check that silently skips checks nothing.
fn validate(xml: &str) -> Result<(), String> {
    let mut child = Command::new("xmllint")
        .args(["--noout", "--schema", XSD, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "xmllint is needed to check the e-invoice XML against its schema ({e}): \
                 install libxml2-utils (apt-get install libxml2-utils)"
            )
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(xml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn assert_valid(what: &str, xml: &str) {
    if let Err(complaints) = validate(xml) {
        panic!("the {what} does not validate against einvoice.xsd:\n{complaints}\n{xml}");
    }
}

fn invoice(buyer_tax_code: &str) -> invoice::Model {
    let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    invoice::Model {
        id: Uuid::nil(),
        tenant_id: Uuid::nil(),
        created_at: Utc::now(),
        kind: InvoiceKind::Invoice,
        run_id: None,
        lease_id: None,
        firm_id: Uuid::nil(),
        cluster_id: Uuid::nil(),
        corrects_id: None,
        billing_key: None,
        status: InvoiceState::Issued,
        period_start: day,
        period_end: day,
        template: "1".into(),
        series: "C26TAA".into(),
        number: Some(7),
        issued_on: Some(day),
        due_on: Some(day),
        subtotal: 0,
        vat_total: 0,
        total: 0,
        paid: 0,
        credited: 0,
        interest_through: None,
        seller_name: "Công ty CP Hạ tầng Yên Lạc".into(),
        seller_address: "Xã Yên Lạc, tỉnh Phú Thọ".into(),
        seller_tax_code: "2500100006".into(),
        buyer_name: "Công ty TNHH Nhựa Yên Đồng".into(),
        buyer_address: "Lô H-001, CCN làng nghề Yên Đồng, xã Yên Lạc, tỉnh Phú Thọ".into(),
        buyer_tax_code: buyer_tax_code.into(),
        note: None,
        voided_at: None,
        void_reason: None,
        correction: None,
        agreement_number: None,
        agreement_date: None,
        replaced_by_id: None,
        document_type: crate::billing::DocumentType::VatInvoice,
    }
}

fn settings() -> billing_setting::Model {
    billing_setting::Model {
        id: Uuid::nil(),
        tenant_id: Uuid::nil(),
        created_at: Utc::now(),
        invoice_template: "1".into(),
        invoice_series: "CTAA".into(),
        due_days: 15,
        late_interest_bp: 0,
        late_interest_basis: String::new(),
        late_interest_commercial: false,
        rent_vat_bp: 1000,
        invoice_date_policy: crate::billing::InvoiceDatePolicy::RunDate,
        interest_on_invoice: false,
        seller_name: String::new(),
        seller_address: String::new(),
        seller_tax_code: String::new(),
        bank_bin: "970436".into(),
        bank_account: "0011001234567".into(),
        bank_account_name: "CONG TY CP HA TANG YEN LAC".into(),
        updated_at: Utc::now(),
    }
}

fn line(
    position: i32,
    kind: LineKind,
    quantity_e4: i64,
    unit_price: i64,
    vat_bp: Option<i32>,
) -> invoice_line::Model {
    let amount = quantity_e4 * unit_price / 10_000;
    invoice_line::Model {
        id: Uuid::from_u128(position as u128),
        tenant_id: Uuid::nil(),
        created_at: Utc::now(),
        invoice_id: Uuid::nil(),
        position,
        kind,
        description_vi: format!("Dòng {position}"),
        description_en: format!("Line {position}"),
        quantity_e4,
        unit: "m²·tháng".into(),
        unit_price,
        amount,
        vat_bp,
        vat_amount: crate::billing::money::vat(amount, vat_bp),
        vat_deduction: 0,
        tariff_id: None,
        corrects_line_id: None,
    }
}

/// The invoice with its totals summed from its lines.
fn totalled(mut i: invoice::Model, lines: &[invoice_line::Model]) -> invoice::Model {
    i.subtotal = lines.iter().map(|l| l.amount).sum();
    i.vat_total = lines.iter().map(|l| l.vat_amount).sum();
    i.total = i.subtotal + i.vat_total;
    i
}

fn xml_of(
    i: &invoice::Model,
    lines: &[invoice_line::Model],
    related: Option<&invoice::Model>,
    units: &HashMap<Uuid, String>,
) -> String {
    render(&Document {
        invoice: i,
        lines,
        related,
        units,
        settings: &settings(),
    })
    .unwrap()
}

/// The XML without its indentation, to look for runs of elements.
fn flat(xml: &str) -> String {
    xml.split_whitespace().collect()
}

/// An ordinary month: rent and the maintenance fee at 10%, wastewater at 8%, the province's
/// rent support as a discount line.
fn month_with_support() -> (invoice::Model, Vec<invoice_line::Model>) {
    let mut support = line(4, LineKind::RentSupport, 10_000, -500_000, Some(1000));
    support.unit = "lần".into();
    let lines = vec![
        line(1, LineKind::Rent, 100_000_000, 500, Some(1000)),
        line(2, LineKind::MaintenanceFee, 100_000_000, 650, Some(1000)),
        line(3, LineKind::Wastewater, 1_200_000, 9_650, Some(800)),
        support,
    ];
    (totalled(invoice("2500100006"), &lines), lines)
}

/// A decrease adjustment of 95 đ (before VAT) on the maintenance fee of `original`.
fn credit_note_of(original: &invoice::Model) -> (invoice::Model, Vec<invoice_line::Model>) {
    let mut taken = line(1, LineKind::MaintenanceFee, 10_000, -95, Some(1000));
    taken.unit = String::new();
    taken.corrects_line_id = Some(Uuid::from_u128(2));
    let lines = vec![taken];
    let mut note = totalled(invoice("2500100006"), &lines);
    note.kind = InvoiceKind::CreditNote;
    note.number = Some(8);
    note.corrects_id = Some(original.id);
    note.note = Some("Sai diện tích".into());
    (note, lines)
}

#[test]
fn late_interest_is_coded_kkknt_and_kept_out_of_the_vat_totals() {
    let lines = vec![
        line(1, LineKind::Rent, 10_000, 5_000_000, Some(1000)),
        line(2, LineKind::LateInterest, 10_000, 27_397, None),
    ];
    let i = totalled(invoice("2500100006"), &lines);
    let xml = flat(&xml_of(&i, &lines, None, &HashMap::new()));
    assert!(
        xml.contains("<ThTien>27397</ThTien><TSuat>KKKNT</TSuat>"),
        "{xml}"
    );
    assert!(!xml.contains("KCT<"), "{xml}");
    let summary = &xml[xml.find("<THTTLTSuat>").unwrap()..xml.find("</THTTLTSuat>").unwrap()];
    assert_eq!(summary.matches("<LTSuat>").count(), 1, "{summary}");
    assert!(summary.contains("<TSuat>10%</TSuat><ThTien>5000000</ThTien><TThue>500000</TThue>"));
    assert!(
        xml.contains(
            "<TgTCThue>5000000</TgTCThue><TgTThue>500000</TgTThue><TgTTTBSo>5527397</TgTTTBSo>"
        ),
        "{xml}"
    );
}

#[test]
fn a_buyer_with_a_personal_id_is_written_cccdan_and_an_enterprise_mst() {
    let buyer = |tax_code: &str| {
        let xml = flat(&xml_of(&invoice(tax_code), &[], None, &HashMap::new()));
        xml[xml.find("<NMua>").unwrap()..xml.find("</NMua>").unwrap()].to_owned()
    };
    let household = buyer("026090001234");
    assert!(
        household.contains("<CCCDan>026090001234</CCCDan>"),
        "{household}"
    );
    assert!(!household.contains("<MST>"), "{household}");
    let enterprise = buyer("2500100006");
    assert!(enterprise.contains("<MST>2500100006</MST>"), "{enterprise}");
    assert!(!enterprise.contains("CCCDan"), "{enterprise}");
    let branch = buyer("2500100006-001");
    assert!(branch.contains("<MST>2500100006-001</MST>"), "{branch}");
}

#[test]
fn standard_rates_are_written_as_they_are_and_any_other_as_khac() {
    assert_eq!(rate(Some(1000)), "10%");
    assert_eq!(rate(Some(800)), "8%");
    assert_eq!(rate(Some(500)), "5%");
    assert_eq!(rate(Some(0)), "0%");
    assert_eq!(rate(None), "KKKNT");
    assert_eq!(rate(Some(550)), "KHAC:5.5%");
    assert_eq!(rate(Some(700)), "KHAC:7%");
    assert_eq!(rate(Some(525)), "KHAC:5.25%");
    assert_eq!(quantity(217_800_000), "21780");
    assert_eq!(quantity(15_000), "1.5");
    assert_eq!(quantity(3_330), "0.333");
    assert_eq!(quantity(4_166_667), "416.6667");
    assert_eq!(quantity(-10_000), "-1");
    assert_eq!(quantity(-5_000), "-0.5");
}

#[test]
fn a_rate_outside_the_list_validates_as_khac_in_the_line_and_the_summary() {
    let lines = vec![line(1, LineKind::Other, 10_000, 1_000_000, Some(550))];
    let i = totalled(invoice("2500100006"), &lines);
    let xml = xml_of(&i, &lines, None, &HashMap::new());
    assert_eq!(flat(&xml).matches("<TSuat>KHAC:5.5%</TSuat>").count(), 2);
    assert_valid("invoice at 5.5%", &xml);
}

#[test]
fn tnhang_is_the_banks_name_from_its_bin_never_the_account_holder() {
    let (i, lines) = month_with_support();
    let xml = flat(&xml_of(&i, &lines, None, &HashMap::new()));
    assert!(
        xml.contains(
            "<STKNHang>0011001234567</STKNHang><TNHang>NgânhàngTMCPNgoạithươngViệtNam</TNHang>"
        ),
        "{xml}"
    );
    assert!(!xml.contains("CONGTYCPHATANG"), "{xml}");
    // A BIN missing from the NAPAS table names no bank rather than a wrong one.
    let mut unknown = settings();
    unknown.bank_bin = "123456".into();
    let xml = render(&Document {
        invoice: &i,
        lines: &lines,
        related: None,
        units: &HashMap::new(),
        settings: &unknown,
    })
    .unwrap();
    assert!(!xml.contains("TNHang"), "{xml}");
}

#[test]
fn a_discount_line_is_tchat_3_and_its_total_is_ttcktmai() {
    let (i, lines) = month_with_support();
    let xml = flat(&xml_of(&i, &lines, None, &HashMap::new()));
    assert!(
        xml.contains("<TChat>3</TChat><STT>4</STT><THHDVu>Dòng4</THHDVu><DVTinh>lần</DVTinh><SLuong>1</SLuong><DGia>500000</DGia><ThTien>500000</ThTien><TSuat>10%</TSuat>"),
        "{xml}"
    );
    assert!(
        xml.contains(&format!(
            "<TgTThue>{}</TgTThue><TTCKTMai>500000</TTCKTMai><TgTTTBSo>{}</TgTTTBSo>",
            i.vat_total, i.total
        )),
        "{xml}"
    );
    // Without a discount line there is no TTCKTMai.
    let plain = &lines[..3];
    let xml = xml_of(
        &totalled(invoice("2500100006"), plain),
        plain,
        None,
        &HashMap::new(),
    );
    assert!(!xml.contains("TTCKTMai"), "{xml}");
}

#[test]
fn a_decrease_adjustment_line_has_the_original_unit_and_negative_amounts() {
    let (original, original_lines) = month_with_support();
    let (note, lines) = credit_note_of(&original);
    let units = HashMap::from([(original_lines[1].id, original_lines[1].unit.clone())]);
    let xml = flat(&xml_of(&note, &lines, Some(&original), &units));
    assert!(
        xml.contains("<TChat>1</TChat><STT>1</STT><THHDVu>Dòng1</THHDVu><DVTinh>m²·tháng</DVTinh><SLuong>1</SLuong><DGia>-95</DGia><ThTien>-95</ThTien><TSuat>10%</TSuat>"),
        "{xml}"
    );
    assert!(
        xml.contains("<LTSuat><TSuat>10%</TSuat><ThTien>-95</ThTien><TThue>-10</TThue></LTSuat>"),
        "{xml}"
    );
    assert!(
        xml.contains("<TgTCThue>-95</TgTCThue><TgTThue>-10</TgTThue><TgTTTBSo>-105</TgTTTBSo><TgTTTBChu>Giảmmộttrămlinhnămđồng</TgTTTBChu>"),
        "{xml}"
    );
    assert!(
        !xml.contains("TTCKTMai"),
        "an adjustment is no discount: {xml}"
    );
    assert!(
        xml.contains("<TTHDLQuan><TCHDon>2</TCHDon><LHDCLQuan>1</LHDCLQuan><KHMSHDCLQuan>1</KHMSHDCLQuan><KHHDCLQuan>C26TAA</KHHDCLQuan><SHDCLQuan>7</SHDCLQuan><NLHDCLQuan>2026-11-02</NLHDCLQuan><GChu>Saidiệntích</GChu></TTHDLQuan>"),
        "{xml}"
    );
    assert_eq!(relation(&note), Some("2"));
    assert_eq!(relation(&original), None);
}

#[test]
fn an_invoice_a_credit_note_and_a_discount_validate_against_the_schema() {
    let (with_support, lines) = month_with_support();
    assert_valid(
        "invoice with a discount line",
        &xml_of(&with_support, &lines, None, &HashMap::new()),
    );
    let plain = &lines[..3];
    assert_valid(
        "ordinary invoice",
        &xml_of(
            &totalled(invoice("2500100006"), plain),
            plain,
            None,
            &HashMap::new(),
        ),
    );
    let (note, note_lines) = credit_note_of(&with_support);
    let units = HashMap::from([(lines[1].id, lines[1].unit.clone())]);
    assert_valid(
        "credit note",
        &xml_of(&note, &note_lines, Some(&with_support), &units),
    );
    let household = totalled(invoice("026090001234"), plain);
    assert_valid(
        "invoice to a household",
        &xml_of(&household, plain, None, &HashMap::new()),
    );
}

#[test]
fn the_schema_rejects_what_the_format_does_not_allow() {
    let (i, lines) = month_with_support();
    let good = xml_of(&i, &lines, None, &HashMap::new());
    assert_valid("invoice", &good);
    for (what, broken) in [
        (
            "a rate written 5.5%",
            good.replacen("<TSuat>8%</TSuat>", "<TSuat>5.5%</TSuat>", 1),
        ),
        (
            "no seller tax code",
            good.replacen("<MST>2500100006</MST>", "", 1),
        ),
        ("an empty buyer address", {
            let start = good.find("<NMua>").unwrap();
            let (head, tail) = good.split_at(start);
            let dchi_start = tail.find("<DChi>").unwrap();
            let dchi_end = tail.find("</DChi>").unwrap();
            format!(
                "{head}{}<DChi></DChi>{}",
                &tail[..dchi_start],
                &tail[dchi_end + 7..]
            )
        }),
        (
            "a list root",
            good.replacen("<HDon>", "<DSHDon><HDon>", 1)
                .replacen("</HDon>", "</HDon></DSHDon>", 1),
        ),
        (
            "elements out of order",
            good.replacen("<DVTTe>VND</DVTTe>", "", 1).replacen(
                "<TGia>1</TGia>",
                "<TGia>1</TGia><DVTTe>VND</DVTTe>",
                1,
            ),
        ),
        (
            "a discount kind that does not exist",
            good.replacen("<TChat>3</TChat>", "<TChat>7</TChat>", 1),
        ),
    ] {
        assert_ne!(
            broken, good,
            "{what}: the breakage must change the document"
        );
        assert!(
            validate(&broken).is_err(),
            "{what} passed the schema:\n{broken}"
        );
    }
}
