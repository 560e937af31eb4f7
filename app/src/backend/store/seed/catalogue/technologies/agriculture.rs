//! The high-tech-agriculture sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("quy trình sản xuất giống lúa chịu mặn", "production process for salt-tolerant rice seed"),
        solves: "lúa giảm năng suất trên đất nhiễm mặn ven biển",
        how: (
            "Dòng lúa mang gen chịu mặn Saltol được lai tạo và chọn lọc bằng chỉ thị phân tử, sau đó nhân giống theo chuỗi siêu nguyên chủng – nguyên chủng – xác nhận trên ruộng có độ mặn 3–4‰ tại Kim Sơn. Mỗi lô hạt giống được kiểm định độ thuần trên 99% và tỷ lệ nảy mầm trên 85% trước khi cung ứng cho nông dân.",
            "Rice lines carrying the Saltol salt-tolerance gene are bred and selected with molecular markers, then multiplied through the breeder – foundation – certified seed chain on fields with 3–4‰ salinity in Kim Sơn. Every seed lot is tested for over 99% purity and over 85% germination before it is supplied to farmers.",
        ),
        gain: (
            "giữ năng suất 5,5–6 tấn/ha trên ruộng có độ mặn 3–4‰, cao hơn 20–30% so với giống lúa thường",
            "keeps yields at 5.5–6 t/ha on fields with 3–4‰ salinity, 20–30% above ordinary rice varieties",
        ),
        variants: [
            Variant {
                title: (
                    "Giống lúa chịu mặn chọn tạo bằng chỉ thị phân tử gen Saltol",
                    "Salt-tolerant rice seed bred with Saltol gene markers",
                ),
                detail: "Dùng chỉ thị phân tử để chọn dòng mang gen Saltol ngay từ thế hệ sớm, rút ngắn thời gian chọn tạo từ 8 năm xuống còn 4–5 năm.",
            },
            Variant {
                title: (
                    "Giống lúa chịu mặn chất lượng cao cho ruộng chuyển đổi từ cói ở Kim Sơn",
                    "High-quality salt-tolerant rice seed for former sedge fields in Kim Sơn",
                ),
                detail: "Bộ giống hạt dài, cơm mềm, hợp với ruộng chuyển đổi từ trồng cói sang lúa và bán được với giá gạo đặc sản.",
            },
            Variant {
                title: (
                    "Nhân giống lúa chịu mặn cấp xác nhận tại hợp tác xã ven biển",
                    "Certified salt-tolerant rice seed multiplied by coastal cooperatives",
                ),
                detail: "Chuyển giao quy trình nhân giống cấp xác nhận để hợp tác xã tự sản xuất giống, hạ giá giống xuống khoảng 25.000 đồng/kg.",
            },
        ],
        users: [
            "hợp tác xã nông nghiệp vùng bãi bồi ven biển Kim Sơn",
            "công ty giống cây trồng cấp tỉnh",
            "hộ trồng lúa trên ruộng chuyển đổi từ đất cói",
        ],
        strengths: [
            "Chịu được độ mặn 4‰ ở giai đoạn đẻ nhánh mà cây không chết",
            "Thời gian sinh trưởng 105–115 ngày, trỗ kịp trước đợt mặn xâm nhập cuối vụ xuân",
        ],
    },
    Tech {
        name: (
            "hệ thống tưới nhỏ giọt thông minh điều khiển qua điện thoại",
            "smart drip irrigation controlled by smartphone",
        ),
        solves: "tưới rau màu tốn nước và tốn công",
        how: (
            "Bộ điều khiển trung tâm đọc cảm biến độ ẩm đất đặt ở độ sâu 15–20 cm, tự mở van điện từ của từng khu khi độ ẩm xuống dưới ngưỡng và châm phân qua bơm định lượng; người trồng theo dõi, chỉnh lịch tưới trên ứng dụng điện thoại qua mạng 4G. Ống nhỏ giọt có đầu bù áp 1,6–2 lít/giờ chia nước đều trên luống dài 50 m.",
            "A central controller reads soil-moisture sensors set 15–20 cm deep, opens each zone's solenoid valve when moisture falls below the threshold and injects fertiliser through a dosing pump; growers monitor and adjust the schedule in a smartphone app over 4G. Pressure-compensating drippers of 1.6–2 litres per hour spread water evenly along 50 m beds.",
        ),
        gain: (
            "giảm 40–50% lượng nước tưới và 70% công tưới, đồng thời tiết kiệm 20–30% phân bón",
            "cuts irrigation water by 40–50% and watering labour by 70% while saving 20–30% of fertiliser",
        ),
        variants: [
            Variant {
                title: (
                    "Tưới nhỏ giọt thông minh theo cảm biến độ ẩm đất, điều khiển qua điện thoại",
                    "Smart drip irrigation driven by soil-moisture sensors, controlled by smartphone",
                ),
                detail: "Tự động tưới theo ngưỡng độ ẩm đất của từng khu thay vì theo giờ cố định.",
            },
            Variant {
                title: (
                    "Tưới nhỏ giọt thông minh kết hợp châm phân cho nhà màng rau, dưa",
                    "Smart drip irrigation with fertigation for vegetable and melon greenhouses",
                ),
                detail: "Bơm định lượng pha phân theo EC, pH cài sẵn cho từng giai đoạn cây, phù hợp nhà màng 1.000–5.000 m².",
            },
            Variant {
                title: (
                    "Tưới nhỏ giọt thông minh chạy điện mặt trời cho ruộng rau xa lưới điện",
                    "Solar-powered smart drip irrigation for vegetable fields off the grid",
                ),
                detail: "Dùng tấm pin 600 W và bơm một chiều, kết nối qua mạng LoRa tới điện thoại, lắp được ở ruộng xa khu dân cư.",
            },
        ],
        users: [
            "hợp tác xã rau an toàn vùng bãi ven sông Đáy",
            "trang trại dưa lưới và rau ăn lá trong nhà màng",
            "hộ trồng rau màu vụ đông quy mô 3–10 sào",
        ],
        strengths: [
            "Chỉnh lịch tưới từng khu ngay trên điện thoại, không phải ra ruộng",
            "Đầu nhỏ giọt bù áp tưới đều trên luống dài đến 50 m",
        ],
    },
    Tech {
        name: (
            "chế phẩm vi sinh xử lý rơm rạ sau thu hoạch",
            "microbial product for treating rice straw after harvest",
        ),
        solves: "đốt rơm rạ ngoài đồng gây ô nhiễm sau mỗi vụ gặt",
        how: (
            "Chế phẩm chứa tổ hợp nấm Trichoderma và vi khuẩn Bacillus sinh enzyme cellulase, pha 1 kg với 100–200 lít nước phun cho khoảng 1 tấn rơm rạ (3–4 sào) ngay sau gặt, rồi cho nước vào ruộng hoặc gom ủ đống phủ bạt. Sau 15–20 ngày rơm mục thành phân hữu cơ, vùi được vào đất trước khi cấy vụ sau.",
            "The product combines Trichoderma fungi and cellulase-producing Bacillus bacteria; 1 kg mixed with 100–200 litres of water is sprayed on about 1 tonne of straw (3–4 sào) right after harvest, then the field is flooded or the straw is heaped under tarpaulin. After 15–20 days the straw has decomposed into organic fertiliser that can be ploughed in before the next crop.",
        ),
        gain: (
            "rút ngắn thời gian phân hủy rơm từ 45–60 ngày xuống 15–20 ngày và giảm 15–20% lượng phân NPK cho vụ sau",
            "shortens straw decomposition from 45–60 days to 15–20 days and cuts NPK fertiliser for the next crop by 15–20%",
        ),
        variants: [
            Variant {
                title: (
                    "Chế phẩm vi sinh xử lý rơm rạ ngay trên ruộng trước khi cấy vụ mùa",
                    "Microbial product decomposing rice straw in the field before the summer crop",
                ),
                detail: "Phun thẳng lên rơm và gốc rạ rồi cho nước vào ruộng, không phải gom rơm, kịp thời gian giáp vụ chỉ 10–15 ngày.",
            },
            Variant {
                title: (
                    "Chế phẩm vi sinh ủ rơm rạ thành phân hữu cơ cho vùng rau màu",
                    "Microbial product composting rice straw into organic fertiliser for vegetable areas",
                ),
                detail: "Ủ đống rơm đã gom cùng phân chuồng trong 30 ngày, tạo phân hữu cơ bón cho rau màu vụ đông.",
            },
            Variant {
                title: (
                    "Chế phẩm vi sinh xử lý rơm rạ dạng lỏng phun bằng máy bay không người lái",
                    "Liquid microbial straw-treatment product sprayed by drone",
                ),
                detail: "Dạng lỏng đậm đặc phun 10 lít/ha bằng máy bay không người lái, xử lý 20–30 ha mỗi ngày cho cánh đồng lớn.",
            },
        ],
        users: [
            "hợp tác xã dịch vụ nông nghiệp có cánh đồng mẫu lớn",
            "hộ trồng lúa hai vụ ở Yên Khánh và Yên Mô",
            "đội dịch vụ làm đất và bảo vệ thực vật của xã",
        ],
        strengths: [
            "Rơm mục đủ để vùi đất sau 15–20 ngày, kịp lịch cấy vụ sau",
            "Nấm Trichoderma trong chế phẩm còn ức chế nấm gây bệnh khô vằn trong đất",
        ],
    },
    Tech {
        name: ("nhà màng trồng dưa lưới điều khiển tự động", "automated greenhouse for netted melons"),
        solves: "trồng dưa lưới ngoài trời phụ thuộc thời tiết và sâu bệnh",
        how: (
            "Nhà màng khung thép mạ kẽm lợp màng PE chống tia UV, vây lưới chắn côn trùng 50 mesh, có quạt hút, phun sương và lưới cắt nắng tự đóng mở theo cảm biến nhiệt độ, độ ẩm và ánh sáng. Dưa trồng trong túi giá thể xơ dừa, tưới nhỏ giọt châm dinh dưỡng theo EC, mỗi nhà 1.000 m² trồng khoảng 2.500 cây.",
            "A galvanised-steel greenhouse with UV-stabilised PE film and 50-mesh insect netting has exhaust fans, misting and a shade net that open and close by themselves according to temperature, humidity and light sensors. Melons grow in coconut-coir bags with EC-controlled drip fertigation, about 2,500 plants per 1,000 m² house.",
        ),
        gain: (
            "trồng được 3–4 vụ dưa mỗi năm, năng suất 3–4 tấn trên 1.000 m² mỗi vụ và giảm trên 70% thuốc bảo vệ thực vật",
            "allows 3–4 melon crops a year yielding 3–4 tonnes per 1,000 m² per crop, with over 70% less pesticide",
        ),
        variants: [
            Variant {
                title: (
                    "Nhà màng trồng dưa lưới điều khiển tự động theo cảm biến vi khí hậu",
                    "Automated netted-melon greenhouse run by microclimate sensors",
                ),
                detail: "Quạt, phun sương và lưới cắt nắng tự vận hành theo nhiệt độ, độ ẩm trong nhà, giữ nhiệt độ dưới 35 °C trong mùa hè.",
            },
            Variant {
                title: (
                    "Nhà màng dưa lưới khung thép hộp chi phí thấp cho hộ gia đình",
                    "Low-cost box-steel netted-melon greenhouse for households",
                ),
                detail: "Khung thép hộp và bộ điều khiển rút gọn, suất đầu tư khoảng 250–300 triệu đồng cho 1.000 m², hợp với hộ mới chuyển đổi.",
            },
            Variant {
                title: (
                    "Nhà màng dưa lưới kết hợp đón khách du lịch trải nghiệm hái dưa",
                    "Netted-melon greenhouse that also hosts tourists for melon picking",
                ),
                detail: "Bố trí lối đi, khu bán hàng và lịch thu hoạch rải vụ để đón khách ở vùng du lịch Tam Cốc, Tràng An.",
            },
        ],
        users: [
            "trang trại nông nghiệp công nghệ cao ở Yên Mô và Nho Quan",
            "hộ chuyển đổi ruộng lúa kém hiệu quả sang cây trồng giá trị cao",
            "hợp tác xã kết hợp trồng trọt với du lịch trải nghiệm",
        ],
        strengths: [
            "Lưới chắn côn trùng 50 mesh ngăn bọ trĩ và bọ phấn trắng truyền virus",
            "Dưa đạt độ đường 14–16 Brix, đủ chuẩn bán vào siêu thị",
        ],
    },
    Tech {
        name: ("truy xuất nguồn gốc nông sản bằng mã QR", "QR-code traceability for farm produce"),
        solves: "chứng minh nguồn gốc nông sản khi bán vào siêu thị và xuất khẩu",
        how: (
            "Mỗi lô sản phẩm được gắn tem QR riêng, liên kết với nhật ký canh tác điện tử do nông dân ghi trên điện thoại (giống, ngày bón phân, phun thuốc, thu hoạch) và phiếu kiểm nghiệm dư lượng. Người mua quét mã sẽ thấy vùng trồng, chứng nhận VietGAP và hành trình lô hàng; dữ liệu xuất được theo định dạng của Cổng truy xuất nguồn gốc quốc gia.",
            "Each product lot gets its own QR label linked to the electronic farm diary that farmers keep on their phones (variety, fertiliser and spraying dates, harvest) and to residue test reports. A buyer scanning the code sees the growing area, VietGAP certification and the lot's journey; the data can be exported in the format of the national traceability portal.",
        ),
        gain: (
            "rút thời gian lập hồ sơ truy xuất cho mỗi lô hàng từ 2–3 ngày xuống dưới 30 phút và giúp sản phẩm được nhận vào chuỗi siêu thị",
            "cuts the time to compile a lot's traceability file from 2–3 days to under 30 minutes and gets products accepted by supermarket chains",
        ),
        variants: [
            Variant {
                title: (
                    "Truy xuất nguồn gốc nông sản bằng mã QR kèm nhật ký canh tác điện tử",
                    "QR-code traceability for farm produce with an electronic farm diary",
                ),
                detail: "Nông dân ghi nhật ký bằng giọng nói hoặc ảnh chụp trên điện thoại, hệ thống tự ghép vào hồ sơ từng lô.",
            },
            Variant {
                title: (
                    "Truy xuất nguồn gốc gạo đặc sản bằng mã QR in trên từng bao",
                    "QR-code traceability for specialty rice, printed on every bag",
                ),
                detail: "In mã QR riêng cho từng bao gạo 5–10 kg, gắn với cánh đồng, ngày xay xát và phiếu kiểm nghiệm.",
            },
            Variant {
                title: (
                    "Truy xuất nguồn gốc nông sản xuất khẩu bằng mã QR theo mã số vùng trồng",
                    "QR-code traceability for export produce by growing-area code",
                ),
                detail: "Quản lý mã số vùng trồng, mã cơ sở đóng gói và xuất báo cáo theo yêu cầu của nước nhập khẩu.",
            },
        ],
        users: [
            "hợp tác xã sản xuất gạo đặc sản và rau VietGAP",
            "cơ sở sơ chế, đóng gói nông sản cung cấp cho siêu thị",
            "doanh nghiệp thu mua nông sản xuất khẩu",
        ],
        strengths: [
            "Tem QR chống sao chép, mỗi mã chỉ gắn với một lô hàng",
            "Dữ liệu kết nối được với Cổng truy xuất nguồn gốc quốc gia",
        ],
    },
    Tech {
        name: ("nuôi cấy mô cây lan và cây dược liệu", "tissue culture of orchids and medicinal plants"),
        solves: "thiếu cây giống lan và dược liệu sạch bệnh, đồng đều",
        how: (
            "Đỉnh sinh trưởng lấy từ cây mẹ sạch bệnh được khử trùng, nuôi trên môi trường MS bổ sung chất điều hòa sinh trưởng trong phòng sạch 25 ± 2 °C, chiếu sáng 16 giờ/ngày, nhân chồi qua 4–6 lần cấy chuyển rồi cho ra rễ. Cây con được huấn luyện trong vườn ươm có mái che 3–4 tuần trước khi xuất vườn; một phòng cấy 100 m² sản xuất khoảng 500.000 cây mỗi năm.",
            "Shoot tips from disease-free mother plants are sterilised and grown on MS medium with growth regulators in a clean room at 25 ± 2 °C under 16 hours of light a day, multiplied through 4–6 subcultures and then rooted. Plantlets are hardened in a shaded nursery for 3–4 weeks before dispatch; a 100 m² culture room produces about 500,000 plants a year.",
        ),
        gain: (
            "cung cấp cây giống sạch virus, đồng đều trên 95%, tỷ lệ sống sau ra ngôi trên 90%",
            "supplies virus-free plantlets that are over 95% uniform, with over 90% survival after transplanting",
        ),
        variants: [
            Variant {
                title: (
                    "Nuôi cấy mô lan hồ điệp và lan kiếm cho vườn lan thương phẩm",
                    "Tissue culture of Phalaenopsis and Cymbidium orchids for commercial growers",
                ),
                detail: "Nhân giống lan hồ điệp từ mắt ngủ trên cành hoa, cây con ra hoa đồng loạt sau 18–20 tháng để kịp bán Tết.",
            },
            Variant {
                title: (
                    "Nuôi cấy mô cây dược liệu bản địa như ba kích, lan kim tuyến",
                    "Tissue culture of native medicinal plants such as Morinda officinalis and jewel orchid",
                ),
                detail: "Bảo tồn và nhân nhanh nguồn gen dược liệu quý của vùng núi đá vôi Cúc Phương, Nho Quan.",
            },
            Variant {
                title: (
                    "Chuyển giao phòng nuôi cấy mô cây lan và dược liệu cho trường học, hợp tác xã",
                    "Orchid and medicinal-plant tissue-culture labs set up for schools and cooperatives",
                ),
                detail: "Thiết kế phòng cấy 50–100 m², cung cấp tủ cấy vô trùng, nồi hấp và đào tạo kỹ thuật viên trong 3 tháng.",
            },
        ],
        users: [
            "vườn lan thương phẩm cung cấp hoa Tết",
            "hợp tác xã trồng dược liệu dưới tán rừng Nho Quan",
            "trung tâm ứng dụng tiến bộ khoa học và công nghệ của tỉnh",
        ],
        strengths: [
            "Cây giống được kiểm tra sạch virus bằng ELISA trước khi xuất vườn",
            "Nhân được 50.000–100.000 cây từ một chồi mẹ trong 12 tháng",
        ],
    },
    Tech {
        name: ("máy sấy lúa đảo chiều gió dùng nhiệt đốt trấu", "reversible-airflow paddy dryer fired with rice husk"),
        solves: "làm khô lúa kịp thời khi gặt gặp mưa, tránh nảy mầm và ẩm mốc",
        how: (
            "Lúa tươi độ ẩm 25–28% được đổ vào buồng sấy vỉ ngang 8–10 tấn/mẻ, quạt hướng trục thổi khí nóng 40–43 °C từ lò đốt trấu xuyên qua lớp hạt và đảo chiều gió sau 4–5 giờ để hạt khô đều trên dưới. Sau 8–10 giờ lúa về độ ẩm 13–14%, tủ điều khiển tự giữ nhiệt độ và báo khi đạt ẩm độ mục tiêu.",
            "Fresh paddy at 25–28% moisture is loaded into a flat-bed drying bin of 8–10 tonnes per batch; an axial fan blows 40–43 °C air from a rice-husk furnace through the grain and reverses the airflow after 4–5 hours so the top and bottom dry evenly. After 8–10 hours the paddy is down to 13–14% moisture, with the control cabinet holding the temperature and signalling when the target is reached.",
        ),
        gain: (
            "giảm hao hụt sau thu hoạch từ 5–7% xuống dưới 2% và tăng tỷ lệ gạo nguyên khi xay xát thêm 8–10%",
            "cuts post-harvest losses from 5–7% to under 2% and raises head-rice yield at milling by 8–10%",
        ),
        variants: [
            Variant {
                title: (
                    "Máy sấy lúa đảo chiều gió 8 tấn/mẻ có lò đốt trấu cho hợp tác xã",
                    "Reversible-airflow 8-tonne paddy dryer with husk furnace for cooperatives",
                ),
                detail: "Lò đốt trấu cấp nhiệt tự động, chi phí sấy khoảng 150.000–200.000 đồng mỗi tấn lúa.",
            },
            Variant {
                title: (
                    "Máy sấy lúa dạng tháp tuần hoàn cho cơ sở xay xát gạo đặc sản",
                    "Recirculating tower paddy dryer for specialty rice mills",
                ),
                detail: "Hạt lúa tuần hoàn liên tục trong tháp sấy 15–30 tấn/mẻ nên gạo ít rạn nứt, hợp với lúa đặc sản.",
            },
            Variant {
                title: (
                    "Máy sấy lúa mini đảo chiều gió 2 tấn/mẻ lắp trên rơ-moóc",
                    "Mini 2-tonne reversible-airflow paddy dryer on a trailer",
                ),
                detail: "Lắp trên rơ-moóc để kéo giữa các thôn trong mùa gặt, đốt được cả trấu lẫn củi.",
            },
        ],
        users: [
            "hợp tác xã dịch vụ nông nghiệp có cánh đồng lớn trên 100 ha",
            "cơ sở xay xát, chế biến gạo ở Yên Khánh",
            "chủ máy gặt đập liên hợp làm dịch vụ thu hoạch",
        ],
        strengths: [
            "Sấy kịp 8–10 tấn lúa mỗi mẻ ngay cả khi mưa kéo dài nhiều ngày",
            "Dùng trấu sẵn có làm chất đốt, gần như không phải mua nhiên liệu",
        ],
    },
    Tech {
        name: ("máy bay không người lái phun thuốc bảo vệ thực vật cho lúa", "crop-spraying drone for rice"),
        solves: "phun thuốc bảo vệ thực vật cho lúa vừa tốn công vừa độc hại cho người phun",
        how: (
            "Máy bay không người lái 6 cánh mang bình 20–30 lít bay tự động theo bản đồ ruộng lập sẵn bằng định vị RTK, ở độ cao 2–3 m, vòi phun ly tâm tạo hạt sương 80–150 µm. Mỗi chuyến bay phun 1–1,5 ha trong khoảng 10 phút với lượng nước pha chỉ 15–20 lít/ha thay vì 400–500 lít/ha như bình đeo vai.",
            "A six-rotor drone carrying a 20–30 litre tank flies automatically over field maps drawn with RTK positioning at 2–3 m height, its centrifugal nozzles producing 80–150 µm droplets. Each flight sprays 1–1.5 ha in about 10 minutes using only 15–20 litres of water per ha instead of the 400–500 litres of backpack sprayers.",
        ),
        gain: (
            "phun 30–40 ha mỗi ngày, giảm 20–30% lượng thuốc và loại bỏ việc người phun tiếp xúc trực tiếp với thuốc",
            "sprays 30–40 ha a day, uses 20–30% less pesticide and keeps operators out of direct contact with the chemicals",
        ),
        variants: [
            Variant {
                title: (
                    "Dịch vụ phun thuốc bảo vệ thực vật cho lúa bằng máy bay không người lái, tính tiền theo sào",
                    "Drone pesticide-spraying service for rice, charged per sào",
                ),
                detail: "Đội bay phun trọn gói với giá 20.000–25.000 đồng/sào, hợp tác xã không phải đầu tư thiết bị.",
            },
            Variant {
                title: (
                    "Máy bay không người lái phun thuốc, rải phân và sạ giống cho lúa",
                    "Drone for spraying, fertiliser spreading and direct seeding of rice",
                ),
                detail: "Thay bình phun bằng thùng rải hạt 40 kg để bón phân viên và sạ lúa, dùng được quanh năm.",
            },
            Variant {
                title: (
                    "Máy bay không người lái phun thuốc bảo vệ thực vật theo bản đồ sâu bệnh từ ảnh đa phổ",
                    "Drone pesticide spraying guided by multispectral pest maps",
                ),
                detail: "Bay chụp ảnh đa phổ trước để khoanh vùng sâu bệnh, chỉ phun những ô ruộng cần xử lý.",
            },
        ],
        users: [
            "hợp tác xã dịch vụ bảo vệ thực vật cấp xã",
            "trang trại lúa hàng hóa quy mô trên 50 ha",
            "thanh niên khởi nghiệp làm dịch vụ bay phun nông nghiệp",
        ],
        strengths: [
            "Bay tự động theo bản đồ RTK, không sót và không phun chồng luống",
            "Người điều khiển đứng trên bờ ruộng, không hít phải thuốc",
        ],
    },
];
