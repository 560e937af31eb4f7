//! The biotech-health sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("phát hiện sớm dịch bệnh trên vật nuôi", "early detection of livestock diseases"),
        cases: [
            Case {
                title: (
                    "dịch tả lợn châu Phi tái phát tại trang trại 1.500 con ở Nho Quan",
                    "recurring African swine fever on a 1,500-pig farm in Nho Quan",
                ),
                situation: (
                    "Trang trại có 1.500 lợn thịt và 200 lợn nái, hai năm qua đã 2 lần phải tiêu hủy hơn 40% đàn vì chỉ phát hiện bệnh khi lợn đã sốt, bỏ ăn hàng loạt. Mẫu gửi về phòng xét nghiệm ở Hà Nội mất 2–3 ngày mới có kết quả. Chủ trại sẵn sàng chi khoảng 5 triệu đồng/tháng cho việc giám sát.",
                    "The farm has 1,500 finishing pigs and 200 sows and has twice in two years had to cull over 40% of the herd because the disease was noticed only once pigs were feverish and off feed en masse. Samples sent to a laboratory in Hà Nội take 2–3 days to return results. The owner is ready to spend about 5 million VND a month on surveillance.",
                ),
            },
            Case {
                title: (
                    "tôm chết sớm hàng loạt trong 30 ngày đầu tại vùng nuôi tôm Kim Sơn",
                    "mass early mortality of shrimp in the first 30 days in the Kim Sơn farming area",
                ),
                situation: (
                    "Vùng nuôi 200 ha tôm thẻ chân trắng có khoảng 30% số ao bị tôm chết trong 20–30 ngày sau thả, thiệt hại 150–200 triệu đồng mỗi ao. Người nuôi chỉ biết khi tôm đã nổi đầu, bỏ ăn, lúc đó bệnh đã lan sang các ao chung kênh cấp nước. Trạm thú y khu vực không có máy PCR.",
                    "In the 200-ha whiteleg shrimp area about 30% of ponds lose their shrimp 20–30 days after stocking, a loss of 150–200 million VND per pond. Farmers only notice when shrimp are gasping at the surface and off feed, by which time the disease has spread to ponds sharing the supply canal. The local veterinary station has no PCR machine.",
                ),
            },
            Case {
                title: (
                    "giám sát dịch bệnh gia súc, gia cầm ở 40 xã cho cơ quan thú y tỉnh",
                    "disease surveillance of livestock and poultry across 40 communes for the provincial veterinary service",
                ),
                situation: (
                    "Mỗi cán bộ thú y xã phụ trách hàng nghìn hộ chăn nuôi nhỏ lẻ, tin báo ổ dịch chủ yếu do người dân báo miệng, thường chậm 5–7 ngày. Năm 2025 có 3 đợt dịch tả lợn châu Phi và cúm gia cầm lan sang xã bên cạnh trước khi được khoanh vùng. Ngân sách cho phép trang bị thiết bị xét nghiệm dưới 100 triệu đồng cho mỗi cụm 5 xã.",
                    "Each commune vet covers thousands of smallholders, and outbreak reports come mainly by word of mouth, usually 5–7 days late. In 2025 three waves of African swine fever and avian influenza spread to neighbouring communes before being contained. The budget allows testing equipment under 100 million VND per cluster of 5 communes.",
                ),
            },
        ],
        wanted: "Xác định được tác nhân gây bệnh ngay tại trại hoặc bờ ao trong vòng 1 giờ sau khi lấy mẫu; giảm ít nhất 50% số vật nuôi phải tiêu hủy hoặc chết do phát hiện muộn.",
    },
    Problem {
        name: ("nâng cao giá trị sản phẩm dược liệu địa phương", "adding value to local medicinal herbs"),
        cases: [
            Case {
                title: (
                    "xạ đen và giảo cổ lam bán khô giá thấp tại hợp tác xã vùng đệm Cúc Phương",
                    "Celastrus and Gynostemma sold dried at low prices by a cooperative in the Cúc Phương buffer zone",
                ),
                situation: (
                    "Hợp tác xã có 40 ha xạ đen, giảo cổ lam, mỗi năm thu 120 tấn dược liệu khô nhưng chỉ bán cho thương lái với giá 25.000–40.000 đồng/kg. Sản phẩm không có kết quả kiểm nghiệm hoạt chất nên nhà máy dược và chuỗi cửa hàng không nhận. Hợp tác xã có nhà xưởng 1.000 m² và vốn đối ứng khoảng 2 tỷ đồng.",
                    "The cooperative grows 40 ha of Celastrus and Gynostemma and harvests 120 tonnes of dried herbs a year but sells only to traders at 25,000–40,000 VND/kg. Its products have no active-compound test results, so pharmaceutical plants and store chains will not take them. The cooperative has a 1,000 m² workshop and about 2 billion VND in matching funds.",
                ),
            },
            Case {
                title: (
                    "trà đinh lăng túi lọc OCOP có chất lượng chênh lệch giữa các lô",
                    "batch-to-batch variation in OCOP Polyscias tea bags",
                ),
                situation: (
                    "Cơ sở làm 15 tấn trà đinh lăng túi lọc mỗi năm từ nguyên liệu thu mua của nhiều hộ, nên hàm lượng saponin chênh nhau 2–3 lần giữa các lô. Sản phẩm đạt OCOP 3 sao nhưng bị đối tác nhập khẩu từ chối vì không có tiêu chuẩn cơ sở về hoạt chất. Cơ sở muốn làm thêm dòng viên nang.",
                    "The producer makes 15 tonnes of Polyscias tea bags a year from raw material bought from many households, so saponin content varies two- to threefold between batches. The product holds a 3-star OCOP rating but an import partner rejected it for lacking an in-house standard for the active compounds. The producer also wants to launch a capsule line.",
                ),
            },
            Case {
                title: (
                    "ba kích và hà thủ ô trồng dưới tán rừng Nho Quan chưa có sản phẩm chế biến sâu",
                    "Morinda and fo-ti grown under the forest canopy in Nho Quan with no deep-processed products",
                ),
                situation: (
                    "Khoảng 60 hộ trồng ba kích và hà thủ ô đỏ dưới tán rừng, thu hoạch sau 3–4 năm nhưng chỉ bán củ tươi hoặc ngâm rượu thủ công. Giá củ tươi lên xuống thất thường, có năm giảm 40% vì thương lái ép giá. Xã muốn có sản phẩm chế biến đạt chuẩn để bán cho khách du lịch Cúc Phương, Tràng An.",
                    "About 60 households grow Morinda and red fo-ti under the forest canopy and harvest after 3–4 years but sell only fresh roots or home-made herbal liquor. Fresh-root prices swing widely, dropping 40% in some years when traders squeeze them. The commune wants standardised processed products to sell to tourists at Cúc Phương and Tràng An.",
                ),
            },
        ],
        wanted: "Có sản phẩm chế biến (cao chiết, viên nang, trà) với hàm lượng hoạt chất được định lượng cho từng lô; giá trị thu về trên mỗi kg dược liệu tăng ít nhất 3 lần so với bán khô.",
    },
    Problem {
        name: (
            "giảm sử dụng kháng sinh trong trại chăn nuôi lợn và gà",
            "cutting antibiotic use on pig and chicken farms",
        ),
        cases: [
            Case {
                title: (
                    "lợn con tiêu chảy sau cai sữa tại trại 600 lợn nái ở Yên Mô",
                    "post-weaning diarrhoea in piglets at a 600-sow farm in Yên Mô",
                ),
                situation: (
                    "Tỷ lệ lợn con tiêu chảy sau cai sữa lên tới 25–30%, trại đang trộn kháng sinh vào cám tập ăn và chi khoảng 80 triệu đồng/tháng tiền thuốc. Từ năm 2026 không còn được dùng thức ăn trộn kháng sinh phòng bệnh, đối tác thu mua lại yêu cầu lợn không tồn dư kháng sinh. Trại không muốn chi phí thức ăn tăng quá 3%.",
                    "Post-weaning diarrhoea affects up to 25–30% of piglets; the farm mixes antibiotics into creep feed and spends about 80 million VND a month on medicines. From 2026 feed with preventive antibiotics is no longer allowed, and the buyer requires pigs free of antibiotic residues. The farm does not want feed costs to rise by more than 3%.",
                ),
            },
            Case {
                title: (
                    "nuôi gà đồi không kháng sinh để bán vào chuỗi cửa hàng thực phẩm sạch",
                    "raising antibiotic-free hill chickens for clean-food store chains",
                ),
                situation: (
                    "Tổ hợp tác 25 hộ nuôi tổng cộng 30.000 gà đồi ở Tam Điệp, mỗi lứa vẫn dùng kháng sinh 2–3 đợt khi gà bị hen, tiêu chảy. Chuỗi cửa hàng thực phẩm sạch chỉ nhận gà âm tính với tồn dư kháng sinh và trả giá cao hơn 15.000 đồng/kg. Các hộ cần cách làm đơn giản, cấp được qua nước uống.",
                    "A cooperative group of 25 households raises 30,000 hill chickens in Tam Điệp and still uses antibiotics 2–3 times per flock when birds get respiratory disease or diarrhoea. Clean-food store chains only accept chickens that test negative for antibiotic residues and pay 15,000 VND/kg more. The households need a simple method that can be given through drinking water.",
                ),
            },
            Case {
                title: (
                    "thay kháng sinh trộn sẵn trong cám tại nhà máy thức ăn chăn nuôi ở khu công nghiệp Khánh Phú",
                    "replacing premixed antibiotics in feed at a feed mill in Khánh Phú industrial park",
                ),
                situation: (
                    "Nhà máy sản xuất 8.000 tấn thức ăn hỗn hợp mỗi tháng cho lợn và gia cầm, trước đây dùng kháng sinh liều thấp để kích thích tăng trưởng. Các trang trại khách hàng phản ánh tỷ lệ tiêu chảy tăng từ khi bỏ kháng sinh. Phụ gia thay thế phải chịu được nhiệt độ ép viên 80–85 °C.",
                    "The mill produces 8,000 tonnes of compound feed a month for pigs and poultry and used to add low-dose antibiotics as growth promoters. Customer farms report more diarrhoea since the antibiotics were removed. Any replacement additive must survive pelleting temperatures of 80–85 °C.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 50% lượng kháng sinh sử dụng mà tỷ lệ tiêu chảy và tỷ lệ chết không tăng; thịt xuất bán đạt xét nghiệm âm tính tồn dư kháng sinh.",
    },
    Problem {
        name: (
            "khám sàng lọc biến chứng mắt cho người bệnh đái tháo đường ở tuyến cơ sở",
            "screening diabetic patients for eye complications at grassroots level",
        ),
        cases: [
            Case {
                title: (
                    "khám đáy mắt định kỳ cho 3.000 người bệnh đái tháo đường của trung tâm y tế ở Kim Sơn",
                    "regular fundus checks for the 3,000 diabetic patients of a health centre in Kim Sơn",
                ),
                situation: (
                    "Trung tâm y tế đang quản lý khoảng 3.000 người bệnh đái tháo đường nhưng không có bác sĩ nhãn khoa, người bệnh phải lên bệnh viện tỉnh cách 30 km để soi đáy mắt. Chưa đến 10% người bệnh được khám mắt mỗi năm, nhiều ca chỉ phát hiện khi thị lực đã giảm nặng. Trung tâm có thể bố trí 1 điều dưỡng và khoảng 200 triệu đồng.",
                    "The health centre manages about 3,000 diabetic patients but has no ophthalmologist, so patients must travel 30 km to the provincial hospital for a fundus examination. Fewer than 10% have an eye check each year, and many cases are found only after vision has badly deteriorated. The centre can assign one nurse and about 200 million VND.",
                ),
            },
            Case {
                title: (
                    "khám mắt lưu động cho người cao tuổi mắc đái tháo đường ở các xã vùng núi Nho Quan",
                    "mobile eye checks for elderly diabetics in the mountain communes of Nho Quan",
                ),
                situation: (
                    "Các xã vùng núi có khoảng 1.200 người bệnh đái tháo đường, đa số trên 60 tuổi và ngại đi xa. Đội khám lưu động mỗi tháng chỉ đến được 2–3 xã, sóng di động ở nhiều thôn rất yếu. Nhỏ thuốc giãn đồng tử làm người bệnh nhìn mờ nhiều giờ, không tự đi xe máy về được.",
                    "The mountain communes have about 1,200 diabetic patients, mostly over 60 and reluctant to travel far. The mobile team reaches only 2–3 communes a month, and mobile coverage is very weak in many hamlets. Pupil-dilating drops blur patients' vision for hours, so they cannot ride their motorbikes home.",
                ),
            },
            Case {
                title: (
                    "quá tải phòng khám mắt bệnh viện tỉnh vì người bệnh đái tháo đường chuyển lên",
                    "overload at the provincial hospital eye clinic from referred diabetic patients",
                ),
                situation: (
                    "Phòng khám mắt có 4 bác sĩ nhưng mỗi ngày tiếp 150–200 lượt, khoảng 40% là người bệnh đái tháo đường được chuyển lên chỉ để kiểm tra đáy mắt, phần lớn có kết quả bình thường. Thời gian chờ trung bình 3–4 giờ. Bệnh viện muốn chỉ tiếp nhận những ca thực sự cần điều trị.",
                    "The eye clinic has 4 doctors but sees 150–200 visits a day, about 40% of them diabetic patients referred only for a fundus check, most of whom turn out normal. The average wait is 3–4 hours. The hospital wants to receive only the cases that actually need treatment.",
                ),
            },
        ],
        wanted: "Ít nhất 70% người bệnh đái tháo đường được kiểm tra đáy mắt mỗi năm ngay tại tuyến xã; ca cần chuyển tuyến được phân loại với độ nhạy trên 90%.",
    },
];
