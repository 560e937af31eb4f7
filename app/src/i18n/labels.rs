//! Names of the domain's codes in both languages.

use super::Lang;
use crate::domain::dto::Catalogue;
use crate::domain::*;

pub trait Label {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:path => ($vi:literal, $en:literal)),+ $(,)? }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                let (vi, en) = match self { $($variant => ($vi, $en)),+ };
                if lang == Lang::Vi { vi } else { en }
            }
        }
    };
}

labels!(OrgKind {
    OrgKind::Incubator => ("Vườn ươm", "Incubator"),
    OrgKind::InnovationSpace => ("Không gian ĐMST", "Innovation space"),
    OrgKind::Startup => ("Khởi nghiệp", "Startup"),
    OrgKind::Investor => ("Nhà đầu tư", "Investor"),
    OrgKind::Institute => ("Viện nghiên cứu", "Institute"),
    OrgKind::University => ("Trường đại học", "University"),
    OrgKind::Enterprise => ("Doanh nghiệp", "Enterprise"),
    OrgKind::Agency => ("Cơ quan nhà nước", "Agency"),
    OrgKind::Intermediary => ("Tổ chức trung gian", "Intermediary"),
    OrgKind::RndCenter => ("Trung tâm R&D", "R&D centre"),
});

labels!(Directory {
    Directory::Incubators => ("Vườn ươm và không gian đổi mới sáng tạo", "Incubators and innovation spaces"),
    Directory::Startups => ("Khởi nghiệp sáng tạo", "Startups"),
    Directory::Investors => ("Nhà đầu tư", "Investors"),
    Directory::Institutes => ("Viện nghiên cứu và trường đại học", "Institutes and universities"),
    Directory::Enterprises => ("Doanh nghiệp", "Enterprises"),
    Directory::Agencies => ("Cơ quan và tổ chức trung gian", "Agencies and intermediaries"),
});

labels!(Catalogue {
    Catalogue::Offers => ("Chào bán công nghệ", "Technology offers"),
    Catalogue::Challenges => ("Nhu cầu công nghệ và đặt hàng", "Challenges and task orders"),
    Catalogue::Research => ("Kết quả nghiên cứu", "Research outputs"),
    Catalogue::Programmes => ("Chương trình và đợt tuyển chọn", "Programmes and calls"),
    Catalogue::Events => ("Sự kiện", "Events"),
});

labels!(crate::domain::search::DocGroup {
    crate::domain::search::DocGroup::Org => ("Tổ chức", "Organisation"),
    crate::domain::search::DocGroup::Offer => ("Công nghệ chào bán", "Technology offer"),
    crate::domain::search::DocGroup::Challenge => ("Bài toán, đặt hàng", "Challenge / task order"),
    crate::domain::search::DocGroup::Research => ("Kết quả nghiên cứu", "Research output"),
    crate::domain::search::DocGroup::Programme => ("Chương trình", "Programme"),
    crate::domain::search::DocGroup::Event => ("Sự kiện", "Event"),
});

labels!(Stage {
    Stage::Idea => ("Ý tưởng", "Idea"),
    Stage::Mvp => ("Sản phẩm mẫu (MVP)", "Prototype / MVP"),
    Stage::EarlyRevenue => ("Có doanh thu ban đầu", "Early revenue"),
    Stage::Growth => ("Tăng trưởng", "Growth"),
});

labels!(Need {
    Need::Funding => ("Vốn đầu tư", "Funding"),
    Need::Mentoring => ("Cố vấn", "Mentoring"),
    Need::PilotCustomer => ("Khách hàng thử nghiệm", "Pilot customer"),
    Need::Technology => ("Công nghệ", "Technology"),
    Need::Talent => ("Nhân lực", "Talent"),
});

labels!(InvestorType {
    InvestorType::Vc => ("Quỹ đầu tư mạo hiểm", "Venture capital"),
    InvestorType::Angel => ("Nhà đầu tư thiên thần", "Angel investor"),
    InvestorType::Corporate => ("Doanh nghiệp đầu tư", "Corporate investor"),
    InvestorType::PublicFund => ("Quỹ công, quỹ của tỉnh", "Public / provincial fund"),
});

labels!(EnterpriseSize {
    EnterpriseSize::Micro => ("Siêu nhỏ", "Micro"),
    EnterpriseSize::Small => ("Nhỏ", "Small"),
    EnterpriseSize::Medium => ("Vừa", "Medium"),
    EnterpriseSize::Large => ("Lớn", "Large"),
});

labels!(IncubatorService {
    IncubatorService::Workspace => ("Không gian làm việc", "Workspace"),
    IncubatorService::Mentoring => ("Cố vấn", "Mentoring"),
    IncubatorService::Training => ("Đào tạo", "Training"),
    IncubatorService::FundingAccess => ("Kết nối vốn", "Access to funding"),
    IncubatorService::Legal => ("Pháp lý", "Legal"),
    IncubatorService::Lab => ("Phòng thí nghiệm", "Lab access"),
    IncubatorService::MarketAccess => ("Kết nối thị trường", "Market access"),
    IncubatorService::Networking => ("Kết nối mạng lưới", "Networking"),
});

labels!(IntermediaryService {
    IntermediaryService::Brokerage => ("Môi giới công nghệ", "Technology brokerage"),
    IntermediaryService::Valuation => ("Định giá", "Valuation"),
    IntermediaryService::Ip => ("Sở hữu trí tuệ", "Intellectual property"),
    IntermediaryService::Legal => ("Pháp lý", "Legal"),
    IntermediaryService::Testing => ("Thử nghiệm, kiểm định", "Testing"),
    IntermediaryService::Consulting => ("Tư vấn", "Consulting"),
});

labels!(InvestmentRound {
    InvestmentRound::PreSeed => ("Tiền hạt giống", "Pre-seed"),
    InvestmentRound::Seed => ("Hạt giống", "Seed"),
    InvestmentRound::SeriesA => ("Vòng A", "Series A"),
    InvestmentRound::SeriesB => ("Vòng B", "Series B"),
    InvestmentRound::Grant => ("Tài trợ", "Grant"),
});

labels!(IpStatus {
    IpStatus::GrantedPatent => ("Bằng độc quyền sáng chế", "Granted patent"),
    IpStatus::PendingPatent => ("Đang nộp đơn sáng chế", "Patent pending"),
    IpStatus::UtilitySolution => ("Giải pháp hữu ích", "Utility solution"),
    IpStatus::KnowHow => ("Bí quyết kỹ thuật", "Know-how"),
    IpStatus::Copyright => ("Quyền tác giả", "Copyright"),
    IpStatus::None => ("Chưa bảo hộ", "Not protected"),
});

labels!(CoopType {
    CoopType::Licence => ("Li-xăng", "Licence"),
    CoopType::Assignment => ("Chuyển nhượng", "Assignment"),
    CoopType::JointRnd => ("Hợp tác nghiên cứu", "Joint R&D"),
    CoopType::TechnicalService => ("Dịch vụ kỹ thuật", "Technical service"),
    CoopType::Pilot => ("Thử nghiệm, thí điểm", "Pilot / testbed"),
    CoopType::SpinOff => ("Góp vốn, spin-off", "Spin-off / investment"),
});

labels!(ChallengeStatus {
    ChallengeStatus::Draft => ("Bản nháp", "Draft"),
    ChallengeStatus::Open => ("Đang mở", "Open"),
    ChallengeStatus::InDiscussion => ("Đang trao đổi", "In discussion"),
    ChallengeStatus::Matched => ("Đã có đối tác", "Matched"),
    ChallengeStatus::Closed => ("Đã đóng", "Closed"),
});

labels!(OfferStatus {
    OfferStatus::Draft => ("Bản nháp", "Draft"),
    OfferStatus::InReview => ("Đang duyệt", "In review"),
    OfferStatus::Published => ("Đang chào bán", "Published"),
    OfferStatus::Paused => ("Tạm dừng", "Paused"),
    OfferStatus::Transferred => ("Đã chuyển giao", "Transferred"),
    OfferStatus::Archived => ("Lưu trữ", "Archived"),
});

labels!(ResearchType {
    ResearchType::Paper => ("Bài báo khoa học", "Paper"),
    ResearchType::Patent => ("Sáng chế", "Patent"),
    ResearchType::UtilitySolution => ("Giải pháp hữu ích", "Utility solution"),
    ResearchType::Thesis => ("Luận án, luận văn", "Thesis"),
    ResearchType::Dataset => ("Bộ dữ liệu", "Dataset"),
});

labels!(ProgrammeType {
    ProgrammeType::Incubation => ("Ươm tạo", "Incubation"),
    ProgrammeType::Acceleration => ("Tăng tốc", "Acceleration"),
    ProgrammeType::Competition => ("Cuộc thi", "Competition"),
    ProgrammeType::TaskCall => ("Tuyển chọn nhiệm vụ KH&CN", "S&T task call"),
    ProgrammeType::Training => ("Đào tạo", "Training"),
});

labels!(EventType {
    EventType::Techmart => ("Chợ công nghệ (Techmart)", "Techmart"),
    EventType::DemoDay => ("Ngày hội gọi vốn", "Demo day"),
    EventType::Forum => ("Diễn đàn", "Forum"),
    EventType::Workshop => ("Hội thảo", "Workshop"),
    EventType::Training => ("Tập huấn", "Training"),
});

labels!(FacetKey {
    FacetKey::Kind => ("Loại", "Kind"),
    FacetKey::Sector => ("Lĩnh vực", "Sector"),
    FacetKey::Location => ("Địa bàn", "Location"),
    FacetKey::Stage => ("Giai đoạn", "Stage"),
    FacetKey::Need => ("Đang tìm", "Looking for"),
    FacetKey::Size => ("Quy mô", "Size"),
    FacetKey::Service => ("Dịch vụ", "Services"),
    FacetKey::Verified => ("Xác minh", "Verification"),
    FacetKey::Trl => ("Mức TRL", "TRL"),
    FacetKey::Ip => ("Sở hữu trí tuệ", "IP status"),
    FacetKey::Coop => ("Hình thức hợp tác", "Cooperation"),
    FacetKey::Type => ("Phân loại", "Type"),
    FacetKey::Status => ("Trạng thái", "Status"),
    FacetKey::Year => ("Năm", "Year"),
    FacetKey::When => ("Thời gian", "When"),
});

impl Label for Party {
    fn label(self, lang: Lang) -> &'static str {
        let t = lang.t();
        match self {
            Party::State => t.party_state,
            Party::Knowledge => t.party_knowledge,
            Party::Business => t.party_business,
            Party::Connector => t.party_connector,
        }
    }
}

/// The label of a sector code (the code itself if unknown).
pub fn sector(lang: Lang, code: &str) -> String {
    match Sector::by_code(code) {
        Some(s) => (if lang == Lang::Vi { s.name_vi } else { s.name_en }).to_string(),
        None => code.to_string(),
    }
}

/// The label of any code a list shows: facet values, item types and statuses.
pub fn code(lang: Lang, key: FacetKey, value: &str) -> String {
    let vi = lang == Lang::Vi;
    let pick = |a: &str, b: &str| if vi { a.to_string() } else { b.to_string() };
    let from = |l: Option<&'static str>| l.map(str::to_string);
    let found = match key {
        FacetKey::Kind => from(
            OrgKind::parse(value)
                .map(|k| k.label(lang))
                .or_else(|| crate::domain::search::DocGroup::parse(value).map(|g| g.label(lang))),
        ),
        FacetKey::Sector => Some(sector(lang, value)),
        FacetKey::Stage => from(Stage::parse(value).map(|k| k.label(lang))),
        FacetKey::Need => from(Need::parse(value).map(|k| k.label(lang))),
        FacetKey::Size => from(EnterpriseSize::parse(value).map(|k| k.label(lang))),
        FacetKey::Service => from(
            IncubatorService::parse(value)
                .map(|k| k.label(lang))
                .or_else(|| IntermediaryService::parse(value).map(|k| k.label(lang))),
        ),
        FacetKey::Verified => Some(if value == "1" {
            pick("Đã xác minh", "Verified")
        } else {
            pick("Chưa xác minh", "Not verified")
        }),
        FacetKey::Trl => Some(format!("TRL {value}")),
        FacetKey::Ip => from(IpStatus::parse(value).map(|k| k.label(lang))),
        FacetKey::Coop => from(CoopType::parse(value).map(|k| k.label(lang))),
        FacetKey::Type => from(
            InvestorType::parse(value)
                .map(|k| k.label(lang))
                .or_else(|| ResearchType::parse(value).map(|k| k.label(lang)))
                .or_else(|| ProgrammeType::parse(value).map(|k| k.label(lang)))
                .or_else(|| EventType::parse(value).map(|k| k.label(lang)))
                .or_else(|| IpStatus::parse(value).map(|k| k.label(lang))),
        )
        .or_else(|| match value {
            "task_order" => Some(pick("Đặt hàng nhiệm vụ KH&CN", "S&T task order")),
            "challenge" => Some(pick("Bài toán doanh nghiệp", "Business challenge")),
            _ => None,
        }),
        FacetKey::Status => from(ChallengeStatus::parse(value).map(|k| k.label(lang))).or_else(|| match value {
            "upcoming" => Some(pick("Sắp mở", "Opening soon")),
            "closed" => Some(pick("Đã đóng", "Closed")),
            _ => None,
        }),
        FacetKey::When => match value {
            "upcoming" => Some(pick("Sắp diễn ra", "Upcoming")),
            "past" => Some(pick("Đã diễn ra", "Past")),
            _ => None,
        },
        FacetKey::Year | FacetKey::Location => None,
    };
    found.unwrap_or_else(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_label_in_both_languages() {
        for k in OrgKind::ALL {
            assert_ne!(k.label(Lang::Vi), k.label(Lang::En).to_string() + "x");
            assert!(!k.label(Lang::Vi).is_empty());
        }
        assert_eq!(code(Lang::Vi, FacetKey::Sector, "high-tech-agriculture"), "Nông nghiệp công nghệ cao");
        assert_eq!(code(Lang::En, FacetKey::Type, "task_order"), "S&T task order");
        assert_eq!(code(Lang::Vi, FacetKey::Status, "open"), "Đang mở");
    }
}
