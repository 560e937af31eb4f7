//! Word lists for invented, clearly fictional names: people, brands and organisation name
//! patterns. `{b}` is a brand, `{f}` a field, `{p}` a place-like name, `{i}` an industry.

use crate::domain::OrgKind;

pub const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Mai", "Trịnh", "Phan",
    "Lương", "Tạ", "Cao", "Đoàn", "Lại",
];
pub const MIDDLE_M: &[&str] = &["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Tuấn", "Xuân", "Hải"];
pub const MIDDLE_F: &[&str] = &["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Mai", "Kim", "Bích"];
pub const GIVEN_M: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tài",
    "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Duy",
];
pub const GIVEN_F: &[&str] = &[
    "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh", "Phương",
    "Quyên", "Thảo", "Trang", "Uyên", "Vy", "Yến",
];

/// One-syllable roots and suffixes of startup brands ("CóiTech", "MầmBio" …).
pub const STARTUP_ROOTS: &[&str] = &[
    "Sen", "Lúa", "Cói", "Mây", "Gốm", "Đá", "Vân", "Trúc", "Ngàn", "Sóng", "Mầm", "Nắng", "Hạt", "Tre", "Lam", "Khê",
    "Mộc", "Suối", "Đồi", "Cánh",
];
pub const STARTUP_SUFFIXES: &[&str] = &[
    "Tech", "Lab", "AI", "Soft", "Agri", "Hub", "Data", "Go", "Link", "Bio", "Green", "Sense", "Robotics", "Cloud",
    "Works", "Mind",
];

/// Two-syllable brands of companies, funds and firms ("Cát Điền", "Mộc Khê" …).
pub const BRAND_FIRST: &[&str] = &[
    "An", "Bảo", "Cát", "Diệp", "Gia", "Hải", "Hoàng", "Khải", "Lam", "Mộc", "Ngân", "Phong", "Quang", "Sơn", "Thái",
    "Trúc", "Uyên", "Vạn", "Xuân", "Yên",
];
pub const BRAND_SECOND: &[&str] = &[
    "Thạch", "Lâm", "Hà", "Long", "Điền", "Nguyên", "Phương", "Vân", "Khê", "Đăng", "Tâm", "Lộc", "Minh", "Thịnh",
    "Việt",
];

/// Brands of incubators and innovation spaces.
pub const HUB_BRANDS: &[&str] = &[
    "Mầm Xanh",
    "Cánh Diều",
    "Sen Vàng",
    "Hạt Giống",
    "Đá Xanh",
    "Lúa Vàng",
    "Sông Vân",
    "Bình Minh Số",
    "Ngọn Hải Đăng",
    "Tổ Ong",
    "Bệ Phóng",
    "Chân Trời",
];

/// Place-like names for institutions (landscapes and rivers, not administrative units).
pub const PLACES: &[&str] = &[
    "Tràng An",
    "Vân Long",
    "Non Nước",
    "Sông Đáy",
    "Hoàng Long",
    "Châu Giang",
    "Cúc Phương",
    "Tam Cốc",
    "Bích Động",
    "Kênh Gà",
    "Địch Lộng",
    "Mây Ngàn",
];

/// Patterns of incubator / innovation space names: (vi, en, kind).
pub const HUB_FORMS: &[(&str, &str, OrgKind)] = &[
    ("Vườn ươm Doanh nghiệp {b}", "{b} Business Incubator", OrgKind::Incubator),
    ("Vườn ươm Công nghệ {b}", "{b} Technology Incubator", OrgKind::Incubator),
    ("Trung tâm Hỗ trợ Khởi nghiệp Sáng tạo {b}", "{b} Startup Support Centre", OrgKind::Incubator),
    ("Không gian Đổi mới Sáng tạo {b}", "{b} Innovation Space", OrgKind::InnovationSpace),
    ("Không gian Sáng chế {b}", "{b} Makerspace", OrgKind::InnovationSpace),
    ("Trung tâm Đổi mới Sáng tạo {b}", "{b} Innovation Hub", OrgKind::InnovationSpace),
];

/// Research fields of institutes and universities: (vi, en, sectors).
pub const FIELDS: &[(&str, &str, &[&str])] = &[
    (
        "Kỹ thuật Công nghiệp",
        "Industrial Engineering",
        &["high-tech-industry", "manufacturing", "electronics-semiconductors"],
    ),
    ("Nông nghiệp Công nghệ cao", "High-tech Agriculture", &["high-tech-agriculture", "biotech-health"]),
    ("Công nghệ Sinh học", "Biotechnology", &["biotech-health", "high-tech-agriculture"]),
    ("Văn hóa và Du lịch", "Culture and Tourism", &["smart-tourism", "cultural-industry"]),
    ("Vi mạch và Điện tử", "Microelectronics", &["electronics-semiconductors", "digital-ai-iot"]),
    ("Tài nguyên và Môi trường", "Natural Resources and Environment", &["environment", "green-circular-economy"]),
    ("Công nghệ Số", "Digital Technology", &["digital-ai-iot", "education", "smart-tourism"]),
    ("Vật liệu Xây dựng", "Building Materials", &["construction-materials", "green-circular-economy"]),
    ("Y Dược", "Medicine and Pharmacy", &["biotech-health"]),
    ("Năng lượng Tái tạo", "Renewable Energy", &["energy", "green-circular-economy"]),
    ("Kinh tế và Quản trị", "Economics and Management", &["finance", "logistics"]),
    ("Sư phạm Kỹ thuật", "Technical Education", &["education", "manufacturing"]),
];

/// Patterns of knowledge-institution names: (vi, en, kind).
pub const KNOWLEDGE_FORMS: &[(&str, &str, OrgKind)] = &[
    ("Trường Đại học {f} {p}", "{p} University of {f}", OrgKind::University),
    ("Trường Cao đẳng {f} {p}", "{p} College of {f}", OrgKind::University),
    ("Viện Nghiên cứu {f} {p}", "{p} Research Institute of {f}", OrgKind::Institute),
    ("Phân viện {f} {p}", "{p} Sub-Institute of {f}", OrgKind::Institute),
    ("Trung tâm Nghiên cứu và Phát triển {f} {p}", "{p} R&D Centre for {f}", OrgKind::RndCenter),
];

/// Enterprise industries: (vi, en, sectors, innovation needs vi, en, can be a cooperative).
pub struct Industry {
    pub vi: &'static str,
    pub en: &'static str,
    pub sectors: &'static [&'static str],
    pub needs_vi: &'static str,
    pub needs_en: &'static str,
    pub coop: bool,
}

const fn ind(
    vi: &'static str,
    en: &'static str,
    sectors: &'static [&'static str],
    needs_vi: &'static str,
    needs_en: &'static str,
    coop: bool,
) -> Industry {
    Industry { vi, en, sectors, needs_vi, needs_en, coop }
}

pub const INDUSTRIES: &[Industry] = &[
    ind(
        "Chế biến Nông sản",
        "Agricultural Processing",
        &["high-tech-agriculture", "manufacturing"],
        "Tự động hóa khâu sơ chế, kéo dài thời gian bảo quản, truy xuất nguồn gốc",
        "Automated pre-processing, longer shelf life, traceability",
        true,
    ),
    ind(
        "Du lịch Sinh thái",
        "Eco-tourism",
        &["smart-tourism", "green-circular-economy"],
        "Đặt chỗ trực tuyến, thuyết minh số đa ngôn ngữ, quản lý lượng khách",
        "Online booking, multilingual digital guides, visitor-flow management",
        true,
    ),
    ind(
        "Thủ công Mỹ nghệ Cói",
        "Sedge Handicrafts",
        &["cultural-industry", "manufacturing"],
        "Máy dệt bán tự động, thiết kế mẫu mới, bán hàng xuất khẩu trực tuyến",
        "Semi-automatic looms, new designs, online export sales",
        true,
    ),
    ind(
        "Gốm sứ",
        "Ceramics",
        &["cultural-industry", "construction-materials"],
        "Lò nung tiết kiệm năng lượng, men không chì, in trang trí kỹ thuật số",
        "Energy-saving kilns, lead-free glazes, digital decoration",
        false,
    ),
    ind(
        "Cơ khí Chính xác",
        "Precision Engineering",
        &["high-tech-industry", "manufacturing"],
        "Robot hàn, kiểm tra chất lượng bằng thị giác máy, bảo trì dự đoán",
        "Welding robots, machine-vision inspection, predictive maintenance",
        false,
    ),
    ind(
        "Linh kiện Điện tử",
        "Electronic Components",
        &["electronics-semiconductors", "high-tech-industry"],
        "Kiểm thử tự động, nhân lực thiết kế vi mạch, truy vết lỗi sản xuất",
        "Automated testing, chip-design talent, defect tracing",
        false,
    ),
    ind(
        "Dệt may",
        "Textiles and Garments",
        &["manufacturing", "green-circular-economy"],
        "Tiết kiệm nước nhuộm, quản lý sản xuất số, tái chế vải vụn",
        "Water-saving dyeing, digital production management, fabric recycling",
        false,
    ),
    ind(
        "Vật liệu Xây dựng",
        "Building Materials",
        &["construction-materials", "green-circular-economy"],
        "Tái chế xỉ và tro bay, giảm phát thải lò nung, vật liệu nhẹ",
        "Recycling slag and fly ash, lower kiln emissions, lightweight materials",
        false,
    ),
    ind(
        "Vận tải và Logistics",
        "Transport and Logistics",
        &["logistics", "digital-ai-iot"],
        "Tối ưu tuyến giao hàng, quản lý kho thông minh, kho lạnh",
        "Route optimisation, smart warehousing, cold storage",
        false,
    ),
    ind(
        "Thực phẩm và Đồ uống",
        "Food and Beverage",
        &["biotech-health", "manufacturing"],
        "Công nghệ lên men, kiểm soát an toàn thực phẩm, bao bì thân thiện môi trường",
        "Fermentation, food-safety control, eco-friendly packaging",
        true,
    ),
    ind(
        "Dược liệu",
        "Medicinal Herbs",
        &["biotech-health", "high-tech-agriculture"],
        "Chiết xuất hoạt chất, đạt tiêu chuẩn GACP, nhân giống bằng nuôi cấy mô",
        "Compound extraction, GACP compliance, tissue-culture propagation",
        true,
    ),
    ind(
        "Nuôi trồng Thủy sản",
        "Aquaculture",
        &["high-tech-agriculture", "environment"],
        "Giám sát môi trường ao nuôi, chẩn đoán bệnh nhanh, xử lý bùn thải",
        "Pond monitoring, rapid disease diagnosis, sludge treatment",
        true,
    ),
    ind(
        "Năng lượng Mặt trời",
        "Solar Energy",
        &["energy", "green-circular-economy"],
        "Lưu trữ năng lượng, giám sát hiệu suất tấm pin, tích hợp lưới điện",
        "Energy storage, panel performance monitoring, grid integration",
        false,
    ),
    ind(
        "Phần mềm",
        "Software",
        &["digital-ai-iot", "finance"],
        "Trí tuệ nhân tạo, dữ liệu lớn, an toàn thông tin",
        "Artificial intelligence, big data, information security",
        false,
    ),
    ind(
        "Môi trường và Xử lý Chất thải",
        "Environmental Services",
        &["environment", "green-circular-economy"],
        "Xử lý nước thải làng nghề, phân loại rác tự động, quan trắc trực tuyến",
        "Craft-village wastewater, automatic waste sorting, online monitoring",
        false,
    ),
];

/// Legal forms of enterprises: (vi prefix, en suffix).
pub const COMPANY_FORMS: &[(&str, &str)] = &[("Công ty TNHH", "Co., Ltd."), ("Công ty Cổ phần", "JSC")];

/// Investor name patterns: (vi, en, type code).
pub const INVESTOR_FORMS: &[(&str, &str, &str)] = &[
    ("Công ty Quản lý Quỹ {b} Capital", "{b} Capital", "vc"),
    ("Quỹ Đầu tư {b} Ventures", "{b} Ventures", "vc"),
    ("Mạng lưới Nhà đầu tư Thiên thần {b}", "{b} Angel Network", "angel"),
    ("Câu lạc bộ Nhà đầu tư {b}", "{b} Investor Club", "angel"),
    ("Quỹ Đổi mới Sáng tạo Tập đoàn {b}", "{b} Group Innovation Fund", "corporate"),
    ("Công ty Đầu tư {b} Holdings", "{b} Holdings Investment Company", "corporate"),
];

/// Intermediary name patterns: (vi, en, services).
pub const INTERMEDIARY_FORMS: &[(&str, &str, &[&str])] = &[
    (
        "Công ty TNHH Tư vấn Chuyển giao Công nghệ {b}",
        "{b} Technology Transfer Consulting Co., Ltd.",
        &["brokerage", "consulting"],
    ),
    ("Văn phòng Luật Sở hữu Trí tuệ {b}", "{b} IP Law Office", &["ip", "legal"]),
    ("Công ty Cổ phần Thẩm định giá {b}", "{b} Valuation JSC", &["valuation", "consulting"]),
    ("Trung tâm Thử nghiệm và Kiểm định {b}", "{b} Testing and Inspection Centre", &["testing"]),
    ("Sàn Giao dịch Công nghệ {b}", "{b} Technology Exchange", &["brokerage", "valuation"]),
    ("Công ty TNHH Đại diện Sở hữu Công nghiệp {b}", "{b} Industrial Property Agency Co., Ltd.", &["ip", "brokerage"]),
];

/// The provincial agencies of the demo (the first is the Department of S&T): (vi, en, sectors).
pub const AGENCIES: &[(&str, &str, &[&str])] = &[
    (
        "Sở Khoa học và Công nghệ tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Department of Science and Technology (sample)",
        &["high-tech-industry", "high-tech-agriculture", "digital-ai-iot", "green-circular-economy"],
    ),
    (
        "Sở Công Thương tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Department of Industry and Trade (sample)",
        &["high-tech-industry", "manufacturing", "logistics"],
    ),
    (
        "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Department of Agriculture and Environment (sample)",
        &["high-tech-agriculture", "environment"],
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Department of Culture, Sports and Tourism (sample)",
        &["smart-tourism", "cultural-industry"],
    ),
    (
        "Ban Quản lý các Khu công nghiệp tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Industrial Zones Authority (sample)",
        &["high-tech-industry", "electronics-semiconductors"],
    ),
    (
        "Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Centre for Applied Science and Technology (sample)",
        &["high-tech-agriculture", "biotech-health", "energy"],
    ),
];

/// The two public funds; the first is the provincial venture fund of the plan.
pub const PUBLIC_FUNDS: &[(&str, &str)] = &[
    ("Quỹ Đầu tư mạo hiểm tỉnh Ninh Bình (mẫu)", "Ninh Bình Provincial Venture Fund (sample)"),
    (
        "Quỹ Phát triển Khoa học và Công nghệ tỉnh Ninh Bình (mẫu)",
        "Ninh Bình Science and Technology Development Fund (sample)",
    ),
];

pub const STREETS: &[&str] = &[
    "Tràng An",
    "Lê Đại Hành",
    "Đinh Tiên Hoàng",
    "Trần Hưng Đạo",
    "Lý Thái Tổ",
    "Nguyễn Huệ",
    "Lê Hồng Phong",
    "Hoàng Hoa Thám",
    "Phạm Văn Đồng",
    "Xuân Thành",
    "Vân Giang",
    "Hải Thượng Lãn Ông",
];

/// Draws distinct items from a pool in random order; once the pool is used up it starts
/// again and reports the round, so large scales number their names ("CóiTech 2").
pub struct Pool<T> {
    items: Vec<T>,
    next: usize,
    round: usize,
}

impl<T: Clone> Pool<T> {
    pub fn new(mut items: Vec<T>, cx: &mut super::cx::Cx<'_>) -> Self {
        cx.shuffle(&mut items);
        Pool { items, next: 0, round: 1 }
    }

    /// The next item and its round (1 for the first pass through the pool).
    pub fn take(&mut self) -> (T, usize) {
        if self.next == self.items.len() {
            self.next = 0;
            self.round += 1;
        }
        let item = self.items[self.next].clone();
        self.next += 1;
        (item, self.round)
    }
}

/// Every (a, b) pair of two lists' indices.
pub fn pairs(a: usize, b: usize) -> Vec<(usize, usize)> {
    (0..a).flat_map(|i| (0..b).map(move |j| (i, j))).collect()
}

/// `name` in the first round, `name N` after.
pub fn numbered(name: String, round: usize) -> String {
    if round == 1 { name } else { format!("{name} {round}") }
}

/// A fictional person's name; `female` picks the middle and given names.
pub fn person(cx: &mut super::cx::Cx<'_>) -> String {
    let female = cx.chance(0.5);
    let s = cx.pick(SURNAMES);
    let (m, g) = if female { (cx.pick(MIDDLE_F), cx.pick(GIVEN_F)) } else { (cx.pick(MIDDLE_M), cx.pick(GIVEN_M)) };
    format!("{s} {m} {g}")
}
