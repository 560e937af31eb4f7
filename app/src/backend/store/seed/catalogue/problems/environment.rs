//! The environment sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("xử lý nước thải làng nghề chế biến nông sản", "treating wastewater of food-processing villages"),
        cases: [
            Case {
                title: (
                    "xử lý 400 m³ nước thải mỗi ngày của làng nghề làm bún, bánh đa ở Yên Khánh",
                    "treating 400 m³ a day of wastewater from a rice-noodle and rice-paper village in Yên Khánh",
                ),
                situation: (
                    "Khoảng 150 hộ ngâm gạo, xay bột và luộc bún, thải nước chua có COD 4.000–6.000 mg/L thẳng ra mương nội đồng, nước đen và bốc mùi từ 3 giờ sáng. Làng không còn đất rộng, mỗi hộ chỉ chấp nhận góp khoảng 100.000 đồng/tháng cho vận hành.",
                    "About 150 households soak rice, grind flour and boil noodles, discharging sour water with 4,000–6,000 mg/L COD straight into field ditches that turn black and smell from 3 a.m. The village has no large plot left, and each household will contribute only about 100,000 VND a month for operation.",
                ),
            },
            Case {
                title: (
                    "xử lý nước thải làng nghề nấu rượu và chăn nuôi lợn ở Kim Sơn",
                    "treating wastewater from a rice-wine distilling and pig-raising village in Kim Sơn",
                ),
                situation: (
                    "Gần 200 hộ nấu rượu lấy bã nuôi lợn, mỗi ngày thải khoảng 250 m³ nước rửa chuồng và nước bã rượu giàu amoni xuống kênh tưới. Nước kênh đen kịt, cá chết vào mùa khô và lúa ở hạ nguồn bị lốp đổ do thừa đạm.",
                    "Nearly 200 households distil rice wine and feed the mash to pigs, discharging about 250 m³ a day of pen-washing water and ammonia-rich stillage into the irrigation canal. The canal runs black, fish die in the dry season and rice downstream lodges from excess nitrogen.",
                ),
            },
            Case {
                title: (
                    "xử lý nước thải của cụm 30 cơ sở làm miến dong và tinh bột sắn ở Nho Quan",
                    "treating wastewater from a cluster of 30 arrowroot-noodle and cassava-starch makers in Nho Quan",
                ),
                situation: (
                    "Vào vụ chế biến từ tháng 10 đến tháng 3, cụm cơ sở thải 600–800 m³ nước mỗi ngày có COD tới 8.000 mg/L và xyanua từ củ sắn, các tháng còn lại gần như không có nước thải. Ao chứa tự nhiên đã quá tải, mùi hôi lan tới trường học cách 300 m.",
                    "During the processing season from October to March the cluster discharges 600–800 m³ a day with COD up to 8,000 mg/L and cyanide from cassava roots, and almost nothing in the other months. The natural holding pond is overloaded and the stench reaches a school 300 m away.",
                ),
            },
        ],
        wanted: "Nước thải sau xử lý đạt QCVN 40 cột B về COD, amoni và tổng nitơ. Chi phí vận hành không quá 5.000 đồng/m³ và trạm chiếm không quá 1.000 m².",
    },
    Problem {
        name: (
            "quan trắc chất lượng nước sông Đáy theo thời gian thực",
            "real-time water-quality monitoring of the Đáy river",
        ),
        cases: [
            Case {
                title: (
                    "cảnh báo ô nhiễm trước cửa lấy nước thô của nhà máy nước 30.000 m³/ngày trên sông Đáy",
                    "warning of pollution ahead of the raw-water intake of a 30,000 m³/day waterworks on the Đáy river",
                ),
                situation: (
                    "Nhà máy cấp nước cho khoảng 120.000 dân nhưng chỉ lấy mẫu nước thô phân tích 2 lần mỗi ngày. Mùa khô năm trước có 3 lần amoni trong nước thô tăng vọt trên 3 mg/L, nhà máy chỉ phát hiện khi nước thành phẩm có mùi.",
                    "The plant supplies about 120,000 people but samples its raw water only twice a day. Last dry season ammonium in the raw water spiked above 3 mg/L three times, and the plant only noticed when the treated water began to smell.",
                ),
            },
            Case {
                title: (
                    "theo dõi khối nước ô nhiễm từ sông Nhuệ đổ vào sông Đáy đoạn qua Phủ Lý",
                    "tracking polluted water from the Nhuệ river entering the Đáy river at Phủ Lý",
                ),
                situation: (
                    "Khi các cống trên sông Nhuệ mở để tiêu úng, nước đen có oxy hòa tan dưới 2 mg/L đổ vào sông Đáy và cá lồng ở hạ lưu chết hàng loạt. Số liệu quan trắc thủ công chỉ có 12 lần mỗi năm, không đủ để báo cho người nuôi cá lồng và đối chiếu với lịch vận hành cống.",
                    "When sluices on the Nhuệ river open for drainage, black water with dissolved oxygen below 2 mg/L flows into the Đáy and caged fish downstream die en masse. Manual monitoring gives only 12 readings a year, not enough to warn cage farmers or match against the sluice schedule.",
                ),
            },
            Case {
                title: (
                    "giám sát các điểm xả thải của khu công nghiệp dọc sông Đáy ở Gia Viễn, Yên Khánh",
                    "monitoring industrial-park discharge points along the Đáy river in Gia Viễn and Yên Khánh",
                ),
                situation: (
                    "Đoạn sông dài 35 km có 7 điểm xả nước thải công nghiệp và đô thị; người dân nhiều lần phản ánh nước đổi màu vào ban đêm nhưng khi cán bộ đến lấy mẫu thì nước đã trở lại bình thường. Ngân sách năm đầu cho việc giám sát khoảng 2 tỷ đồng.",
                    "The 35 km stretch has 7 industrial and urban discharge points; residents have often reported the water changing colour at night, but by the time officials arrive to sample it has returned to normal. The first-year monitoring budget is about 2 billion VND.",
                ),
            },
        ],
        wanted: "Có số liệu pH, oxy hòa tan, amoni, COD và độ đục tại ít nhất 5 điểm trên sông Đáy, cập nhật 15 phút một lần. Cảnh báo tự động trong vòng 30 phút khi chỉ tiêu vượt QCVN 08, kèm mẫu nước lưu để đối chứng.",
    },
    Problem {
        name: ("cảnh báo ngập úng đô thị", "urban flood warning"),
        cases: [
            Case {
                title: (
                    "cảnh báo ngập cho 25 tuyến phố trũng ở trung tâm Hoa Lư",
                    "flood warnings for 25 low-lying streets in central Hoa Lư",
                ),
                situation: (
                    "Mỗi trận mưa trên 100 mm trong 3 giờ làm các tuyến phố trũng ngập sâu 30–60 cm, xe máy chết máy hàng loạt và nước chỉ rút sau 4–6 giờ. Đơn vị thoát nước chỉ biết điểm ngập khi người dân gọi điện báo, không chủ động vận hành trạm bơm trước.",
                    "Every storm of over 100 mm in 3 hours floods the low streets 30–60 cm deep, motorbikes stall in droves and the water takes 4–6 hours to recede. The drainage operator only learns of flooding when residents phone in and cannot start the pumps ahead of time.",
                ),
            },
            Case {
                title: (
                    "cảnh báo ngập hầm gửi xe của các chung cư mới ở thành phố Nam Định",
                    "flood warnings for basement car parks of new apartment blocks in Nam Định city",
                ),
                situation: (
                    "Trận mưa tháng 9/2024 làm ngập 4 hầm gửi xe, hơn 300 xe máy và 40 ô tô hư hỏng vì cư dân không được báo kịp để di chuyển xe. Ban quản trị các tòa nhà cần cảnh báo sớm ít nhất 1 giờ, trong khi mỗi tòa chỉ có 2–3 nhân viên kỹ thuật.",
                    "The September 2024 rains flooded 4 basement car parks, damaging over 300 motorbikes and 40 cars because residents were not warned in time to move them. Building managers need at least one hour's warning, and each block has only 2–3 technicians.",
                ),
            },
            Case {
                title: (
                    "điều hành trạm bơm tiêu chống ngập cho khu đô thị mới 150 ha ở Phủ Lý",
                    "running drainage pumping stations against flooding in a new 150-hectare urban area of Phủ Lý",
                ),
                situation: (
                    "Khu đô thị xây trên nền ruộng trũng, cống tự chảy ra sông Châu bị nước sông dâng chặn vào mùa lũ. Hai trạm bơm 4 m³/giây đang khởi động theo kinh nghiệm của công nhân, nhiều lần bơm muộn khiến khu dân cư ngập 40 cm trong nửa ngày.",
                    "The area is built on low paddy land, and its gravity drains to the Châu river are blocked when the river rises in the flood season. Two 4 m³/s pumping stations are started on the operators' experience, and late starts have several times left homes under 40 cm of water for half a day.",
                ),
            },
        ],
        wanted: "Cảnh báo trước ít nhất 1–3 giờ cho các điểm ngập qua tin nhắn và ứng dụng, bản đồ độ sâu ngập cập nhật 5 phút một lần. Thời gian ngập tại các tuyến phố trọng điểm giảm ít nhất 50%.",
    },
    Problem {
        name: (
            "xử lý nước thải sinh hoạt của cơ sở du lịch trong vùng di sản Tràng An",
            "treating domestic wastewater from tourism businesses in the Tràng An heritage area",
        ),
        cases: [
            Case {
                title: (
                    "xử lý nước thải của 60 homestay ở Tam Cốc đang xả ra sông Ngô Đồng",
                    "treating wastewater from 60 homestays in Tam Cốc that discharge into the Ngô Đồng river",
                ),
                situation: (
                    "Mỗi homestay 6–20 phòng, mùa cao điểm thải 3–8 m³ nước mỗi ngày qua bể tự hoại cũ rồi chảy thẳng ra ruộng và sông Ngô Đồng, nơi thuyền chở khách tham quan. Tháng 5–6 nước sông nổi váng, rêu tảo phát triển mạnh và khách phản ánh mùi trên các trang đánh giá.",
                    "Each homestay has 6–20 rooms and in peak season discharges 3–8 m³ a day through an old septic tank straight into the fields and the Ngô Đồng river, where boats carry visitors. In May and June the river grows scum and algae, and visitors mention the smell on review sites.",
                ),
            },
            Case {
                title: (
                    "xử lý nước thải cho cụm nhà hàng phục vụ 2.000 khách đoàn mỗi ngày gần Bái Đính",
                    "treating wastewater for a cluster of restaurants serving 2,000 tour-group guests a day near Bái Đính",
                ),
                situation: (
                    "Tám nhà hàng phục vụ khách hành hương, lượng nước thải dao động từ 20 m³ ngày thường lên 120 m³ mỗi ngày trong mùa lễ hội tháng Giêng, lẫn nhiều dầu mỡ. Bể tách mỡ thủ công thường xuyên tràn, cơ quan quản lý yêu cầu đạt quy chuẩn trước mùa lễ hội năm sau.",
                    "Eight restaurants serve pilgrims, with wastewater ranging from 20 m³ on ordinary days to 120 m³ a day in the January festival season, loaded with grease. The manual grease traps often overflow, and the authorities require compliance before next year's festival season.",
                ),
            },
            Case {
                title: (
                    "xử lý nước thải cho các hộ làm du lịch cộng đồng ở thôn chân núi Hoa Lư chưa có cống chung",
                    "treating wastewater for community-tourism households in a Hoa Lư foothill village without sewers",
                ),
                situation: (
                    "Thôn có 35 hộ đón khách ăn nghỉ, nằm trong vùng đệm di sản nên không được xây trạm xử lý tập trung lớn, mỗi hộ chỉ có 20–50 m² sân. Mỗi hộ sẵn sàng chi 30–50 triệu đồng nếu hệ thống không gây mùi và không phải thuê người vận hành.",
                    "The village has 35 households hosting guests; being in the heritage buffer zone it cannot build a large central plant, and each household has only 20–50 m² of yard. Each will spend 30–50 million VND if the system does not smell and needs no hired operator.",
                ),
            },
        ],
        wanted: "Nước thải sau xử lý đạt QCVN 14:2008/BTNMT cột A. Chi phí đầu tư mỗi cơ sở dưới 60 triệu đồng, tiền điện vận hành dưới 150.000 đồng mỗi tháng và hệ thống chiếm không quá 10 m² mặt đất.",
    },
];
