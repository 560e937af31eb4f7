//! The finance sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("tiếp cận vốn cho hộ kinh doanh nông nghiệp", "access to finance for farming households"),
        cases: [
            Case {
                title: (
                    "vay vốn mua giống, thức ăn cho hộ nuôi tôm thẻ 2–3 ha ven biển Kim Sơn",
                    "loans for seed and feed for 2–3-hectare whiteleg-shrimp farmers on the Kim Sơn coast",
                ),
                situation: (
                    "Mỗi vụ tôm cần 400–700 triệu đồng tiền giống, thức ăn, điện nhưng ao nuôi nằm trên đất thuê của xã nên không thể thế chấp. Phần lớn hộ mua chịu thức ăn của đại lý với giá cao hơn 8–12%. Ngân hàng yêu cầu sổ sách thu chi mà các hộ không ghi chép.",
                    "Each shrimp crop needs 400–700 million VND for seed, feed and electricity, but the ponds sit on land leased from the commune and cannot be mortgaged. Most households buy feed on credit from dealers at 8–12% above cash prices. Banks ask for income and expense records that the households do not keep.",
                ),
            },
            Case {
                title: (
                    "vốn lưu động cho hộ trồng và sơ chế dược liệu ở Nho Quan",
                    "working capital for medicinal-herb growers and processors in Nho Quan",
                ),
                situation: (
                    "Khoảng 150 hộ trồng cà gai leo, xạ đen cần 50–200 triệu đồng để mua máy sấy và thu mua lá của các hộ khác trong mùa thu hoạch. Hộ không có hóa đơn, thương lái trả bằng tiền mặt nên không chứng minh được thu nhập. Khoản vay phải giải ngân trong 1 tuần vì mùa thu hoạch ngắn.",
                    "About 150 households growing Solanum procumbens and Ehretia need 50–200 million VND to buy dryers and buy leaves from other growers during harvest. They have no invoices and traders pay in cash, so they cannot prove their income. Loans must be disbursed within a week because the harvest window is short.",
                ),
            },
            Case {
                title: (
                    "cho vay không tài sản thế chấp cho hộ trồng lúa, rau vụ đông ở Yên Khánh",
                    "collateral-free loans for rice and winter-vegetable households in Yên Khánh",
                ),
                situation: (
                    "Mỗi hộ cần 20–60 triệu đồng mỗi vụ nhưng thủ tục vay tại ngân hàng mất 2–3 tuần, nhiều hộ phải vay lãi ngoài 3–5% mỗi tháng. Vụ đông năm trước rét hại làm mất trắng 40% diện tích, một số hộ không trả được nợ.",
                    "Each household needs 20–60 million VND a season, but a bank loan takes 2–3 weeks to arrange, so many borrow informally at 3–5% a month. Last year's winter cold snap wiped out 40% of the planted area and some households could not repay.",
                ),
            },
        ],
        wanted: "Khoản vay dưới 100 triệu đồng được giải ngân trong không quá 3 ngày kể từ khi nộp hồ sơ; ít nhất 30% hộ chưa từng vay ngân hàng được cấp hạn mức, tỷ lệ nợ xấu dưới 3%.",
    },
    Problem {
        name: (
            "hộ kinh doanh chuyển từ thuế khoán sang tự kê khai",
            "household businesses moving from lump-sum tax to self-declaration",
        ),
        cases: [
            Case {
                title: (
                    "xuất hóa đơn và kê khai thuế cho 200 hộ kinh doanh ăn uống quanh bến thuyền Tam Cốc",
                    "invoicing and tax filing for 200 food and drink household businesses around the Tam Cốc boat pier",
                ),
                situation: (
                    "Từ năm 2026 các hộ không còn nộp thuế khoán mà phải kê khai theo doanh thu thực tế, trong khi nhiều chủ quán trên 50 tuổi chưa từng dùng phần mềm. Giờ cao điểm mỗi quán phục vụ 100–300 khách, không có thời gian ghi chép. Các hộ muốn một cách làm chung với chi phí dưới 200.000 đồng mỗi hộ mỗi tháng.",
                    "From 2026 households no longer pay lump-sum tax and must declare their actual revenue, yet many owners over 50 have never used software. At peak times each eatery serves 100–300 customers with no time to keep records. The households want a common approach costing under 200,000 VND per household a month.",
                ),
            },
            Case {
                title: (
                    "ghi chép doanh thu, tồn kho cho cửa hàng vật tư nông nghiệp 3.000 mã hàng ở Yên Mô",
                    "recording sales and stock for a 3,000-item farm-supply shop in Yên Mô",
                ),
                situation: (
                    "Cửa hàng có doanh thu khoảng 4 tỷ đồng mỗi năm, thuộc nhóm phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền. Hàng bán chịu cho nông dân đến vụ chiếm 40% doanh thu và đang được ghi trong 5 cuốn sổ. Chủ cửa hàng lo bị truy thu vì doanh thu kê khai không khớp với tiền nhận qua tài khoản.",
                    "The shop turns over about 4 billion VND a year and falls in the group required to issue cash-register e-invoices. Sales on credit to farmers until harvest make up 40% of revenue and are kept in five notebooks. The owner fears back-tax assessments because declared revenue does not match money received in the bank account.",
                ),
            },
            Case {
                title: (
                    "lập sổ kế toán cho 50 hộ làm cơm cháy muốn lên doanh nghiệp để bán vào siêu thị",
                    "setting up bookkeeping for 50 crispy-rice households that want to become companies to sell to supermarkets",
                ),
                situation: (
                    "Các hộ có doanh thu 2–8 tỷ đồng mỗi năm, bán cho đại lý ở nhiều tỉnh và muốn thành lập doanh nghiệp để xuất hóa đơn cho siêu thị. Không hộ nào có kế toán; dịch vụ kế toán bên ngoài báo giá 3–5 triệu đồng mỗi tháng, quá cao với họ.",
                    "The households turn over 2–8 billion VND a year, sell to dealers in several provinces and want to incorporate so they can invoice supermarkets. None has an accountant, and outside bookkeeping services quote 3–5 million VND a month, which is too much for them.",
                ),
            },
        ],
        wanted: "Hộ kinh doanh tự xuất hóa đơn và nộp tờ khai đúng hạn ngay từ kỳ đầu tiên, mỗi kỳ kê khai mất dưới 30 phút; chi phí không quá 200.000 đồng mỗi hộ mỗi tháng.",
    },
    Problem {
        name: ("thiếu vốn lưu động do bên mua chậm thanh toán", "working-capital shortages from slow-paying buyers"),
        cases: [
            Case {
                title: (
                    "ứng vốn cho xưởng bao bì carton cung cấp cho nhà máy điện tử ở khu công nghiệp Phúc Sơn",
                    "advancing funds to a carton-packaging workshop supplying an electronics plant in Phúc Sơn industrial park",
                ),
                situation: (
                    "Xưởng có doanh thu khoảng 2,5 tỷ đồng mỗi tháng, bên mua thanh toán sau 75 ngày trong khi giấy cuộn phải trả tiền ngay. Hạn mức vay ngân hàng 3 tỷ đồng đã dùng hết vì nhà xưởng là tài sản thế chấp duy nhất. Tháng cao điểm cuối năm, xưởng phải từ chối 20–30% đơn hàng vì không đủ tiền mua nguyên liệu.",
                    "The workshop turns over about 2.5 billion VND a month; its buyer pays after 75 days while paper reels must be paid for up front. Its 3 billion VND bank credit line is used up because the workshop building is its only collateral. In the year-end peak it turns away 20–30% of orders for lack of cash to buy materials.",
                ),
            },
            Case {
                title: (
                    "vốn quay vòng cho hợp tác xã rau an toàn giao hàng vào chuỗi siêu thị ở Hà Nội",
                    "revolving capital for a safe-vegetable cooperative supplying supermarket chains in Hà Nội",
                ),
                situation: (
                    "Hợp tác xã giao rau hằng ngày, trị giá khoảng 600 triệu đồng mỗi tháng; siêu thị thanh toán sau 45–60 ngày còn xã viên muốn nhận tiền ngay khi giao. Hợp tác xã đang vay nóng của thành viên ban quản trị với lãi 1,5% mỗi tháng để trả trước cho xã viên.",
                    "The cooperative delivers vegetables daily worth about 600 million VND a month; supermarkets pay after 45–60 days, while members want to be paid on delivery. The cooperative is borrowing short-term from board members at 1.5% a month to pay members in advance.",
                ),
            },
            Case {
                title: (
                    "ứng tiền theo khối lượng nghiệm thu cho nhà thầu phụ làm đường giao thông nông thôn",
                    "advances against certified work for a subcontractor building rural roads",
                ),
                situation: (
                    "Nhà thầu phụ 35 công nhân phải tự ứng tiền xi măng, đá, nhân công trong khi tiền từ nhà thầu chính về sau 3–4 tháng, khi đợt thanh toán vốn đầu tư công được duyệt. Đã có 2 lần chậm lương công nhân quá 1 tháng.",
                    "The 35-worker subcontractor has to pre-finance cement, stone and labour, while payment from the main contractor arrives 3–4 months later, once the public-investment disbursement is approved. Twice already, workers' wages have been more than a month late.",
                ),
            },
        ],
        wanted: "Nhận được tối thiểu 70% giá trị hóa đơn hoặc khối lượng nghiệm thu trong vòng 2 ngày làm việc mà không cần thêm tài sản thế chấp; chi phí vốn không quá 12% mỗi năm.",
    },
    Problem {
        name: ("bảo vệ người nuôi trồng trước rủi ro thiên tai", "protecting growers against weather disasters"),
        cases: [
            Case {
                title: (
                    "chi trả nhanh thiệt hại do mưa lớn cho hộ nuôi tôm ven biển Giao Thủy",
                    "fast compensation for heavy-rain losses to coastal shrimp farmers in Giao Thủy",
                ),
                situation: (
                    "Đợt mưa 300 mm trong 3 ngày năm trước làm độ mặn ao giảm đột ngột, khoảng 180 ha tôm chết, thiệt hại ước 35 tỷ đồng. Hầu hết hộ không mua bảo hiểm vì thủ tục giám định phức tạp và tiền bồi thường về chậm. Các hộ chấp nhận trả phí không quá 3% giá trị vụ nuôi.",
                    "Last year 300 mm of rain in three days made pond salinity collapse, killing shrimp on about 180 hectares, with losses estimated at 35 billion VND. Most households had no insurance because loss assessment is complicated and payouts are slow. They are willing to pay a premium of up to 3% of the crop's value.",
                ),
            },
            Case {
                title: (
                    "bù chi phí gieo cấy lại khi rét đậm làm chết mạ ở vùng trũng Kim Sơn",
                    "covering replanting costs when severe cold kills rice seedlings in low-lying Kim Sơn",
                ),
                situation: (
                    "Những năm rét đậm kéo dài trên 10 ngày, 15–25% diện tích mạ và lúa mới cấy bị chết, mỗi ha phải chi thêm 5–7 triệu đồng để cấy lại. Hợp tác xã muốn mua bảo hiểm cho toàn bộ 900 ha của xã viên nhưng không đủ người đi giám định từng thửa.",
                    "In years when severe cold lasts more than 10 days, 15–25% of seedbeds and newly transplanted rice die, and each hectare costs an extra 5–7 million VND to replant. The cooperative wants to insure all 900 hectares of its members but lacks the staff to assess every plot.",
                ),
            },
            Case {
                title: (
                    "giảm rủi ro nợ xấu khi quỹ tín dụng cho vay vốn mùa vụ trước mùa bão",
                    "limiting bad-debt risk when a credit fund lends for the crop season ahead of the storm season",
                ),
                situation: (
                    "Quỹ có dư nợ nông nghiệp khoảng 120 tỷ đồng, nợ xấu tăng lên 6% sau cơn bão năm 2024. Quỹ muốn tiếp tục cho vay trước mùa bão nhưng cần cơ chế để khoản vay vẫn được trả khi hộ vay mất mùa.",
                    "The fund has about 120 billion VND of farm loans outstanding, and bad debt rose to 6% after the 2024 typhoon. It wants to keep lending before the storm season but needs a mechanism so that loans are still repaid when borrowers lose their crops.",
                ),
            },
        ],
        wanted: "Tiền bồi thường đến tay hộ trong vòng 15 ngày sau thiên tai mà không cần giám định từng thửa; phí bảo hiểm không quá 3–4% giá trị vụ nuôi trồng.",
    },
];
