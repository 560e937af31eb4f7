//! The high-tech-agriculture sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("giảm tỷ lệ hao hụt sau thu hoạch lúa", "cutting post-harvest rice losses"),
        cases: [
            Case {
                title: (
                    "hao hụt lúa vụ mùa vì mưa bão lúc gặt tại hợp tác xã 250 ha ở Yên Khánh",
                    "paddy losses from storms at harvest in a 250-ha cooperative in Yên Khánh",
                ),
                situation: (
                    "Vụ mùa thường gặt đúng đợt mưa bão tháng 9–10, hợp tác xã có 250 ha lúa nhưng các hộ vẫn phơi trên sân gạch và mặt đường. Năm mưa dài, 5–7% sản lượng bị nảy mầm, ẩm mốc và bị thương lái ép giá 500–800 đồng/kg. Hợp tác xã có thể góp khoảng 1 tỷ đồng và có sẵn nhà kho 400 m².",
                    "The summer crop is usually harvested right in the September–October storm season; the cooperative has 250 ha of rice, but households still dry paddy on brick yards and road surfaces. In rainy years 5–7% of the output sprouts or goes mouldy, and traders knock 500–800 VND/kg off the price. The cooperative can contribute about 1 billion VND and already has a 400 m² warehouse.",
                ),
            },
            Case {
                title: (
                    "gạo gãy nhiều khi xay xát lúa đặc sản tại cơ sở chế biến ở Kim Sơn",
                    "high broken-rice rates when milling specialty paddy at a processor in Kim Sơn",
                ),
                situation: (
                    "Cơ sở thu mua 3.000 tấn lúa đặc sản mỗi năm từ nông dân, lúa phơi không đều nên độ ẩm dao động 14–18%. Tỷ lệ gạo nguyên sau xay chỉ đạt 55–58%, thấp hơn 8–10 điểm so với yêu cầu của khách hàng đóng túi. Lúa chờ xay trong kho dễ bị mọt và bốc nóng trong bao.",
                    "The processor buys 3,000 tonnes of specialty paddy a year from farmers; it is dried unevenly, so moisture ranges from 14 to 18%. Head-rice yield after milling is only 55–58%, 8–10 points below what its retail-pack customers require. Paddy waiting in the store is prone to weevils and heats up in the bags.",
                ),
            },
            Case {
                title: (
                    "thất thoát lúa khi gặt và chở về ở cánh đồng trũng Gia Viễn",
                    "paddy losses during harvesting and hauling in low-lying fields in Gia Viễn",
                ),
                situation: (
                    "Ruộng trũng còn ngập nước khi gặt khiến máy gặt đập liên hợp làm rơi vãi 3–4% hạt, lúa ướt phải chở bằng thuyền về làng. Lúa tươi để đống trong bao qua đêm bị bốc nóng, vàng hạt. Các hộ phần lớn là người cao tuổi, không đủ sức phơi đảo thủ công.",
                    "The low-lying fields are still flooded at harvest, so combine harvesters scatter 3–4% of the grain, and the wet paddy has to be ferried back to the village by boat. Fresh paddy left in bags overnight heats up and the grain turns yellow. Most households are elderly and lack the strength to dry and turn the paddy by hand.",
                ),
            },
        ],
        wanted: "Giảm tổng hao hụt sau thu hoạch xuống dưới 2% sản lượng; lúa được làm khô về độ ẩm 13–14% trong vòng 24 giờ sau khi gặt, kể cả những ngày mưa.",
    },
    Problem {
        name: ("tưới tiết kiệm nước cho vùng trồng rau an toàn", "water-saving irrigation for safe-vegetable areas"),
        cases: [
            Case {
                title: (
                    "thiếu nước tưới rau vụ đông tại vùng rau an toàn 30 ha ven sông Đáy",
                    "winter vegetable irrigation shortages in a 30-ha safe-vegetable area by the Đáy river",
                ),
                situation: (
                    "Vùng rau an toàn 30 ha tưới bằng máy bơm kéo ống mềm từ kênh, mỗi sào mất 1,5–2 giờ công cho một lần tưới. Cuối vụ đông mực nước kênh xuống thấp, trạm thủy nông chỉ bơm 3 ngày/tuần nên nhiều ô rau bị héo. Xã chỉ còn khoảng 15 lao động chính, phần lớn trên 50 tuổi.",
                    "The 30-ha safe-vegetable area is watered with pumps dragging hoses from the canal, taking 1.5–2 labour hours per sào each time. Late in the winter season the canal level drops and the irrigation station pumps only 3 days a week, so many plots wilt. The commune has only about 15 main workers left, most of them over 50.",
                ),
            },
            Case {
                title: (
                    "tưới rau ăn lá trong nhà lưới 2 ha của hợp tác xã cung cấp cho bếp ăn trường học",
                    "watering leafy greens in the 2-ha net house of a cooperative supplying school kitchens",
                ),
                situation: (
                    "Hợp tác xã trồng cải, rau muống và xà lách trong nhà lưới 2 ha, tưới phun bằng vòi cầm tay làm lá ướt lâu nên bệnh thối nhũn tăng vào mùa nồm. Tiền điện bơm khoảng 6 triệu đồng/tháng và giếng khoan bị hạn chế lưu lượng. Hợp đồng với bếp ăn trường học đòi giao đều 1,2 tấn rau mỗi ngày.",
                    "The cooperative grows mustard greens, water spinach and lettuce in a 2-ha net house, watered with hand-held hoses that leave the leaves wet for long periods, so soft rot rises in the humid season. Pumping costs about 6 million VND a month in electricity and the borehole's flow is limited. Its contract with school kitchens requires a steady 1.2 tonnes of vegetables a day.",
                ),
            },
            Case {
                title: (
                    "tưới tiết kiệm cho ruộng rau màu trên đất cát pha ven biển Kim Sơn",
                    "water-saving irrigation for vegetable plots on sandy coastal soil in Kim Sơn",
                ),
                situation: (
                    "Đất cát pha giữ nước kém, các hộ trồng su hào, bắp cải, hành lá phải tưới 2 lần mỗi ngày vào mùa khô. Nước giếng khoan ngày càng lợ, tưới nhiều làm lớp đất mặt tăng độ mặn. Mỗi hộ chỉ có 2–5 sào và khả năng đầu tư dưới 20 triệu đồng.",
                    "Sandy loam holds water poorly, so households growing kohlrabi, cabbage and spring onions must water twice a day in the dry season. Borehole water is becoming brackish, and heavy watering raises the salinity of the topsoil. Each household has only 2–5 sào and can invest less than 20 million VND.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 40% lượng nước và 60% công tưới so với tưới bằng vòi; người trồng bật, tắt và xem độ ẩm đất từng khu trên điện thoại.",
    },
    Problem {
        name: ("xử lý rơm rạ thay cho đốt đồng", "treating rice straw instead of field burning"),
        cases: [
            Case {
                title: (
                    "khói đốt rơm rạ sau gặt phủ khu dân cư ven quốc lộ ở Hoa Lư",
                    "straw-burning smoke blanketing homes along the national highway in Hoa Lư",
                ),
                situation: (
                    "Mỗi vụ gặt, rơm rạ của khoảng 1.200 ha lúa bị đốt ngay trên ruộng, khói làm giảm tầm nhìn trên quốc lộ 1A và ảnh hưởng đến khách du lịch vào Tràng An. Chính quyền đã cấm đốt nhưng nông dân chỉ có 10–15 ngày giữa hai vụ và không có cách xử lý rơm nào khác. Ngân sách hỗ trợ khoảng 100.000 đồng/sào.",
                    "Every harvest, straw from about 1,200 ha of rice is burned in the fields; the smoke cuts visibility on National Highway 1A and bothers tourists heading to Tràng An. The authorities have banned burning, but farmers have only 10–15 days between crops and no other way to deal with the straw. The support budget is about 100,000 VND per sào.",
                ),
            },
            Case {
                title: (
                    "rơm rạ chưa phân hủy gây ngộ độc hữu cơ cho lúa vụ xuân ở Yên Mô",
                    "undecomposed straw causing organic poisoning of spring rice in Yên Mô",
                ),
                situation: (
                    "Nông dân vùi rơm tươi xuống ruộng trước khi cấy, rơm phân hủy yếm khí sinh khí độc làm lúa vàng lá, đen rễ trên 15–20% diện tích. Hợp tác xã phải cấy dặm và bón thêm lân, tốn thêm khoảng 400.000 đồng/sào. Cần cách làm rơm mục nhanh mà không phải gom ra khỏi ruộng.",
                    "Farmers plough fresh straw into the paddies before transplanting; it rots anaerobically and gives off toxic gases that yellow the leaves and blacken the roots on 15–20% of the area. The cooperative has to fill gaps and add phosphate at an extra cost of about 400,000 VND per sào. It needs a way to rot the straw quickly without carrying it out of the fields.",
                ),
            },
            Case {
                title: (
                    "tận dụng rơm rạ làm phân bón cho trang trại rau hữu cơ ở Nho Quan",
                    "turning rice straw into fertiliser for an organic vegetable farm in Nho Quan",
                ),
                situation: (
                    "Trang trại rau hữu cơ 8 ha đang mua phân hữu cơ với giá 3.500–4.000 đồng/kg, trong khi các xã xung quanh bỏ đi hàng trăm tấn rơm mỗi vụ. Trang trại có 500 m² đất trống và 2 công nhân có thể làm việc ủ phân. Chứng nhận hữu cơ yêu cầu nguyên liệu và chế phẩm không chứa hóa chất tổng hợp.",
                    "The 8-ha organic vegetable farm buys organic fertiliser at 3,500–4,000 VND/kg while the surrounding communes discard hundreds of tonnes of straw each season. The farm has 500 m² of open land and 2 workers who could handle composting. Its organic certification requires inputs and products free of synthetic chemicals.",
                ),
            },
        ],
        wanted: "Rơm rạ phân hủy đủ để vùi đất trong tối đa 20 ngày sau gặt, chi phí dưới 50.000 đồng/sào; không còn điểm đốt rơm trên những cánh đồng áp dụng.",
    },
    Problem {
        name: ("giữ năng suất lúa trên đất nhiễm mặn vùng ven biển", "keeping rice yields up on saline coastal land"),
        cases: [
            Case {
                title: (
                    "lúa vụ xuân bị cháy lá do nhiễm mặn tại các xã bãi bồi Kim Sơn",
                    "salt scorch on spring rice in the alluvial coastal communes of Kim Sơn",
                ),
                situation: (
                    "Cuối vụ xuân, nước sông Đáy và kênh tưới nhiễm mặn 2–4‰, khoảng 600 ha lúa bị cháy lá, năng suất giảm từ 6 tấn xuống còn 3,5–4 tấn/ha. Các giống đang cấy không chịu được mặn ở giai đoạn trỗ. Nông dân không đủ sức đầu tư công trình ngăn mặn riêng.",
                    "Late in the spring season the Đáy river and irrigation canals turn brackish at 2–4‰; about 600 ha of rice suffer leaf scorch and yields fall from 6 to 3.5–4 t/ha. The varieties now planted cannot tolerate salt at heading. Farmers cannot afford their own saltwater-exclusion works.",
                ),
            },
            Case {
                title: (
                    "chuyển 150 ha ruộng cói kém hiệu quả sang trồng lúa ở vùng ven biển",
                    "converting 150 ha of unprofitable sedge fields to rice on the coast",
                ),
                situation: (
                    "Giá cói giảm khiến 150 ha ruộng cói bị bỏ hoang hoặc trồng cầm chừng, nhưng đất vẫn có độ mặn 3–5‰ nên lúa thường chết sau cấy. Xã muốn có giống lúa và lịch thời vụ phù hợp để ký hợp đồng bao tiêu với doanh nghiệp gạo. Hệ thống thủy lợi chỉ rửa mặn được vào đầu vụ.",
                    "Falling sedge prices have left 150 ha of sedge fields abandoned or barely farmed, but the soil still has 3–5‰ salinity, so rice often dies after transplanting. The commune wants a rice variety and planting calendar that suit the land so it can sign an offtake contract with a rice company. The irrigation system can flush out salt only at the start of the season.",
                ),
            },
            Case {
                title: (
                    "thiếu giống lúa chịu mặn đạt chuẩn cho vùng ven biển Hải Hậu và Giao Thủy",
                    "shortage of certified salt-tolerant rice seed for the Hải Hậu and Giao Thủy coast",
                ),
                situation: (
                    "Các hợp tác xã ven biển cần khoảng 200 tấn giống lúa chịu mặn mỗi vụ nhưng phải mua từ các tỉnh phía Nam với giá 35.000–40.000 đồng/kg, nhiều lô lẫn tạp trên 3%. Giống về muộn khiến lịch gieo mạ lùi 7–10 ngày, lúa trỗ đúng lúc mặn xâm nhập. Các hợp tác xã có sẵn ruộng và lao động để làm ruộng nhân giống.",
                    "The coastal cooperatives need about 200 tonnes of salt-tolerant rice seed per season but buy it from southern provinces at 35,000–40,000 VND/kg, and many lots contain over 3% off-types. Late deliveries push sowing back by 7–10 days, so the rice heads just as salt intrudes. The cooperatives have land and labour available for seed-multiplication fields.",
                ),
            },
        ],
        wanted: "Đạt năng suất tối thiểu 5,5 tấn/ha trên ruộng có độ mặn đến 4‰; có nguồn giống cấp xác nhận sản xuất ngay trong vùng với độ thuần trên 99%.",
    },
];
