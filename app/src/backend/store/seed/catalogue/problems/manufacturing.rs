//! The manufacturing sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("nâng cao năng suất xưởng dệt chiếu cói", "raising productivity of sedge-mat workshops"),
        cases: [
            Case {
                title: (
                    "tăng sản lượng chiếu cói xuất khẩu của hợp tác xã 60 hộ dệt ở Kim Sơn",
                    "raising export mat output at a 60-household weaving cooperative in Kim Sơn",
                ),
                situation: (
                    "Mỗi hộ dệt tay 2–3 chiếc chiếu một ngày, cả hợp tác xã chỉ đạt khoảng 4.000 chiếc mỗi tháng trong khi đơn hàng xuất khẩu cần 7.000 chiếc. Phần lớn thợ dệt đã trên 50 tuổi, lớp trẻ đi làm công nhân ở khu công nghiệp. Mỗi hộ chỉ đủ vốn đầu tư dưới 50 triệu đồng.",
                    "Each household hand-weaves 2–3 mats a day, so the cooperative makes only about 4,000 mats a month while export orders need 7,000. Most weavers are over 50, and young people leave to work in industrial parks. Each household can invest less than 50 million VND.",
                ),
            },
            Case {
                title: (
                    "giữ tiến độ giao thảm cói trong mùa mưa nồm tại xưởng 40 thợ ở Kim Sơn",
                    "keeping sedge-rug deliveries on schedule through the humid season at a 40-worker workshop in Kim Sơn",
                ),
                situation: (
                    "Từ tháng 2 đến tháng 4 cói sợi không phơi được, xưởng phải ngừng dệt 10–15 ngày mỗi đợt mưa kéo dài. Khoảng 7% thảm thành phẩm bị mốc phải tẩy lại hoặc bán rẻ, và năm ngoái hai đơn hàng bị phạt vì giao chậm. Xưởng có 40 thợ và nhà kho 300 m².",
                    "From February to April sedge cannot be sun-dried, so the workshop stops weaving for 10–15 days in every long rainy spell. About 7% of finished rugs go mouldy and must be bleached again or sold cheaply, and last year two orders were fined for late delivery. The workshop has 40 workers and a 300 m² warehouse.",
                ),
            },
            Case {
                title: (
                    "dệt chiếu cói có hoa văn theo mẫu khách đặt cho cửa hàng lưu niệm ở Tràng An, Tam Cốc",
                    "weaving patterned sedge mats to order for souvenir shops in Tràng An and Tam Cốc",
                ),
                situation: (
                    "Các cửa hàng lưu niệm muốn chiếu, thảm cói cỡ nhỏ có hoa văn, chữ theo mẫu riêng với đơn 200–500 chiếc, nhưng thợ dệt tay chỉ làm được hoa văn đơn giản và mỗi mẫu mới mất 1 tuần tập. Hoa văn in sơn lên chiếu thì bong tróc sau vài tháng. Xưởng có 15 thợ và không có người thiết kế.",
                    "Souvenir shops want small sedge mats and rugs with custom patterns and lettering in orders of 200–500, but hand weavers can only do simple patterns and need a week to learn each new one. Patterns painted onto mats peel after a few months. The workshop has 15 weavers and no designer.",
                ),
            },
        ],
        wanted: "Tăng ít nhất 2 lần sản lượng chiếu, thảm cói mỗi thợ mỗi ngày và không phải ngừng sản xuất vì thời tiết; chi phí thiết bị cho mỗi hộ không quá 50 triệu đồng.",
    },
    Problem {
        name: ("giảm tiêu hao năng lượng dây chuyền sản xuất", "reducing energy use on production lines"),
        cases: [
            Case {
                title: (
                    "giảm tiền gas của lò sấy sơn tĩnh điện tại xưởng cửa thép chống cháy",
                    "cutting gas bills for powder-coating ovens at a fire-rated steel-door plant",
                ),
                situation: (
                    "Hai lò sấy sơn tiêu thụ khoảng 18 tấn gas mỗi tháng, chiếm 12% giá thành sản phẩm. Vỏ lò đã xuống cấp, chụp camera nhiệt thấy mặt ngoài nóng tới 70–80 °C và khói thải ra ống khói ở 250 °C. Xưởng không thể dừng sản xuất quá 10 ngày để cải tạo.",
                    "The two curing ovens burn about 18 tonnes of gas a month, 12% of the product cost. The oven casings have deteriorated: a thermal camera shows outer surfaces at 70–80 °C, and flue gas leaves the stack at 250 °C. The plant cannot stop production for more than 10 days for a retrofit.",
                ),
            },
            Case {
                title: (
                    "giảm tiền điện trạm khí nén tại nhà máy giày 2.500 công nhân",
                    "lowering compressed-air electricity costs at a 2,500-worker footwear plant",
                ),
                situation: (
                    "Nhà máy có 6 máy nén khí 75 kW chạy 2 ca, tiền điện cho khí nén khoảng 350 triệu đồng mỗi tháng. Giờ nghỉ trưa và sau ca máy nén vẫn chạy, tiếng xì rò rỉ nghe rõ dọc đường ống. Công ty mẹ yêu cầu giảm 15% điện năng trên mỗi đôi giày trước năm 2027.",
                    "The plant runs six 75 kW compressors over 2 shifts, and compressed air costs about 350 million VND of electricity a month. The compressors keep running at lunch and after shifts, and the hiss of leaks is audible along the pipes. The parent company requires a 15% cut in electricity per pair of shoes before 2027.",
                ),
            },
            Case {
                title: (
                    "giảm nhiên liệu đốt lò nung gốm mỹ nghệ tại cơ sở gốm ở Yên Mô",
                    "cutting kiln fuel at an art-ceramics workshop in Yên Mô",
                ),
                situation: (
                    "Lò gas 6 m³ nung mỗi mẻ 14 giờ ở 1.250 °C, tốn khoảng 450 kg gas và khói thải ra ở trên 300 °C. Mộc gốm phải phơi 3–4 ngày trước khi nung và hay nứt vào mùa nồm. Giá gas tăng 20% trong hai năm làm sản phẩm khó cạnh tranh.",
                    "The 6 m³ gas kiln fires each batch for 14 hours at 1,250 °C, burning about 450 kg of gas, with flue gas leaving at over 300 °C. Greenware must air-dry for 3–4 days before firing and often cracks in the humid season. Gas prices up 20% in two years have made the products hard to sell competitively.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 20% điện năng hoặc nhiên liệu trên mỗi đơn vị sản phẩm, có số liệu đo trước và sau cải tạo; thời gian hoàn vốn không quá 24 tháng.",
    },
    Problem {
        name: (
            "tự động hóa đóng gói đặc sản thực phẩm địa phương",
            "automating the packaging of local food specialities",
        ),
        cases: [
            Case {
                title: (
                    "đóng gói cơm cháy chà bông cho cơ sở sản xuất 2 tấn mỗi ngày ở Hoa Lư",
                    "packing crispy rice cakes with pork floss at a 2-tonne-per-day producer in Hoa Lư",
                ),
                situation: (
                    "Mỗi ngày 25 công nhân cân và đóng túi cơm cháy bằng tay, khối lượng mỗi túi lệch tới ±8 g và khoảng 6% sản phẩm bị vỡ vụn. Cơm cháy ỉu sau 2–3 tháng, chưa đạt hạn dùng 6 tháng mà chuỗi siêu thị yêu cầu. Vào mùa du lịch và dịp Tết, sản lượng cần tăng gấp đôi.",
                    "Every day 25 workers weigh and bag the rice cakes by hand, with pack weights off by up to ±8 g and about 6% of the product broken. The cakes go stale after 2–3 months, short of the 6-month shelf life supermarket chains require. In the tourist season and at Tết output must double.",
                ),
            },
            Case {
                title: (
                    "đóng gói hút chân không thịt dê và giò chả để gửi đi Hà Nội",
                    "vacuum-packing goat meat and pork rolls for shipping to Hà Nội",
                ),
                situation: (
                    "Cơ sở chế biến 300 kg thịt dê và giò chả mỗi ngày, đóng túi bằng một máy hút chân không đơn lẻ, mỗi túi mất 40 giây và 3–4% túi bị hở mép. Sản phẩm chỉ giữ được 4 ngày trong ngăn mát nên chưa gửi đi xa được. Cơ sở đang làm hồ sơ OCOP 4 sao và cần đạt yêu cầu ghi nhãn, mã lô.",
                    "The unit processes 300 kg of goat meat and pork rolls a day and bags them on a single vacuum machine at 40 seconds per bag, with 3–4% of seals leaking. The products keep only 4 days in the fridge, so they cannot be sent far. The unit is applying for a 4-star OCOP rating and must meet labelling and lot-code requirements.",
                ),
            },
            Case {
                title: (
                    "đóng gói miến dong và bánh đa cho hợp tác xã OCOP ở Yên Mô",
                    "packing arrowroot noodles and rice crackers for an OCOP cooperative in Yên Mô",
                ),
                situation: (
                    "Hợp tác xã đóng 1,5 tấn miến dong và bánh đa mỗi ngày bằng tay, hàn miệng túi bằng máy dập chân và không in ngày sản xuất trên bao bì. Đợt kiểm tra an toàn thực phẩm gần nhất đã nhắc nhở vì khu đóng gói lẫn với khu chế biến. Ngân sách đầu tư khoảng 400–600 triệu đồng, có hỗ trợ từ chương trình khuyến công.",
                    "The cooperative packs 1.5 tonnes of arrowroot noodles and rice crackers a day by hand, sealing bags on a foot-operated sealer with no production date printed. The last food-safety inspection issued a warning because packing and processing share the same area. The budget is about 400–600 million VND, with support from the industrial-promotion programme.",
                ),
            },
        ],
        wanted: "Tăng ít nhất 3 lần sản lượng đóng gói mỗi ca với sai số định lượng ±2 g; in ngày sản xuất, mã lô trên từng gói và đạt yêu cầu vệ sinh của chuỗi siêu thị.",
    },
    Problem {
        name: ("giảm hao phôi khi gia công kim loại tấm", "cutting material waste in sheet-metal fabrication"),
        cases: [
            Case {
                title: (
                    "giảm hao phôi tôn khi cắt chi tiết cửa sắt, cổng và lan can tại xưởng 20 thợ",
                    "reducing sheet waste when cutting iron-door, gate and railing parts at a 20-worker shop",
                ),
                situation: (
                    "Xưởng cắt tôn bằng máy cắt plasma cầm tay và máy cắt đĩa, hao phôi khoảng 22% và mép cắt phải mài lại mất 1–2 giờ mỗi bộ cửa. Giá tôn tăng làm lợi nhuận mỗi bộ cửa chỉ còn 8%. Xưởng muốn đầu tư dưới 1 tỷ đồng và có thể trả góp.",
                    "The shop cuts sheet with a handheld plasma cutter and an abrasive saw, wasting about 22% of the material, and edges need 1–2 hours of grinding per door set. Rising steel prices have squeezed the margin per door set to 8%. The shop wants to invest under 1 billion VND, possibly in instalments.",
                ),
            },
            Case {
                title: (
                    "giảm phế phẩm khi cắt bản mã và chi tiết kết cấu thép cho nhà xưởng",
                    "reducing scrap when cutting gusset plates and steel-structure parts for factory buildings",
                ),
                situation: (
                    "Mỗi tháng xưởng cắt khoảng 250 tấn thép tấm dày 8–20 mm bằng máy cắt plasma CNC cũ, lỗ bu lông lệch tới 1–2 mm nên 3–5% bản mã phải khoan, cắt lại ở công trường. Tôn thừa bị bán phế liệu vì không có sổ quản lý. Khách hàng làm nhà xưởng cho doanh nghiệp FDI yêu cầu dung sai lắp ghép ±0,5 mm.",
                    "Each month the shop cuts about 250 tonnes of 8–20 mm plate on an old CNC plasma cutter, with bolt holes off by up to 1–2 mm, so 3–5% of gusset plates must be re-drilled or re-cut on site. Offcuts are sold as scrap because nobody keeps track of them. Customers building factories for FDI companies require a fit-up tolerance of ±0.5 mm.",
                ),
            },
            Case {
                title: (
                    "tận dụng tôn inox thừa tại xưởng sản xuất thiết bị bếp công nghiệp",
                    "reusing leftover stainless sheet at a commercial kitchen equipment shop",
                ),
                situation: (
                    "Xưởng dùng 15 tấn inox 304 mỗi tháng với giá khoảng 60.000 đồng/kg, phần tôn thừa sau khi cắt bằng máy cắt tôn, máy đột chiếm 18–20%. Các đơn bàn, chậu rửa, tủ bếp đều khác kích thước nên khó ghép cắt chung. Nhân viên kỹ thuật vẫn xếp hình bằng tay trên bản vẽ giấy.",
                    "The shop uses 15 tonnes of 304 stainless a month at about 60,000 VND/kg, and offcuts left by the shear and the punch press make up 18–20%. Tables, sinks and kitchen cabinets all come in different sizes, so parts are hard to cut together. Technicians still lay out parts by hand on paper drawings.",
                ),
            },
        ],
        wanted: "Giảm tỷ lệ hao phôi xuống dưới 12% và bỏ công đoạn mài mép sau cắt; độ chính xác lỗ và biên dạng ±0,2 mm.",
    },
];
