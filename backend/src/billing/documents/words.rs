//! An amount of đồng in Vietnamese words, as invoices print it ("Một triệu hai trăm nghìn đồng").

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

/// Words for 0..=999. `full` says the hundreds even when zero ("không trăm linh năm"), as a
/// group does when a larger group precedes it.
fn group(n: u64, full: bool, out: &mut Vec<&'static str>) {
    let (hundreds, tens, units) = (
        (n / 100) as usize,
        (n / 10 % 10) as usize,
        (n % 10) as usize,
    );
    if full || hundreds > 0 {
        out.extend([DIGITS[hundreds], "trăm"]);
    }
    match tens {
        0 => {
            if units > 0 {
                if full || hundreds > 0 {
                    out.push("linh");
                }
                out.push(DIGITS[units]);
            }
        }
        1 => {
            out.push("mười");
            match units {
                0 => {}
                5 => out.push("lăm"),
                u => out.push(DIGITS[u]),
            }
        }
        t => {
            out.extend([DIGITS[t], "mươi"]);
            match units {
                0 => {}
                1 => out.push("mốt"),
                5 => out.push("lăm"),
                u => out.push(DIGITS[u]),
            }
        }
    }
}

/// Words for `n`; `leading` is false when a larger part (tỷ) was already said.
fn number(n: u64, leading: bool, out: &mut Vec<&'static str>) {
    let billions = n / 1_000_000_000;
    let mut leading = leading;
    if billions > 0 {
        number(billions, leading, out);
        out.push("tỷ");
        leading = false;
    }
    let rest = n % 1_000_000_000;
    for (value, name) in [
        (rest / 1_000_000, "triệu"),
        (rest / 1_000 % 1_000, "nghìn"),
        (rest % 1_000, ""),
    ] {
        if value == 0 {
            continue;
        }
        group(value, !leading, out);
        if !name.is_empty() {
            out.push(name);
        }
        leading = false;
    }
}

/// `1_200_000` → "Một triệu hai trăm nghìn đồng"; negative amounts start with "Âm".
pub fn amount_in_words(amount: i64) -> String {
    let mut words: Vec<&'static str> = Vec::new();
    if amount < 0 {
        words.push("âm");
    }
    let magnitude = amount.unsigned_abs();
    if magnitude == 0 {
        words.push("không");
    } else {
        number(magnitude, true, &mut words);
    }
    words.push("đồng");
    let sentence = words.join(" ");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => sentence,
    }
}

/// An invoice's total in words with its sign as an adjustment states it: a decrease reads
/// "Giảm một triệu … đồng" (Circular 78 guidance: a decrease is written with its sign), an
/// increase or an invoice reads the amount.
pub fn total_in_words(total: i64) -> String {
    let words = amount_in_words(total.unsigned_abs().min(i64::MAX as u64) as i64);
    if total < 0 {
        let mut chars = words.chars();
        let rest: String = match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        };
        format!("Giảm {rest}")
    } else {
        words
    }
}

#[cfg(test)]
mod tests {
    use super::{amount_in_words, total_in_words};

    #[test]
    fn a_decrease_reads_giam_and_keeps_the_words_after_it() {
        assert_eq!(
            total_in_words(-1_000_001),
            "Giảm một triệu không trăm linh một đồng"
        );
        assert_eq!(
            total_in_words(1_000_001),
            "Một triệu không trăm linh một đồng"
        );
        assert_eq!(total_in_words(-21), "Giảm hai mươi mốt đồng");
        assert!(total_in_words(i64::MIN).starts_with("Giảm "));
    }

    #[test]
    fn reads_amounts_the_way_invoices_print_them() {
        for (amount, words) in [
            (0, "Không đồng"),
            (5, "Năm đồng"),
            (15, "Mười lăm đồng"),
            (21, "Hai mươi mốt đồng"),
            (105, "Một trăm linh năm đồng"),
            (1_015, "Một nghìn không trăm mười lăm đồng"),
            (1_200_000, "Một triệu hai trăm nghìn đồng"),
            (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
            (1_000_005, "Một triệu không trăm linh năm đồng"),
            (
                12_345_678,
                "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng",
            ),
            (2_000_000_000, "Hai tỷ đồng"),
            (1_000_000_001, "Một tỷ không trăm linh một đồng"),
            (1_500_000_000_000, "Một nghìn năm trăm tỷ đồng"),
            (-250_000, "Âm hai trăm năm mươi nghìn đồng"),
        ] {
            assert_eq!(amount_in_words(amount), words, "{amount}");
        }
    }
}
