//! The fixed, bilingual sector taxonomy, led by the plan's priorities.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    pub code: &'static str,
    pub name_vi: &'static str,
    pub name_en: &'static str,
    /// One of the plan's priority sectors (Kế hoạch 2026–2030, mục I.1).
    pub priority: bool,
}

const fn s(code: &'static str, name_vi: &'static str, name_en: &'static str, priority: bool) -> Sector {
    Sector { code, name_vi, name_en, priority }
}

pub const SECTORS: &[Sector] = &[
    s("smart-tourism", "Du lịch thông minh", "Smart tourism", true),
    s("cultural-industry", "Công nghiệp văn hóa", "Cultural industry", true),
    s("high-tech-industry", "Công nghiệp công nghệ cao", "High-tech industry", true),
    s("electronics-semiconductors", "Điện tử - bán dẫn", "Electronics & semiconductors", true),
    s("high-tech-agriculture", "Nông nghiệp công nghệ cao", "High-tech agriculture", true),
    s("green-circular-economy", "Kinh tế xanh và tuần hoàn", "Green & circular economy", true),
    s("digital-ai-iot", "Công nghệ số, AI, IoT", "Digital, AI & IoT", false),
    s("biotech-health", "Công nghệ sinh học và y tế", "Biotech & health", false),
    s("education", "Giáo dục", "Education", false),
    s("logistics", "Logistics", "Logistics", false),
    s("manufacturing", "Sản xuất, chế tạo", "Manufacturing", false),
    s("construction-materials", "Xây dựng và vật liệu", "Construction & materials", false),
    s("energy", "Năng lượng", "Energy", false),
    s("environment", "Môi trường", "Environment", false),
    s("finance", "Tài chính", "Finance", false),
];

impl Sector {
    pub fn by_code(code: &str) -> Option<&'static Sector> {
        SECTORS.iter().find(|s| s.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_url_safe() {
        for (i, a) in SECTORS.iter().enumerate() {
            assert!(a.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", a.code);
            assert!(SECTORS[i + 1..].iter().all(|b| b.code != a.code));
        }
        assert_eq!(SECTORS.iter().filter(|s| s.priority).count(), 6);
        assert!(Sector::by_code("high-tech-agriculture").is_some());
    }
}
