//! The manufacturing sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("dây chuyền tự động đóng gói thực phẩm", "automated food packaging line"),
        solves: "đóng gói thực phẩm thủ công, năng suất thấp và khó đảm bảo vệ sinh",
        how: (
            "Dây chuyền gồm cân định lượng đa đầu 10–14 đầu, máy đóng gói đứng hoặc máy đóng khay hút chân không, máy dò kim loại và cân kiểm tra trọng lượng, toàn bộ khung bằng inox 304 dễ tháo rửa. Tốc độ 30–60 gói/phút, sai số định lượng ±1–2 g, in phun ngày sản xuất và mã lô trực tiếp lên bao bì.",
            "The line comprises a 10–14-head multihead weigher, a vertical form-fill-seal or vacuum tray-sealing machine, a metal detector and a checkweigher, all on 304 stainless-steel frames that strip down easily for cleaning. It runs at 30–60 packs per minute with ±1–2 g dosing accuracy and inkjet-prints the production date and lot code directly on the pack.",
        ),
        gain: (
            "tăng 3–5 lần sản lượng đóng gói mỗi ca, giảm 60% nhân công và đạt yêu cầu vệ sinh để vào chuỗi siêu thị",
            "raises packing output per shift 3–5 times, cuts labour by 60% and meets the hygiene requirements of supermarket chains",
        ),
        variants: [
            Variant {
                title: (
                    "Dây chuyền đóng gói cơm cháy và bánh đa tự động bằng cân đa đầu",
                    "Automated packaging line for crispy rice cakes and rice crackers with a multihead weigher",
                ),
                detail: "Cân đa đầu có máng rung êm để sản phẩm giòn không vỡ vụn, đóng túi bơm khí nitơ giữ giòn 6 tháng.",
            },
            Variant {
                title: (
                    "Dây chuyền đóng gói hút chân không thịt dê, giò chả cho cơ sở chế biến",
                    "Vacuum packaging line for goat meat and Vietnamese pork rolls at processing units",
                ),
                detail: "Đóng khay rồi hút chân không hoặc bơm khí bảo quản (MAP), kéo dài hạn dùng trong ngăn mát từ 3 lên 10–12 ngày.",
            },
            Variant {
                title: (
                    "Dây chuyền đóng gói thực phẩm dạng mô-đun cho hợp tác xã chế biến",
                    "Modular food packaging line for processing cooperatives",
                ),
                detail: "Bắt đầu với một máy đóng gói bán tự động khoảng 200 triệu đồng, lắp thêm cân đa đầu và máy dò kim loại khi sản lượng tăng.",
            },
        ],
        users: [
            "cơ sở sản xuất cơm cháy Ninh Bình",
            "hợp tác xã chế biến đặc sản đạt chứng nhận OCOP",
            "nhà máy chế biến thịt và thủy sản đông lạnh",
        ],
        strengths: [
            "Khung inox 304 tháo rửa không cần dụng cụ, đáp ứng yêu cầu HACCP",
            "Đổi cỡ túi và định lượng trên màn hình cảm ứng trong dưới 15 phút",
        ],
    },
    Tech {
        name: ("công nghệ sơn tĩnh điện tiết kiệm năng lượng", "energy-saving powder coating"),
        solves: "tiêu hao điện và gas lớn ở khâu sơn sấy",
        how: (
            "Buồng phun dùng súng sơn tĩnh điện tự động và hệ thu hồi bột qua cyclon, kết hợp bột sơn đóng rắn ở 140–160 °C thay cho 180–200 °C; lò sấy đối lưu được bọc bông khoáng dày 150 mm, có rèm gió ở cửa và đầu đốt gas điều biến theo nhiệt độ thực. Khí nóng thải từ lò sấy sơn được dẫn về làm nóng buồng sấy khô sau tiền xử lý.",
            "The spray booth uses automatic electrostatic guns and cyclone powder recovery, combined with powders that cure at 140–160 °C instead of 180–200 °C; the convection oven is wrapped in 150 mm of mineral wool, has air curtains at the doors and a gas burner that modulates to the actual temperature. Hot exhaust from the curing oven is ducted back to heat the dry-off oven after pretreatment.",
        ),
        gain: (
            "giảm 25–40% lượng gas, điện tiêu thụ của lò sấy và thu hồi trên 95% bột sơn phun dư",
            "cuts the curing oven's gas and electricity use by 25–40% and recovers over 95% of overspray powder",
        ),
        variants: [
            Variant {
                title: (
                    "Sơn tĩnh điện bằng bột đóng rắn nhiệt độ thấp cho cửa sắt và khung thép",
                    "Powder coating with low-cure powders for iron doors and steel frames",
                ),
                detail: "Chuyển sang bột sơn đóng rắn ở 150 °C trong 10 phút, hạ nhiệt độ lò mà không phải thay dây chuyền.",
            },
            Variant {
                title: (
                    "Cải tạo lò sấy sơn tĩnh điện bằng bảo ôn và đầu đốt điều biến",
                    "Retrofitting powder-coating ovens with insulation and modulating burners",
                ),
                detail: "Bọc lại vỏ lò, lắp rèm gió và đầu đốt gas điều biến theo tải, thi công trong 7–10 ngày.",
            },
            Variant {
                title: (
                    "Sơn tĩnh điện tự động có thu hồi bột bằng cyclon cho xưởng nhôm định hình",
                    "Automated powder coating with cyclone powder recovery for aluminium-profile plants",
                ),
                detail: "Súng phun tự động chạy theo biên dạng thanh nhôm, cyclon thu hồi bột giúp giảm 30% lượng bột tiêu thụ.",
            },
        ],
        users: [
            "xưởng cơ khí làm cửa sắt, lan can, khung thép",
            "nhà máy nhôm định hình và vỏ tủ điện",
            "cơ sở sản xuất bàn ghế kim loại và giá kệ",
        ],
        strengths: [
            "Hoàn vốn cải tạo lò trong 12–18 tháng nhờ tiền gas tiết kiệm",
            "Giữ nguyên độ bám dính, độ bóng và đạt thử nghiệm phun muối 500 giờ",
        ],
    },
    Tech {
        name: ("máy dệt chiếu cói bán tự động", "semi-automatic sedge-mat loom"),
        solves: "dệt chiếu cói thủ công năng suất thấp, thiếu thợ",
        how: (
            "Máy dùng động cơ điện 0,75 kW kéo khung go mắc sợi đay hoặc sợi cói se sẵn, cơ cấu tự động đưa sợi cói ngang và cơ cấu cam đập go, một người đứng máy thay cho 2 người dệt tay. Khổ dệt điều chỉnh từ 1,2 đến 1,8 m, dệt được chiếu trơn, chiếu hoa và thảm cói.",
            "A 0.75 kW electric motor drives the heddle frame warped with jute or pre-twisted sedge yarn, with an automatic feeder for the weft sedge and a cam-driven beater, so one operator replaces two hand weavers. The weaving width adjusts from 1.2 to 1.8 m, and it weaves plain mats, patterned mats and sedge rugs.",
        ),
        gain: (
            "tăng năng suất từ 2–3 lên 8–10 chiếc chiếu mỗi ngày cho một người và giữ khổ, mật độ sợi đều hơn",
            "raises output from 2–3 to 8–10 mats a day per operator and keeps width and weave density more even",
        ),
        variants: [
            Variant {
                title: (
                    "Máy dệt chiếu cói bán tự động khổ 1,8 m cho hộ dệt ở Kim Sơn",
                    "Semi-automatic 1.8 m-wide sedge-mat loom for weaving households in Kim Sơn",
                ),
                detail: "Khung máy gọn đặt vừa trong nhà ở, chạy điện 1 pha, giá khoảng 45 triệu đồng một máy.",
            },
            Variant {
                title: (
                    "Máy dệt chiếu cói bán tự động dệt hoa văn bằng bộ chọn go điện tử",
                    "Semi-automatic sedge-mat loom with electronic heddle selection for woven patterns",
                ),
                detail: "Bộ chọn go điều khiển bằng vi điều khiển dệt hoa văn, chữ theo file mẫu mà không phải in sơn lên chiếu.",
            },
            Variant {
                title: (
                    "Máy dệt thảm và tấm cói bán tự động cho hàng thủ công mỹ nghệ xuất khẩu",
                    "Semi-automatic loom for sedge rugs and panels for export handicrafts",
                ),
                detail: "Dệt tấm cói dày đan đôi để may thảm, túi, hộp, đổi mẫu trong 30 phút.",
            },
        ],
        users: [
            "hộ dệt chiếu cói ở Kim Sơn",
            "hợp tác xã sản xuất hàng cói xuất khẩu",
            "doanh nghiệp thu gom, gia công thảm cói cho nhà nhập khẩu",
        ],
        strengths: [
            "Một người đứng máy thay cho hai thợ dệt tay, thợ lớn tuổi cũng vận hành được",
            "Chạy điện 1 pha 220 V, lắp tại nhà không phải cải tạo đường điện",
        ],
    },
    Tech {
        name: ("hệ thống quản lý chất lượng theo thời gian thực", "real-time quality management system"),
        solves: "phát hiện muộn sai lệch chất lượng trong ca sản xuất",
        how: (
            "Thước cặp, panme, cân và máy đo điện tử tại các trạm kiểm tra truyền số đo thẳng vào phần mềm qua USB hoặc Bluetooth; phần mềm vẽ biểu đồ kiểm soát SPC và tính chỉ số năng lực quá trình Cpk theo từng máy, từng ca. Khi số đo có xu hướng lệch hoặc vượt giới hạn kiểm soát, hệ thống bật đèn tại trạm và nhắn tin cho tổ trưởng để dừng, chỉnh máy trước khi ra hàng loạt sản phẩm lỗi.",
            "Digital calipers, micrometers, scales and gauges at inspection stations send readings straight into the software over USB or Bluetooth; the software plots SPC control charts and computes the process capability index Cpk per machine and per shift. When readings trend off target or cross control limits, the system lights a lamp at the station and messages the team leader to stop and adjust the machine before a batch of defects is made.",
        ),
        gain: (
            "phát hiện sai lệch trong vòng 15–30 phút thay vì cuối ca, giảm 30–50% phế phẩm và hàng phải làm lại",
            "catches deviations within 15–30 minutes instead of at the end of the shift and cuts scrap and rework by 30–50%",
        ),
        variants: [
            Variant {
                title: (
                    "Quản lý chất lượng thời gian thực bằng biểu đồ SPC cho xưởng gia công cơ khí",
                    "Real-time SPC quality management for machining shops",
                ),
                detail: "Kết nối thước cặp, panme điện tử để ghi kích thước tự động và cảnh báo khi Cpk xuống dưới 1,33.",
            },
            Variant {
                title: (
                    "Quản lý chất lượng thời gian thực theo HACCP cho dây chuyền chế biến thực phẩm",
                    "Real-time HACCP quality management for food-processing lines",
                ),
                detail: "Ghi nhiệt độ thanh trùng, độ pH và khối lượng tại các điểm kiểm soát tới hạn thay cho sổ ghi chép bằng tay.",
            },
            Variant {
                title: (
                    "Quản lý chất lượng thời gian thực trên máy tính bảng cho chuyền may xuất khẩu",
                    "Real-time tablet-based quality management for export garment lines",
                ),
                detail: "Nhân viên kiểm hàng nhập lỗi theo mã lỗi ngay tại chuyền, hệ thống cảnh báo khi tỷ lệ lỗi của một công đoạn vượt 3%.",
            },
        ],
        users: [
            "xưởng gia công chi tiết cơ khí cho xe máy",
            "nhà máy chế biến thực phẩm, đồ uống",
            "nhà máy may xuất khẩu trong khu công nghiệp Khánh Phú",
        ],
        strengths: [
            "Số đo ghi trực tiếp từ dụng cụ đo điện tử, không còn lỗi chép tay",
            "Truy xuất hồ sơ chất lượng theo lô trong vài giây khi khách hàng khiếu nại",
        ],
    },
    Tech {
        name: (
            "máy cắt laser fiber CNC kèm phần mềm xếp hình tiết kiệm phôi",
            "CNC fibre-laser cutter with material-saving nesting software",
        ),
        solves: "cắt tôn tấm bằng máy cắt plasma, máy đột dập cho mép cắt xấu và hao phôi lớn",
        how: (
            "Máy cắt laser fiber công suất 3–6 kW với bàn cắt 1,5 × 3 m cắt thép carbon dày đến 20 mm, inox và nhôm đến 10 mm, đường cắt rộng 0,1–0,3 mm nên không phải mài lại mép. Phần mềm xếp hình tự động sắp chi tiết của nhiều đơn hàng lên cùng một tấm tôn, dùng chung đường cắt và lưu phần tôn thừa thành phôi tồn để dùng lại.",
            "A 3–6 kW fibre-laser cutter with a 1.5 × 3 m bed cuts carbon steel up to 20 mm and stainless steel and aluminium up to 10 mm, leaving a 0.1–0.3 mm kerf that needs no edge grinding. Automatic nesting software arranges parts from several orders on the same sheet, shares cut lines and records offcuts as remnant stock for reuse.",
        ),
        gain: (
            "giảm tỷ lệ hao phôi từ 20–25% xuống 8–12% và cắt nhanh gấp 3–4 lần so với cắt plasma",
            "cuts material waste from 20–25% to 8–12% and cuts 3–4 times faster than plasma",
        ),
        variants: [
            Variant {
                title: (
                    "Máy cắt laser fiber 3 kW kèm phần mềm xếp hình cho xưởng cửa sắt, lan can",
                    "3 kW fibre-laser cutter with nesting software for iron-door and railing shops",
                ),
                detail: "Cấu hình vừa đủ cho tôn dưới 6 mm, giá khoảng 900 triệu đồng, có gói trả góp 36 tháng.",
            },
            Variant {
                title: (
                    "Máy cắt laser fiber 6 kW cắt tấm và ống cho xưởng kết cấu thép",
                    "6 kW fibre-laser cutter for plates and tubes in steel-structure shops",
                ),
                detail: "Có thêm mâm cặp cắt ống tròn, ống hộp đến Ø220 mm và cắt lỗ bu lông bản mã chính xác ±0,1 mm.",
            },
            Variant {
                title: (
                    "Dịch vụ cắt laser fiber theo bản vẽ, xếp hình ghép đơn hàng của nhiều xưởng",
                    "Fibre-laser cutting-to-drawing service nesting orders from several shops",
                ),
                detail: "Trung tâm gia công nhận file bản vẽ từ nhiều xưởng nhỏ và ghép chung tấm tôn để giảm giá cắt 15–20%.",
            },
        ],
        users: [
            "xưởng cửa sắt, lan can và cổng nghệ thuật",
            "xưởng kết cấu thép và nhà tiền chế",
            "nhà máy vỏ tủ điện và thiết bị bếp inox",
        ],
        strengths: [
            "Mép cắt nhẵn, không phải mài, hàn hoặc sơn được ngay",
            "Phần mềm quản lý phôi tồn, tận dụng tôn thừa cho đơn hàng sau",
        ],
    },
    Tech {
        name: (
            "bộ thu hồi nhiệt khí thải cho lò sấy và lò nung công nghiệp",
            "exhaust heat recovery for industrial dryers and kilns",
        ),
        solves: "thải khí nóng 150–300 °C của lò sấy, lò nung ra ống khói trong khi vẫn phải đốt nhiên liệu để gia nhiệt",
        how: (
            "Bộ trao đổi nhiệt dạng ống nhiệt hoặc tấm inox lắp trên đường khói thải 150–300 °C của lò, dùng nhiệt thu được để sấy nóng sơ bộ không khí cấp cho đầu đốt, đun nước cho bể tiền xử lý hoặc cấp khí nóng cho buồng sấy phụ. Van gió tự động và cảm biến nhiệt độ giữ khói ra luôn trên điểm đọng sương để chống ăn mòn.",
            "A heat-pipe or stainless-plate heat exchanger fitted on the kiln's 150–300 °C flue uses the recovered heat to preheat the burner's combustion air, heat water for pretreatment tanks or supply hot air to a secondary drying chamber. Automatic dampers and temperature sensors keep the outgoing flue gas above its dew point to prevent corrosion.",
        ),
        gain: (
            "giảm 15–25% nhiên liệu đốt của lò và hoàn vốn trong 12–24 tháng",
            "cuts the kiln's fuel use by 15–25% and pays back in 12–24 months",
        ),
        variants: [
            Variant {
                title: (
                    "Thu hồi nhiệt khí thải lò nung gốm để sấy mộc trước khi nung",
                    "Kiln exhaust heat recovery for drying greenware before firing",
                ),
                detail: "Dẫn khí nóng sạch từ bộ trao đổi nhiệt sang buồng sấy mộc, rút thời gian sấy từ 3 ngày xuống 1 ngày.",
            },
            Variant {
                title: (
                    "Thu hồi nhiệt khí thải lò sấy sơn để đun nóng bể tiền xử lý",
                    "Exhaust heat recovery from paint-curing ovens to heat pretreatment tanks",
                ),
                detail: "Bộ trao đổi nhiệt khói – nước cấp nước nóng 60 °C cho bể tẩy dầu, thay cho điện trở hoặc nồi hơi riêng.",
            },
            Variant {
                title: (
                    "Thu hồi nhiệt khí thải lò hơi đốt than, củi để sấy nóng không khí cấp",
                    "Exhaust heat recovery from coal- and wood-fired boilers to preheat combustion air",
                ),
                detail: "Bộ ống nhiệt lắp trước ống khói làm tăng 5–8% hiệu suất lò hơi mà không phải cải tạo buồng đốt.",
            },
        ],
        users: [
            "cơ sở gốm mỹ nghệ và lò nung vật liệu",
            "xưởng sơn tĩnh điện, sơn sấy kim loại",
            "nhà máy chế biến nông sản dùng lò hơi, lò sấy",
        ],
        strengths: [
            "Lắp trên lò đang chạy trong 3–5 ngày, không phải thay lò",
            "Ống nhiệt kín độc lập, hỏng một ống không làm dừng cả bộ trao đổi nhiệt",
        ],
    },
    Tech {
        name: (
            "hệ thống khí nén tiết kiệm điện dùng biến tần và dò rò rỉ siêu âm",
            "energy-saving compressed-air system with variable-speed drives and ultrasonic leak detection",
        ),
        solves: "máy nén khí chạy non tải và đường ống khí nén rò rỉ làm hao điện",
        how: (
            "Máy nén khí trục vít được lắp biến tần để chạy theo lưu lượng thực, bộ điều khiển trung tâm xếp lịch chạy nhiều máy và giữ áp suất mạng ở mức thấp nhất đủ dùng; lưu lượng kế và công tơ điện ghi mức tiêu thụ kWh trên mỗi m³ khí. Mỗi quý kỹ thuật viên dùng máy dò siêu âm quét đường ống, gắn thẻ và sửa các điểm rò, vốn thường chiếm 20–30% lượng khí nén sinh ra.",
            "Screw compressors are fitted with variable-speed drives to follow actual demand, a central controller sequences several compressors and keeps network pressure at the lowest sufficient level, and flow meters and power meters log kWh per m³ of air. Every quarter technicians scan the pipework with an ultrasonic detector, tag and fix leaks, which typically waste 20–30% of the compressed air produced.",
        ),
        gain: (
            "giảm 20–35% điện năng của trạm khí nén, vốn chiếm 10–30% tiền điện của nhà máy",
            "cuts the compressed-air station's electricity by 20–35%, on a load that is 10–30% of the plant's power bill",
        ),
        variants: [
            Variant {
                title: (
                    "Lắp biến tần cho trạm khí nén sẵn có, trả chi phí bằng tiền điện tiết kiệm",
                    "Variable-speed drives for existing compressed-air stations, paid from the electricity saved",
                ),
                detail: "Nhà cung cấp bỏ vốn lắp biến tần và chia phần tiền điện tiết kiệm trong 3 năm, nhà máy không phải đầu tư ban đầu.",
            },
            Variant {
                title: (
                    "Kiểm toán và dò rò rỉ khí nén bằng siêu âm cho nhà máy dệt may, bao bì",
                    "Ultrasonic compressed-air leak audit for textile, garment and packaging plants",
                ),
                detail: "Quét toàn bộ đường ống, lập bản đồ điểm rò kèm ước tính tiền điện thất thoát của từng điểm và sửa ngay các điểm lớn.",
            },
            Variant {
                title: (
                    "Giám sát điện năng trạm khí nén theo thời gian thực bằng IoT",
                    "Real-time IoT energy monitoring of compressed-air stations",
                ),
                detail: "Công tơ và lưu lượng kế IoT tính kWh/m³ từng giờ, cảnh báo khi máy nén chạy không tải hoặc áp suất đặt quá cao.",
            },
        ],
        users: [
            "nhà máy may mặc, da giày dùng nhiều máy nén khí",
            "nhà máy bao bì, ép nhựa và thổi chai",
            "nhà máy chế biến thực phẩm, đồ uống",
        ],
        strengths: [
            "Đo điện năng trước và sau cải tạo để chứng minh mức tiết kiệm bằng số liệu",
            "Lắp thêm vào hệ thống đang chạy, không phải thay máy nén khí",
        ],
    },
    Tech {
        name: ("máy sấy cói và sản phẩm cói bằng bơm nhiệt", "heat-pump dryer for sedge and sedge products"),
        solves: "phơi cói phụ thuộc nắng, sản phẩm cói bị mốc và xỉn màu vào mùa mưa nồm",
        how: (
            "Buồng sấy cách nhiệt dùng bơm nhiệt công suất 5–15 kW sấy cói sợi và sản phẩm cói ở 45–55 °C, hơi ẩm trong không khí được ngưng tụ tách ra nên cói khô nhanh mà không giòn gãy, bạc màu. Bộ điều khiển đo độ ẩm sản phẩm và tự dừng khi cói đạt 10–12%, đủ khô để bảo quản không mốc.",
            "An insulated chamber with a 5–15 kW heat pump dries sedge stalks and sedge products at 45–55 °C; moisture is condensed out of the air, so the sedge dries quickly without becoming brittle or fading. The controller measures product moisture and stops automatically when the sedge reaches 10–12%, dry enough to store without mould.",
        ),
        gain: (
            "sấy xong mẻ cói trong 8–12 giờ bất kể thời tiết, giảm tỷ lệ hàng cói bị mốc từ 5–10% xuống dưới 1% và tốn ít hơn 50% điện so với sấy bằng điện trở",
            "dries a batch of sedge in 8–12 hours whatever the weather, cuts mouldy sedge goods from 5–10% to under 1% and uses 50% less electricity than resistance heating",
        ),
        variants: [
            Variant {
                title: (
                    "Máy sấy cói sợi bằng bơm nhiệt cho hộ chẻ cói vào vụ thu hoạch",
                    "Heat-pump dryer for sedge stalks for splitting households at harvest time",
                ),
                detail: "Buồng sấy 3 tấn cói tươi mỗi mẻ, không phải phơi trên đường, bờ đê trong vụ cói tháng 5–6 và tháng 9–10.",
            },
            Variant {
                title: (
                    "Buồng sấy bơm nhiệt chống mốc cho thảm, túi, giỏ cói trước khi đóng container",
                    "Heat-pump anti-mould drying room for sedge rugs, bags and baskets before container loading",
                ),
                detail: "Sấy lại thành phẩm xuống độ ẩm dưới 12% và lưu biên bản độ ẩm từng lô theo yêu cầu của nhà nhập khẩu.",
            },
            Variant {
                title: (
                    "Máy sấy cói bằng bơm nhiệt kết hợp mái thu nhiệt mặt trời cho hợp tác xã",
                    "Heat-pump sedge dryer with a solar air-heating roof for cooperatives",
                ),
                detail: "Mái thu nhiệt mặt trời làm nóng sơ bộ không khí, giảm thêm 20–30% điện của bơm nhiệt vào ngày nắng.",
            },
        ],
        users: [
            "hộ chẻ và phơi cói ở Kim Sơn",
            "doanh nghiệp xuất khẩu thảm, túi, giỏ cói",
            "hợp tác xã cói và mây tre đan",
        ],
        strengths: [
            "Sấy ở nhiệt độ thấp giữ màu xanh ngà tự nhiên và độ dẻo của sợi cói",
            "Tự dừng theo độ ẩm sản phẩm, không cần người canh mẻ sấy",
        ],
    },
];
