//! Vietnamese banks by the NAPAS BIN that VietQR codes carry: how a firm's accountant knows the
//! bank by name (a payee shown as "970436" means nothing to anyone), and the list an operator
//! picks its bank from. Names are the short names banks print in their apps.

/// One bank in the NAPAS 247 network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bank {
    /// The six-digit BIN VietQR puts in the beneficiary field.
    pub bin: &'static str,
    /// The short name a banking app shows.
    pub short_name: &'static str,
    /// The full Vietnamese name.
    pub name: &'static str,
}

const fn bank(bin: &'static str, short_name: &'static str, name: &'static str) -> Bank {
    Bank {
        bin,
        short_name,
        name,
    }
}

/// The banks, in the order an operator most likely looks for them.
pub const BANKS: &[Bank] = &[
    bank(
        "970436",
        "Vietcombank",
        "Ngân hàng TMCP Ngoại thương Việt Nam",
    ),
    bank(
        "970415",
        "VietinBank",
        "Ngân hàng TMCP Công thương Việt Nam",
    ),
    bank(
        "970418",
        "BIDV",
        "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
    ),
    bank(
        "970405",
        "Agribank",
        "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
    ),
    bank("970422", "MB", "Ngân hàng TMCP Quân đội"),
    bank("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
    bank("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    bank("970416", "ACB", "Ngân hàng TMCP Á Châu"),
    bank("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
    bank("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
    bank("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
    bank("970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
    bank(
        "970431",
        "Eximbank",
        "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam",
    ),
    bank("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
    bank("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
    bank(
        "970437",
        "HDBank",
        "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh",
    ),
    bank("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
    bank("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
    bank("970425", "ABBANK", "Ngân hàng TMCP An Bình"),
    bank("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
    bank("970429", "SCB", "Ngân hàng TMCP Sài Gòn"),
    bank("970427", "VietABank", "Ngân hàng TMCP Việt Á"),
    bank("970428", "Nam A Bank", "Ngân hàng TMCP Nam Á"),
    bank(
        "970430",
        "PGBank",
        "Ngân hàng TMCP Thịnh vượng và Phát triển",
    ),
    bank("970433", "VietBank", "Ngân hàng TMCP Việt Nam Thương Tín"),
    bank("970438", "BaoViet Bank", "Ngân hàng TMCP Bảo Việt"),
    bank("970452", "KienlongBank", "Ngân hàng TMCP Kiên Long"),
    bank("970400", "Saigonbank", "Ngân hàng TMCP Sài Gòn Công Thương"),
    bank("970409", "Bac A Bank", "Ngân hàng TMCP Bắc Á"),
    bank("970412", "PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
    bank("970419", "NCB", "Ngân hàng TMCP Quốc Dân"),
    bank("970408", "GPBank", "Ngân hàng TM TNHH MTV Dầu Khí Toàn Cầu"),
    bank(
        "970444",
        "CBBank",
        "Ngân hàng TM TNHH MTV Xây dựng Việt Nam",
    ),
    bank("970414", "MBV", "Ngân hàng TNHH MTV Việt Nam Hiện Đại"),
    bank("970406", "Vikki Bank", "Ngân hàng TNHH MTV Số Vikki"),
    bank("970446", "Co-opBank", "Ngân hàng Hợp tác xã Việt Nam"),
    bank(
        "970424",
        "Shinhan Bank",
        "Ngân hàng TNHH MTV Shinhan Việt Nam",
    ),
    bank("970457", "Woori Bank", "Ngân hàng TNHH MTV Woori Việt Nam"),
    bank(
        "970458",
        "UOB",
        "Ngân hàng TNHH MTV United Overseas Bank (Việt Nam)",
    ),
    bank(
        "970410",
        "Standard Chartered",
        "Ngân hàng TNHH MTV Standard Chartered (Việt Nam)",
    ),
    bank(
        "970439",
        "Public Bank",
        "Ngân hàng TNHH MTV Public Việt Nam",
    ),
    bank(
        "970442",
        "Hong Leong Bank",
        "Ngân hàng TNHH MTV Hong Leong Việt Nam",
    ),
    bank("970434", "Indovina Bank", "Ngân hàng TNHH Indovina"),
    bank("970421", "VRB", "Ngân hàng Liên doanh Việt – Nga"),
];

/// The bank with this BIN, if it is in the list.
pub fn by_bin(bin: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.bin == bin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bin_is_six_digits_of_napas_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for bank in BANKS {
            assert!(
                bank.bin.len() == 6 && bank.bin.starts_with("970"),
                "{bank:?}"
            );
            assert!(bank.bin.chars().all(|c| c.is_ascii_digit()), "{bank:?}");
            assert!(seen.insert(bank.bin), "{} twice", bank.bin);
        }
        assert_eq!(by_bin("970436").map(|b| b.short_name), Some("Vietcombank"));
        assert_eq!(by_bin("123456"), None);
    }
}
