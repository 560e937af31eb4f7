//! Small helpers for generated text: templates, lists, money, and the labels of codes.

use crate::domain::Sector;

pub const NOTE_VI: &str = "_Hồ sơ mẫu phục vụ trình diễn nền tảng; tên, số liệu và thông tin liên hệ đều là hư cấu._";
pub const NOTE_EN: &str = "_Sample profile for demonstrating the platform; names, figures and contacts are fictional._";

/// Replaces each `{key}` of `template` by its value.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (k, v) in pairs {
        let key = format!("{{{k}}}");
        if out.contains(&key) {
            out = out.replace(&key, v);
        }
    }
    out
}

/// Upper-cases the first letter ("đánh giá" → "Đánh giá").
pub fn cap(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-cases the first letter, for names used mid-sentence.
pub fn low(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a, b và c" / "a, b and c".
pub fn join(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The sectors' names mid-sentence, in both languages.
pub fn sectors(codes: &[&str]) -> (String, String) {
    let (mut vi, mut en) = (Vec::new(), Vec::new());
    for c in codes {
        if let Some(s) = Sector::by_code(c) {
            vi.push(low(s.name_vi));
            en.push(low(s.name_en));
        }
    }
    (join(&vi, "và"), join(&en, "and"))
}

/// "1,5 tỷ đồng" / "VND 1.5 billion".
pub fn vnd(amount: i64) -> (String, String) {
    if amount >= 1_000_000_000 {
        let tenths = amount / 100_000_000;
        let (whole, frac) = (tenths / 10, tenths % 10);
        if frac == 0 {
            (format!("{whole} tỷ đồng"), format!("VND {whole} billion"))
        } else {
            (format!("{whole},{frac} tỷ đồng"), format!("VND {whole}.{frac} billion"))
        }
    } else {
        let m = amount / 1_000_000;
        (format!("{m} triệu đồng"), format!("VND {m} million"))
    }
}

/// A markdown bullet list.
pub fn bullets(items: &[String]) -> String {
    items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n")
}

pub fn stage(code: &str) -> (&'static str, &'static str) {
    match code {
        "idea" => ("ý tưởng", "idea"),
        "mvp" => ("sản phẩm mẫu (MVP)", "prototype / MVP"),
        "early_revenue" => ("có doanh thu ban đầu", "early revenue"),
        _ => ("tăng trưởng", "growth"),
    }
}

pub fn need(code: &str) -> (&'static str, &'static str) {
    match code {
        "funding" => ("vốn đầu tư", "investment"),
        "mentoring" => ("cố vấn chuyên môn", "mentoring"),
        "pilot_customer" => ("khách hàng thử nghiệm", "pilot customers"),
        "technology" => ("đối tác công nghệ", "technology partners"),
        _ => ("nhân sự kỹ thuật", "technical talent"),
    }
}

pub fn hub_service(code: &str) -> (&'static str, &'static str) {
    match code {
        "workspace" => ("không gian làm việc chung", "co-working space"),
        "mentoring" => ("cố vấn 1-1 với chuyên gia", "one-to-one mentoring"),
        "training" => ("đào tạo khởi nghiệp", "startup training"),
        "funding_access" => ("kết nối nhà đầu tư", "investor introductions"),
        "legal" => ("hỗ trợ pháp lý và sở hữu trí tuệ", "legal and IP support"),
        "lab" => ("phòng thí nghiệm và xưởng chế tạo mẫu", "lab and prototyping workshop"),
        "market_access" => ("kết nối thị trường và khách hàng thử nghiệm", "market access and pilot customers"),
        _ => ("sự kiện kết nối cộng đồng", "community networking events"),
    }
}

pub fn broker_service(code: &str) -> (&'static str, &'static str) {
    match code {
        "brokerage" => ("môi giới chuyển giao công nghệ", "technology brokerage"),
        "valuation" => ("định giá công nghệ và tài sản trí tuệ", "technology and IP valuation"),
        "ip" => ("đăng ký và bảo hộ sở hữu trí tuệ", "IP registration and protection"),
        "legal" => ("tư vấn pháp lý hợp đồng", "contract and legal advice"),
        "testing" => ("thử nghiệm, kiểm định chất lượng", "testing and quality inspection"),
        _ => ("tư vấn đổi mới công nghệ", "technology innovation consulting"),
    }
}

/// Customers of a sector's technologies: (vi, en).
pub fn customers(sector: &str) -> &'static [(&'static str, &'static str)] {
    const COOPS: (&str, &str) = ("hợp tác xã và nông hộ", "cooperatives and farmers");
    const SMES: (&str, &str) = ("doanh nghiệp nhỏ và vừa", "small and medium businesses");
    const TOURISM: (&str, &str) = ("khu du lịch và cơ sở lưu trú", "tourist sites and hotels");
    const FACTORIES: (&str, &str) = ("nhà máy và khu công nghiệp", "factories and industrial parks");
    const SCHOOLS: (&str, &str) = ("trường học và trung tâm đào tạo", "schools and training centres");
    const PUBLIC: (&str, &str) = ("cơ quan nhà nước và chính quyền cấp xã", "public agencies and communes");
    const CRAFTS: (&str, &str) = ("làng nghề và hợp tác xã thủ công", "craft villages and cooperatives");
    const FOOD: (&str, &str) = ("doanh nghiệp chế biến nông sản, thực phẩm", "food and produce processors");
    match sector {
        "smart-tourism" => &[TOURISM, PUBLIC, SMES],
        "cultural-industry" => &[CRAFTS, TOURISM, SCHOOLS],
        "high-tech-industry" | "electronics-semiconductors" | "manufacturing" => &[FACTORIES, SMES],
        "high-tech-agriculture" => &[COOPS, FOOD],
        "biotech-health" => &[FOOD, COOPS, PUBLIC],
        "green-circular-economy" | "environment" => &[FACTORIES, PUBLIC, CRAFTS],
        "energy" => &[FACTORIES, TOURISM, SMES],
        "construction-materials" => &[FACTORIES, PUBLIC],
        "education" => &[SCHOOLS, FACTORIES],
        "logistics" => &[SMES, COOPS, FOOD],
        _ => &[SMES, COOPS, PUBLIC],
    }
}

/// Laboratories and equipment of knowledge institutions: (vi, en).
pub const LABS: &[(&str, &str)] = &[
    ("Phòng thí nghiệm phân tích hóa lý", "Physico-chemical analysis laboratory"),
    ("Xưởng chế tạo mẫu và in 3D", "Prototyping and 3D-printing workshop"),
    ("Phòng thí nghiệm IoT và hệ thống nhúng", "IoT and embedded-systems lab"),
    ("Phòng nuôi cấy mô tế bào thực vật", "Plant tissue-culture lab"),
    ("Cụm máy tính hiệu năng cao cho AI", "High-performance computing cluster for AI"),
    ("Phòng thí nghiệm vi sinh", "Microbiology laboratory"),
    ("Phòng đo lường và hiệu chuẩn", "Metrology and calibration lab"),
    ("Phòng thiết kế vi mạch (EDA)", "Chip-design (EDA) lab"),
    ("Trạm thực nghiệm nông nghiệp 5 ha", "Five-hectare agricultural field station"),
    ("Phòng thử nghiệm vật liệu xây dựng", "Building-materials testing lab"),
    ("Studio số hóa 3D di sản", "3D heritage digitisation studio"),
    ("Phòng thí nghiệm năng lượng tái tạo", "Renewable-energy laboratory"),
];

/// Benefits a technology brings, with a percentage slot `{n}`: (vi, en).
pub const BENEFITS: &[(&str, &str)] = &[
    ("giảm {n}% chi phí vận hành", "cuts operating costs by {n}%"),
    ("tăng {n}% năng suất", "raises productivity by {n}%"),
    ("rút ngắn {n}% thời gian xử lý", "shortens processing time by {n}%"),
    ("giảm {n}% phát thải", "reduces emissions by {n}%"),
    ("giảm {n}% tỷ lệ sản phẩm lỗi", "lowers the defect rate by {n}%"),
    ("tiết kiệm {n}% năng lượng", "saves {n}% of energy"),
];
