//! The compliance calendar as iCalendar (RFC 5545), for staff's phone calendars: one all-day
//! event per item, with the item's stable UID (so a refresh updates events instead of adding
//! them) and a Vietnamese summary. Pure: items in, text out.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::upkeep::PermitKind;
use crate::upkeep::calendar::{CalendarItem, ItemKind, ItemStatus};

/// The Vietnamese summary of an item, e.g. "Bảo trì: Kiểm tra PCCC (đã xong)".
pub fn summary(item: &CalendarItem) -> String {
    let head = match item.kind {
        ItemKind::Upkeep => format!("Bảo trì: {}", item.title),
        ItemKind::ReportDeadline => format!("Hạn báo cáo: {}", item.title),
        ItemKind::PermitExpiry => {
            let kind = match item.permit_kind {
                Some(PermitKind::Discharge) => "giấy phép xả thải",
                Some(PermitKind::FireSafety) => "nghiệm thu PCCC",
                _ => "giấy phép",
            };
            match &item.asset_name {
                Some(asset) => format!("Hết hạn {kind} số {} – {asset}", item.title),
                None => format!("Hết hạn {kind} số {}", item.title),
            }
        }
    };
    let tail = match item.status {
        Some(ItemStatus::Done) => " (đã xong)",
        Some(ItemStatus::Skipped) => " (đã bỏ qua)",
        Some(ItemStatus::Missed) => " (bị lỡ)",
        Some(ItemStatus::Cancelled) => " (đã hủy)",
        Some(ItemStatus::Open) => " (đang làm)",
        Some(ItemStatus::Planned) | None => "",
    };
    format!("{head}{tail}")
}

/// The feed of `cluster_name`'s items, stamped `now`.
pub fn render(cluster_name: &str, items: &[CalendarItem], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name(&format!("Lịch tuân thủ – {cluster_name}"))
        .description("ClusterKeep: bảo trì, hạn giấy phép và hạn báo cáo của cụm công nghiệp")
        .append_property(("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh"));
    for item in items {
        let mut event = Event::new();
        event
            .uid(&item.uid)
            .timestamp(now)
            .summary(&summary(item))
            .starts(item.day)
            .ends(item.day.succ_opt().unwrap_or(item.day));
        let mut notes = Vec::new();
        if item.kind != ItemKind::PermitExpiry
            && let Some(asset) = &item.asset_name
        {
            notes.push(format!("Công trình: {asset}"));
        }
        if let Some(basis) = &item.legal_basis {
            notes.push(format!("Căn cứ: {basis}"));
        }
        if item.forecast {
            notes.push("Dự kiến theo lịch lặp (chưa tạo lệnh công việc)".to_owned());
        }
        if !notes.is_empty() {
            event.description(&notes.join("\n"));
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::str::FromStr;

    fn item(kind: ItemKind, status: Option<ItemStatus>) -> CalendarItem {
        CalendarItem {
            kind,
            day: NaiveDate::from_ymd_opt(2027, 6, 20).unwrap(),
            title: "12/GP-BTNMT".into(),
            status,
            forecast: true,
            schedule_id: None,
            occurrence_id: None,
            work_order_id: None,
            asset_id: None,
            asset_name: Some("XLNT-01 Trạm xử lý".into()),
            permit_kind: Some(PermitKind::Discharge),
            legal_basis: Some("Thông tư 14/2024/TT-BCT".into()),
            uid: "permit-1@clusterkeep".into(),
        }
    }

    #[test]
    fn each_item_is_an_all_day_event_with_its_uid_and_a_vietnamese_summary() {
        let text = render(
            "CCN Đồng Sóc",
            &[
                item(ItemKind::PermitExpiry, None),
                CalendarItem {
                    uid: "upkeep-1-20270620@clusterkeep".into(),
                    title: "Kiểm tra PCCC".into(),
                    ..item(ItemKind::Upkeep, Some(ItemStatus::Done))
                },
            ],
            Utc::now(),
        );
        assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
        assert!(text.contains("DTSTART;VALUE=DATE:20270620"), "{text}");
        assert!(text.contains("DTEND;VALUE=DATE:20270621"), "{text}");
        let parsed = Calendar::from_str(&text).unwrap();
        let summaries: Vec<(String, String)> = parsed
            .events()
            .map(|e| {
                (
                    e.get_uid().unwrap_or_default().to_owned(),
                    e.get_summary().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        assert_eq!(
            summaries,
            vec![
                (
                    "permit-1@clusterkeep".to_owned(),
                    "Hết hạn giấy phép xả thải số 12/GP-BTNMT – XLNT-01 Trạm xử lý".to_owned()
                ),
                (
                    "upkeep-1-20270620@clusterkeep".to_owned(),
                    "Bảo trì: Kiểm tra PCCC (đã xong)".to_owned()
                ),
            ]
        );
    }
}
