//! The energy sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: (
            "giảm chi phí điện năng cho cơ sở lưu trú du lịch",
            "lowering electricity costs for tourist accommodation",
        ),
        cases: [
            Case {
                title: (
                    "giảm tiền điện mùa hè của khách sạn 4 sao 160 phòng ở trung tâm Ninh Bình",
                    "lowering the summer power bill of a 160-room four-star hotel in central Ninh Bình",
                ),
                situation: (
                    "Tiền điện tháng 6–8 lên tới 450 triệu đồng mỗi tháng, chiếm khoảng 14% doanh thu phòng. Điều hòa vẫn chạy khi khách ra ngoài, nước nóng đun bằng điện trở. Khách sạn không thể đóng một tầng để thi công quá 2 ngày.",
                    "Power bills reach 450 million VND a month in June–August, about 14% of room revenue. Air conditioners keep running when guests are out, and hot water is heated with electric elements. The hotel cannot close a floor for works for more than two days.",
                ),
            },
            Case {
                title: (
                    "cắt chi phí điện và nước nóng cho homestay 12 phòng ở Tam Cốc",
                    "cutting electricity and hot-water costs for a 12-room homestay in Tam Cốc",
                ),
                situation: (
                    "Tiền điện mùa cao điểm 18–25 triệu đồng mỗi tháng, trong đó bình nóng lạnh và điều hòa chiếm gần 70%. Mỗi tháng mất điện vài lần vào buổi tối khiến khách phàn nàn trên trang đánh giá. Chủ nhà có ngân sách dưới 200 triệu đồng.",
                    "In high season the power bill is 18–25 million VND a month, nearly 70% of it for water heaters and air conditioning. Evening outages several times a month draw complaints on review sites. The owner's budget is under 200 million VND.",
                ),
            },
            Case {
                title: (
                    "giảm điện năng cho khu nghỉ dưỡng 60 biệt thự có bể bơi nước ấm ở Hoa Lư",
                    "reducing energy use at a 60-villa resort with a heated pool in Hoa Lư",
                ),
                situation: (
                    "Khu nghỉ có 60 biệt thự rải rác trên 12 ha, bể bơi nước ấm 300 m³ được đun bằng lò gas vào mùa đông. Chi phí năng lượng khoảng 6,5 tỷ đồng mỗi năm nhưng chưa có đồng hồ đo riêng cho từng hạng mục nên không biết lãng phí ở đâu.",
                    "The resort has 60 villas spread over 12 hectares and a 300 m³ heated pool warmed by a gas boiler in winter. Energy costs about 6.5 billion VND a year, but with no sub-metering nobody knows where the waste is.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 20% chi phí điện năng trên mỗi đêm phòng trong 12 tháng mà không giảm điểm đánh giá của khách; có báo cáo điện năng theo từng hạng mục hằng tháng.",
    },
    Problem {
        name: ("sử dụng sinh khối thay than trong lò hơi", "replacing coal with biomass in boilers"),
        cases: [
            Case {
                title: (
                    "thay lò hơi đốt than 6 tấn/giờ tại nhà máy chế biến nông sản ở Yên Mô",
                    "replacing a 6 t/h coal-fired boiler at a farm-produce processing plant in Yên Mô",
                ),
                situation: (
                    "Lò hơi ghi tĩnh đốt khoảng 18 tấn than cám mỗi ngày, chi phí nhiên liệu hơn 9 tỷ đồng mỗi năm. Người dân nhiều lần phản ánh bụi từ ống khói và địa phương yêu cầu cải thiện khí thải trước cuối năm 2026. Nhà máy chỉ được dừng lò 10 ngày vào tháng ít đơn hàng.",
                    "The fixed-grate boiler burns about 18 tonnes of coal fines a day, costing over 9 billion VND a year in fuel. Residents have repeatedly complained about dust from the stack, and the local authority wants emissions improved by the end of 2026. The plant can only shut the boiler down for 10 days in its slowest month.",
                ),
            },
            Case {
                title: (
                    "bảo đảm nguồn trấu, mùn cưa ổn định quanh năm cho lò hơi của xưởng dệt nhuộm ở Nam Định",
                    "securing a steady year-round supply of husks and sawdust for a dye works' boiler in Nam Định",
                ),
                situation: (
                    "Xưởng đã chuyển một lò 4 tấn/giờ sang đốt trấu nhưng giá trấu tăng gấp đôi vào mùa mưa và có đợt thiếu hàng 2–3 tuần, phải đốt lại than. Trấu có lúc ẩm tới 20% làm áp suất hơi dao động, vải nhuộm bị loang màu.",
                    "The works converted one 4 t/h boiler to rice husks, but husk prices double in the rainy season and supply dries up for 2–3 weeks at a time, forcing a return to coal. Husks sometimes arrive at 20% moisture, making steam pressure fluctuate and leaving dyed fabric blotchy.",
                ),
            },
            Case {
                title: (
                    "giảm chi phí hơi cho xưởng giặt là công nghiệp phục vụ khách sạn ở Hoa Lư",
                    "lowering steam costs at an industrial laundry serving hotels in Hoa Lư",
                ),
                situation: (
                    "Xưởng giặt khoảng 8 tấn đồ vải mỗi ngày cho 20 khách sạn bằng lò hơi 1 tấn/giờ đốt dầu DO, chi phí khoảng 170 triệu đồng mỗi tháng. Mặt bằng chật, không có chỗ chứa quá 20 m³ nhiên liệu rời.",
                    "The laundry washes about 8 tonnes of linen a day for 20 hotels using a 1 t/h diesel-oil boiler that costs about 170 million VND a month. The site is cramped, with no room to store more than 20 m³ of bulk fuel.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 35% chi phí nhiên liệu trên mỗi tấn hơi, nồng độ bụi khí thải dưới 100 mg/Nm³ và nguồn nhiên liệu được bảo đảm quanh năm.",
    },
    Problem {
        name: (
            "cắt giảm điện năng của động cơ và máy nén khí trong nhà máy",
            "cutting motor and compressed-air electricity use in factories",
        ),
        cases: [
            Case {
                title: (
                    "giảm tiền điện hệ thống khí nén 250 kW tại nhà máy da giày ở khu công nghiệp Khánh Phú",
                    "lowering the power bill of a 250 kW compressed-air system at a footwear plant in Khánh Phú industrial park",
                ),
                situation: (
                    "Ba máy nén khí trục vít chạy luân phiên có tải, không tải suốt 24 giờ, chiếm khoảng 30% tiền điện của nhà máy. Đường ống khí dài hơn 1 km, nhiều chỗ rò nghe rõ tiếng xì khi tan ca. Nhà máy thuộc diện sử dụng năng lượng trọng điểm nên phải báo cáo suất tiêu hao năng lượng hằng năm.",
                    "Three screw compressors cycle between load and idle around the clock and account for about 30% of the plant's electricity bill. The air lines run for over a kilometre, and hissing leaks can be heard when the shift ends. As a designated energy-intensive user, the plant must report its specific energy consumption every year.",
                ),
            },
            Case {
                title: (
                    "tiết kiệm điện cho quạt hút và băng tải tại nhà máy thức ăn chăn nuôi ở Gián Khẩu",
                    "saving electricity on exhaust fans and conveyors at an animal-feed mill in Gián Khẩu",
                ),
                situation: (
                    "Nhà máy có khoảng 60 động cơ 7,5–90 kW, phần lớn chạy định mức và điều chỉnh lưu lượng bằng van, tấm chắn gió. Tiền điện khoảng 2,1 tỷ đồng mỗi tháng, hệ số công suất thường dưới 0,85 nên bị phạt tiền công suất phản kháng.",
                    "The mill has about 60 motors of 7.5–90 kW, most running at full speed with flow set by valves and dampers. The power bill is about 2.1 billion VND a month, and the power factor is often below 0.85, incurring reactive-power charges.",
                ),
            },
            Case {
                title: (
                    "giảm điện năng bơm cấp nước của nhà máy nước sạch 20.000 m³/ngày ở Phủ Lý",
                    "reducing pumping energy at a 20,000 m³/day waterworks in Phủ Lý",
                ),
                situation: (
                    "Bốn bơm cấp 2 chạy tốc độ cố định; ban đêm lưu lượng giảm một nửa nhưng áp lực mạng vẫn cao, gây vỡ ống và thất thoát nước. Điện năng chiếm 35% giá thành nước và mọi cải tạo không được làm gián đoạn cấp nước.",
                    "Four high-lift pumps run at fixed speed; at night demand halves but network pressure stays high, causing bursts and water losses. Electricity makes up 35% of the cost of water, and no upgrade may interrupt supply.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 20% điện năng của các hệ thống động cơ được cải tạo, có đo kiểm trước và sau; thời gian hoàn vốn không quá 3 năm.",
    },
    Problem {
        name: (
            "biến chất thải chăn nuôi thành năng lượng cho trang trại",
            "turning livestock waste into energy for farms",
        ),
        cases: [
            Case {
                title: (
                    "xử lý phân và nước rửa chuồng của trang trại 6.000 lợn thịt ở Nho Quan",
                    "handling manure and wash water at a 6,000-pig fattening farm in Nho Quan",
                ),
                situation: (
                    "Trang trại thải khoảng 120 m³ nước rửa chuồng mỗi ngày, hầm biogas xây gạch cũ 300 m³ đã quá tải, khí thừa xả thẳng ra ngoài gây mùi cho hai thôn lân cận. Tiền điện chạy quạt và hệ thống làm mát khoảng 160 triệu đồng mỗi tháng.",
                    "The farm discharges about 120 m³ of barn wash water a day; its old 300 m³ brick biogas digester is overloaded, and surplus gas is vented, causing odour in two neighbouring hamlets. Electricity for fans and cooling costs about 160 million VND a month.",
                ),
            },
            Case {
                title: (
                    "dùng khí từ phân bò thay than, củi nấu cám cho hợp tác xã chăn nuôi ở Gia Viễn",
                    "using gas from cattle manure instead of coal and firewood for feed cooking at a livestock cooperative in Gia Viễn",
                ),
                situation: (
                    "Hợp tác xã có 25 hộ nuôi tổng cộng khoảng 700 con bò, phân chủ yếu ủ đống ngoài trời và chảy tràn xuống mương khi mưa. Các hộ vẫn đốt than tổ ong, củi để nấu cám và đun nước, mỗi hộ tốn 1–1,5 triệu đồng mỗi tháng.",
                    "The cooperative's 25 households keep about 700 cattle in total; manure is mostly heaped in the open and washes into ditches when it rains. Households still burn coal briquettes and firewood to cook feed and heat water, spending 1–1.5 million VND a month each.",
                ),
            },
            Case {
                title: (
                    "tận dụng khí thừa từ hầm biogas của trại gà đẻ 50.000 con ở Yên Mô",
                    "using surplus gas from the biogas digester of a 50,000-hen layer farm in Yên Mô",
                ),
                situation: (
                    "Trại đưa một phần phân gà vào hầm biogas nhưng khí sinh ra chỉ dùng đun nấu, phần lớn phải đốt bỏ. Trại mất điện lưới vài lần mỗi tháng và đang chạy máy phát diesel 150 kVA để cấp cho quạt, đèn chuồng.",
                    "The farm feeds part of its chicken manure to a biogas digester, but the gas is only used for cooking and most of it is flared. The farm loses grid power several times a month and runs a 150 kVA diesel generator for fans and house lighting.",
                ),
            },
        ],
        wanted: "Tận dụng ít nhất 80% khí sinh học tạo ra, tự cấp tối thiểu 50% điện năng hoặc nhiệt của trang trại và chấm dứt xả khí, mùi ra khu dân cư.",
    },
];
