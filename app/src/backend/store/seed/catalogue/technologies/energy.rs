//! The energy sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("hệ thống điện mặt trời áp mái kèm lưu trữ", "rooftop solar with battery storage"),
        solves: "chi phí điện cao và mất điện giờ cao điểm",
        how: (
            "Tấm pin quang điện đơn tinh thể 550–600 Wp lắp trên mái tôn hoặc mái bê tông, nối với biến tần hybrid và tủ pin lưu trữ lithium sắt phốt phát (LFP) 50–200 kWh; hệ thống ưu tiên dùng điện mặt trời tại chỗ, nạp pin buổi trưa và xả vào giờ cao điểm tối 17–20 giờ. Khi lưới mất điện, tủ chuyển nguồn tự động cấp điện cho phụ tải ưu tiên trong dưới 20 mili giây.",
            "Monocrystalline 550–600 Wp panels mounted on metal or concrete roofs feed a hybrid inverter and a 50–200 kWh lithium iron phosphate (LFP) battery cabinet; the system uses solar power on site first, charges the battery at midday and discharges it in the 5–8 p.m. evening peak. When the grid fails, an automatic transfer switch supplies priority loads in under 20 milliseconds.",
        ),
        gain: (
            "giảm 30–45% tiền điện hằng tháng và giữ điện cho phụ tải quan trọng 3–5 giờ khi lưới mất điện",
            "cuts monthly power bills by 30–45% and keeps critical loads running for 3–5 hours during grid outages",
        ),
        variants: [
            Variant {
                title: (
                    "Điện mặt trời áp mái kèm lưu trữ pin LFP cho nhà xưởng, tự tiêu thụ không phát lên lưới",
                    "Rooftop solar with LFP battery storage for factories, self-consumption with zero grid export",
                ),
                detail: "Bộ chống phát ngược giữ toàn bộ điện cho nhà xưởng dùng, đúng quy định tự sản xuất, tự tiêu thụ và không cần hợp đồng bán điện.",
            },
            Variant {
                title: (
                    "Điện mặt trời áp mái kèm lưu trữ theo mô hình cho thuê, khách hàng không bỏ vốn",
                    "Rooftop solar with storage on a lease model, no upfront investment for the customer",
                ),
                detail: "Nhà đầu tư lắp đặt và vận hành, khách hàng trả tiền điện thấp hơn giá lưới 10–15% trong 15 năm rồi được bàn giao hệ thống.",
            },
            Variant {
                title: (
                    "Điện mặt trời áp mái kèm lưu trữ 10–30 kWh cho homestay và trang trại",
                    "Rooftop solar with 10–30 kWh storage for homestays and farms",
                ),
                detail: "Bộ trọn gói cỡ nhỏ lắp trong 2 ngày, giữ điện cho máy bơm, quạt sục khí hoặc tủ mát khi lưới mất điện.",
            },
        ],
        users: [
            "nhà máy da giày, may mặc có mái tôn 5.000–20.000 m²",
            "homestay và nhà nghỉ ở Tam Cốc, Tràng An",
            "trang trại nuôi tôm cần quạt sục khí chạy liên tục",
        ],
        strengths: [
            "Pin LFP không cháy lan, tuổi thọ 6.000 chu kỳ sạc xả",
            "Chuyển sang chế độ dự phòng trong dưới 20 mili giây, máy tính và máy móc không bị khởi động lại",
        ],
    },
    Tech {
        name: ("giải pháp quản lý năng lượng cho khách sạn", "energy management for hotels"),
        solves: "hóa đơn điện lớn của khách sạn và khu nghỉ dưỡng",
        how: (
            "Công tắc thẻ từ, cảm biến hiện diện và cảm biến cửa sổ ở mỗi phòng tự đưa điều hòa về 27°C hoặc ngắt khi khách ra ngoài, kết nối với phần mềm quản lý buồng phòng để tắt điện phòng trống. Đồng hồ đo điện phụ cho chiller, bơm nước nóng, bếp và chiếu sáng sảnh gửi số liệu về bảng điều khiển để kỹ thuật viên theo dõi điện năng trên mỗi đêm phòng.",
            "Key-card switches, occupancy sensors and window contacts in every room set the air conditioning back to 27°C or switch it off when guests go out, and link to the housekeeping software to cut power to vacant rooms. Sub-meters on chillers, hot-water pumps, kitchens and lobby lighting feed a dashboard where technicians track electricity per occupied room night.",
        ),
        gain: (
            "giảm 20–30% tiền điện của khách sạn mà không làm giảm điểm hài lòng của khách",
            "cuts a hotel's electricity bill by 20–30% without lowering guest-satisfaction scores",
        ),
        variants: [
            Variant {
                title: (
                    "Quản lý năng lượng cho khách sạn theo trạng thái phòng, kết nối phần mềm lễ tân",
                    "Hotel energy management driven by room status and linked to front-office software",
                ),
                detail: "Phòng chưa có khách được giữ ở chế độ tiết kiệm, điều hòa chỉ làm mát trước 30 phút khi khách làm thủ tục nhận phòng.",
            },
            Variant {
                title: (
                    "Quản lý năng lượng cho khách sạn tối ưu chiller và hệ nước nóng trung tâm",
                    "Hotel energy management optimising chillers and central hot water",
                ),
                detail: "Điều chỉnh nhiệt độ nước lạnh và tốc độ bơm theo tải thực tế và công suất phòng, phù hợp khách sạn từ 150 phòng.",
            },
            Variant {
                title: (
                    "Quản lý năng lượng cho khách sạn nhỏ, homestay bằng ổ cắm và công tắc thông minh không dây",
                    "Energy management for small hotels and homestays with wireless smart plugs and switches",
                ),
                detail: "Không phải đi lại dây điện, chủ nhà đặt lịch và tắt thiết bị từ điện thoại, chi phí khoảng 1,5 triệu đồng mỗi phòng.",
            },
        ],
        users: [
            "khách sạn 4–5 sao ở trung tâm Ninh Bình",
            "khu nghỉ dưỡng sinh thái có biệt thự rải rác ở Tràng An, Vân Long",
            "homestay 8–15 phòng ở Tam Cốc, Hoa Lư",
        ],
        strengths: [
            "Báo cáo điện năng trên mỗi đêm phòng để so sánh giữa các tháng và giữa các khách sạn trong chuỗi",
            "Lắp được khi khách sạn vẫn kinh doanh, mỗi tầng xong trong 1 ngày",
        ],
    },
    Tech {
        name: ("lò hơi sinh khối đốt trấu hiệu suất cao", "high-efficiency rice-husk biomass boiler"),
        solves: "chi phí nhiên liệu lò hơi đốt than và dầu cao",
        how: (
            "Buồng đốt tầng sôi hoặc ghi xích đốt trấu, mùn cưa, viên nén sinh khối với hệ cấp liệu vít tải tự động, bộ hâm nước và bộ sấy không khí tận dụng nhiệt khói thải, đạt hiệu suất nhiệt 82–85%. Khói thải đi qua xyclon và lọc bụi túi vải để nồng độ bụi dưới 100 mg/Nm³, tro trấu được thu gom riêng.",
            "A fluidised-bed or chain-grate furnace burns rice husks, sawdust or biomass pellets fed by an automatic screw conveyor, with an economiser and air preheater recovering flue-gas heat for 82–85% thermal efficiency. Flue gas passes through a cyclone and a bag filter to keep dust below 100 mg/Nm³, and the husk ash is collected separately.",
        ),
        gain: (
            "giảm 35–50% chi phí nhiên liệu sản xuất hơi so với đốt than và hoàn vốn trong 2–3 năm",
            "cuts steam fuel costs by 35–50% compared with coal and pays back in 2–3 years",
        ),
        variants: [
            Variant {
                title: (
                    "Lò hơi sinh khối đốt trấu tầng sôi 2–10 tấn hơi/giờ cho nhà máy chế biến thực phẩm",
                    "2–10 t/h fluidised-bed rice-husk biomass boiler for food-processing plants",
                ),
                detail: "Buồng đốt tầng sôi đốt kiệt cả trấu có độ ẩm tới 15%, giữ áp suất hơi ổn định khi tải thay đổi.",
            },
            Variant {
                title: (
                    "Cải tạo lò hơi than thành lò hơi sinh khối đốt trấu, giữ nguyên thân lò",
                    "Converting coal boilers into rice-husk biomass boilers while keeping the boiler shell",
                ),
                detail: "Thay ghi, buồng đốt và hệ cấp liệu nhưng tận dụng thân lò, ống khói cũ nên chi phí chỉ bằng 40–50% lò mới.",
            },
            Variant {
                title: (
                    "Lò hơi sinh khối đốt trấu bán hơi theo tấn theo mô hình ESCO",
                    "Rice-husk biomass boiler selling steam by the tonne under an ESCO model",
                ),
                detail: "Nhà cung cấp đầu tư, vận hành lò và thu tiền theo tấn hơi đo được, khách hàng không phải lo nguồn trấu.",
            },
        ],
        users: [
            "nhà máy chế biến thực phẩm, nông sản cần hơi bão hòa 6–10 bar",
            "xưởng dệt nhuộm, giặt là công nghiệp trong cụm công nghiệp",
            "nhà máy giấy, bao bì carton",
        ],
        strengths: [
            "Đốt được nhiều loại nhiên liệu: trấu, mùn cưa, lõi ngô, viên nén gỗ",
            "Tro trấu thu gom sạch, bán được cho cơ sở làm gạch và phân bón",
        ],
    },
    Tech {
        name: ("trạm sạc xe điện thông minh", "smart EV charging station"),
        solves: "thiếu điểm sạc cho xe điện của khách và đội xe",
        how: (
            "Trụ sạc xoay chiều 7–22 kW và trụ sạc nhanh một chiều 60–120 kW chuẩn CCS2 kết nối phần mềm quản lý qua giao thức OCPP, khách khởi động phiên sạc và thanh toán bằng mã QR. Hệ thống cân bằng tải chia công suất giữa các trụ theo dung lượng trạm biến áp và ưu tiên sạc đội xe qua đêm vào giờ thấp điểm.",
            "7–22 kW AC chargers and 60–120 kW CCS2 DC fast chargers connect to management software over OCPP, and drivers start a session and pay by QR code. Load balancing shares power between chargers within the transformer's capacity and schedules overnight fleet charging in off-peak hours.",
        ),
        gain: (
            "giữ khách lưu lại điểm dừng thêm 40–60 phút và giảm 25–35% chi phí điện sạc cho đội xe nhờ sạc giờ thấp điểm",
            "keeps visitors at a stop 40–60 minutes longer and cuts fleet charging costs by 25–35% through off-peak charging",
        ),
        variants: [
            Variant {
                title: (
                    "Trạm sạc xe điện thông minh cho bãi đỗ khu du lịch, thanh toán bằng mã QR",
                    "Smart EV charging station for tourist-site car parks with QR payment",
                ),
                detail: "Trụ sạc 22 kW và 60 kW đặt tại bãi đỗ, khách quét mã QR để sạc trong 2–3 giờ tham quan mà không cần cài ứng dụng.",
            },
            Variant {
                title: (
                    "Trạm sạc xe điện thông minh cho đội taxi, xe buýt điện sạc qua đêm theo lịch",
                    "Smart EV charging depot for electric taxi and bus fleets with scheduled overnight charging",
                ),
                detail: "Phần mềm xếp lịch sạc theo giờ xe về bãi và mức pin còn lại để không vượt công suất trạm biến áp.",
            },
            Variant {
                title: (
                    "Trạm sạc xe điện thông minh kết hợp điện mặt trời và pin lưu trữ cho trạm dừng nghỉ",
                    "Smart EV charging station with solar and battery storage for rest stops",
                ),
                detail: "Pin lưu trữ 200 kWh hỗ trợ trụ sạc nhanh nên trạm không phải nâng cấp đường dây trung thế.",
            },
        ],
        users: [
            "bãi đỗ xe của khu du lịch Tràng An, Bái Đính",
            "hãng taxi, xe du lịch đang chuyển đội xe sang xe điện",
            "trạm dừng nghỉ trên tuyến cao tốc Bắc – Nam qua Ninh Bình",
        ],
        strengths: [
            "Tương thích chuẩn CCS2 và OCPP, không phụ thuộc một hãng xe",
            "Cân bằng tải tự động, không phải nâng công suất trạm biến áp",
        ],
    },
    Tech {
        name: ("bơm nhiệt công nghiệp cấp nước nóng", "industrial heat pumps for hot water"),
        solves: "giảm chi phí đun nước nóng bằng điện trở, gas hoặc dầu",
        how: (
            "Máy bơm nhiệt không khí – nước dùng môi chất R32 hoặc CO₂ với hệ số COP 4–5 lấy nhiệt từ không khí để đun nước lên 55–80°C, trữ trong bồn bảo ôn 2.000–10.000 lít. Bộ điều khiển ưu tiên chạy máy vào giờ thấp điểm và có thể tận dụng nhiệt thải dàn nóng điều hòa trung tâm để gia nhiệt sơ bộ.",
            "Air-to-water heat pumps using R32 or CO₂ refrigerant with a COP of 4–5 draw heat from the air to bring water to 55–80°C, stored in insulated tanks of 2,000–10,000 litres. The controller runs the units preferably in off-peak hours and can use waste heat from central air-conditioning condensers for preheating.",
        ),
        gain: (
            "giảm 60–75% chi phí đun nước nóng so với điện trở và 40–50% so với gas",
            "cuts water-heating costs by 60–75% versus electric resistance heaters and by 40–50% versus gas",
        ),
        variants: [
            Variant {
                title: (
                    "Bơm nhiệt cấp nước nóng trung tâm cho khách sạn và bể bơi nước ấm",
                    "Central heat-pump hot water for hotels and heated swimming pools",
                ),
                detail: "Cụm 3–6 máy 20–40 kW chạy luân phiên, giữ nước 55°C cho phòng tắm và 28–30°C cho bể bơi vào mùa đông.",
            },
            Variant {
                title: (
                    "Bơm nhiệt công nghiệp 80–90°C cấp nước nóng cho xưởng chế biến thực phẩm",
                    "80–90°C industrial heat pumps supplying hot water for food-processing workshops",
                ),
                detail: "Dùng môi chất CO₂ để đạt 80–90°C cho khâu rửa, chần, vệ sinh thiết bị, thay cho lò hơi nhỏ đốt dầu.",
            },
            Variant {
                title: (
                    "Bơm nhiệt cấp nước nóng thu hồi nhiệt thải điều hòa và máy nén kho lạnh",
                    "Heat-pump hot water recovering waste heat from air conditioning and cold-store compressors",
                ),
                detail: "Lấy nhiệt thải của hệ thống điều hòa, kho lạnh để gia nhiệt nước gần như miễn phí, bơm nhiệt chỉ bù phần còn thiếu.",
            },
        ],
        users: [
            "khách sạn, khu nghỉ dưỡng có bể bơi nước ấm",
            "xưởng chế biến thủy sản, lò giết mổ cần nước nóng vệ sinh",
            "bệnh viện và ký túc xá trường học",
        ],
        strengths: [
            "Mỗi kWh điện tạo ra 4–5 kWh nhiệt",
            "Không có ngọn lửa, không có khí thải tại chỗ, lắp được trên sân thượng",
        ],
    },
    Tech {
        name: (
            "biến tần và điều khiển tối ưu cho động cơ, máy nén khí",
            "variable-speed drives and controls for motors and air compressors",
        ),
        solves: "giảm điện năng lãng phí ở quạt, bơm và máy nén khí chạy non tải",
        how: (
            "Biến tần được lắp cho quạt, bơm, máy nén khí trục vít để tốc độ động cơ bám theo áp suất hoặc lưu lượng thực cần, thay vì chạy định mức rồi tiết lưu bằng van, tấm chắn gió. Kèm theo là dò rò rỉ khí nén bằng thiết bị siêu âm và bộ điều khiển tổng điều phối nhiều máy nén theo tải.",
            "Variable-speed drives are fitted to fans, pumps and screw air compressors so motor speed follows the pressure or flow actually needed instead of running at full speed and throttling with valves or dampers. This comes with ultrasonic compressed-air leak detection and a master controller that sequences several compressors to the load.",
        ),
        gain: (
            "giảm 20–40% điện năng của hệ thống quạt, bơm, khí nén và hoàn vốn trong 12–24 tháng",
            "cuts the electricity of fan, pump and compressed-air systems by 20–40% with a 12–24-month payback",
        ),
        variants: [
            Variant {
                title: (
                    "Biến tần cho máy nén khí trục vít kèm dò rò rỉ khí nén bằng siêu âm",
                    "Variable-speed drives for screw air compressors with ultrasonic leak detection",
                ),
                detail: "Đo 2 tuần để lập biểu đồ tải, sửa các điểm rò thường chiếm 20–30% lượng khí nén rồi mới chọn công suất biến tần.",
            },
            Variant {
                title: (
                    "Biến tần cho bơm, quạt theo hợp đồng chia sẻ tiền điện tiết kiệm",
                    "Variable-speed drives for pumps and fans under a shared-savings contract",
                ),
                detail: "Nhà cung cấp bỏ vốn lắp biến tần, hai bên chia phần tiền điện tiết kiệm đo được trong 3–5 năm.",
            },
            Variant {
                title: (
                    "Biến tần và điều khiển tối ưu cho động cơ bơm của trạm bơm, nhà máy nước",
                    "Variable-speed drives and optimised control for pump motors at pumping stations and waterworks",
                ),
                detail: "Điều khiển tốc độ bơm theo áp lực mạng và mực nước, giảm hiện tượng búa nước làm vỡ ống khi khởi động.",
            },
        ],
        users: [
            "nhà máy dệt, may có hệ thống khí nén 75–300 kW",
            "nhà máy nước sạch có trạm bơm cấp 2",
            "nhà máy thức ăn chăn nuôi có nhiều quạt hút, băng tải",
        ],
        strengths: [
            "Đo kiểm trước và sau lắp đặt theo phương pháp đo lường và kiểm chứng, số tiết kiệm minh bạch",
            "Khởi động mềm giảm dòng khởi động, kéo dài tuổi thọ động cơ và vòng bi",
        ],
    },
    Tech {
        name: ("hầm biogas phủ bạt HDPE cho trang trại chăn nuôi", "HDPE-covered biogas digester for livestock farms"),
        solves: "xử lý chất thải chuồng trại gây ô nhiễm trong khi trang trại vẫn tốn nhiều tiền điện",
        how: (
            "Hầm kỵ khí phủ bạt HDPE dày 1,5–2 mm, dung tích 1.000–5.000 m³ nhận phân và nước rửa chuồng, sinh khí biogas chứa 55–65% mê-tan. Khí được khử H₂S bằng tháp phoi sắt, tách nước rồi cấp cho máy phát điện 50–250 kW; nhiệt thải của động cơ dùng để sưởi ô úm heo con.",
            "An anaerobic lagoon covered with 1.5–2 mm HDPE liner, holding 1,000–5,000 m³, takes manure and barn wash water and produces biogas with 55–65% methane. The gas is scrubbed of H₂S in an iron-filings tower and dried, then fuels a 50–250 kW generator; engine waste heat warms the piglet brooding pens.",
        ),
        gain: (
            "tự cấp 60–90% điện năng của trang trại và giảm mùi hôi, tải lượng nước thải trước khi vào khâu xử lý tiếp theo",
            "supplies 60–90% of a farm's electricity and reduces odour and wastewater load before downstream treatment",
        ),
        variants: [
            Variant {
                title: (
                    "Hầm biogas phủ bạt HDPE phát điện cho trang trại lợn 2.000–10.000 con",
                    "HDPE-covered biogas digester generating power for 2,000–10,000-pig farms",
                ),
                detail: "Máy phát 100–250 kW chạy hoàn toàn bằng biogas, hòa đồng bộ với lưới để chạy quạt thông gió và bơm làm mát chuồng.",
            },
            Variant {
                title: (
                    "Hầm biogas phủ bạt HDPE cấp khí đốt cho lò sấy và bếp nấu cám của trang trại vừa",
                    "HDPE-covered biogas digester supplying fuel gas for dryers and feed cookers on mid-size farms",
                ),
                detail: "Không dùng máy phát, khí được tăng áp nhẹ và dẫn đến đầu đốt lò sấy, bếp nấu cám, phù hợp trang trại 500–2.000 con.",
            },
            Variant {
                title: (
                    "Hầm biogas phủ bạt HDPE kèm đo đếm khí để đăng ký tín chỉ carbon",
                    "HDPE-covered biogas digester with gas metering for carbon-credit registration",
                ),
                detail: "Đồng hồ lưu lượng và máy phân tích khí đo lượng mê-tan được đốt, lập hồ sơ đăng ký tín chỉ carbon cho chủ trang trại.",
            },
        ],
        users: [
            "trang trại lợn 2.000–10.000 con ở Nho Quan, Gia Viễn",
            "trang trại bò sữa, bò thịt tập trung",
            "hợp tác xã chăn nuôi có khu xử lý chất thải chung",
        ],
        strengths: [
            "Bạt HDPE chống tia UV, tuổi thọ 10–15 năm, thi công trong 30–45 ngày",
            "Khí được khử H₂S trước khi vào máy phát nên động cơ bền, ít phải đại tu",
        ],
    },
    Tech {
        name: ("thuyền du lịch chạy điện dùng pin lithium", "battery-electric tourist boats"),
        solves: "hạn chế tiếng ồn, khói và váng dầu từ thuyền máy trên các tuyến sông, đầm du lịch",
        how: (
            "Thuyền vỏ composite 10–20 chỗ lắp động cơ điện 5–15 kW và bộ pin LFP 20–40 kWh đặt dưới sàn, đủ chạy 4–6 chuyến 1,5 giờ mỗi ngày với tốc độ 8–10 km/h. Pin được sạc qua đêm tại bến bằng tủ sạc có nối đất an toàn, mái che lắp pin mặt trời 3–5 kWp bổ sung điện ban ngày.",
            "Composite boats seating 10–20 carry a 5–15 kW electric motor and a 20–40 kWh LFP battery under the deck, enough for 4–6 trips of 1.5 hours a day at 8–10 km/h. The batteries charge overnight at the pier from earthed charging cabinets, and a 3–5 kWp solar canopy tops them up during the day.",
        ),
        gain: (
            "giảm 50–60% chi phí năng lượng mỗi chuyến so với động cơ xăng, không khói và tiếng ồn dưới 55 dB",
            "cuts energy cost per trip by 50–60% versus petrol engines, with no exhaust and noise below 55 dB",
        ),
        variants: [
            Variant {
                title: (
                    "Thuyền du lịch chạy điện 10–12 chỗ dùng pin lithium cho tuyến sông trong khu danh thắng",
                    "10–12-seat battery-electric tourist boat for river routes in scenic areas",
                ),
                detail: "Mớn nước dưới 40 cm, chân vịt có lồng bảo vệ để đi qua hang động, đoạn sông cạn và nhiều bèo.",
            },
            Variant {
                title: (
                    "Chuyển đổi thuyền máy xăng thành thuyền du lịch chạy điện, giữ nguyên vỏ thuyền",
                    "Converting petrol boats into battery-electric tourist boats, keeping the hull",
                ),
                detail: "Thay máy xăng bằng động cơ điện gắn ngoài và bộ pin, chi phí khoảng 90–140 triệu đồng mỗi thuyền.",
            },
            Variant {
                title: (
                    "Thuyền du lịch chạy điện dùng pin lithium thuê theo gói, đổi pin tại bến",
                    "Battery-electric tourist boats with leased battery packs swapped at the pier",
                ),
                detail: "Chủ thuyền thuê pin theo tháng và đổi pin đầy tại bến trong 5 phút, không phải chờ sạc.",
            },
        ],
        users: [
            "hợp tác xã thuyền du lịch trên sông Hoàng Long, Kênh Gà",
            "khu du lịch sinh thái đầm Vân Long",
            "khu nghỉ dưỡng có hồ nước đưa đón khách bằng thuyền",
        ],
        strengths: [
            "Không khói, không váng dầu xuống sông và hang động",
            "Chạy gần như không tiếng động, du khách nghe rõ lời thuyết minh",
        ],
    },
];
