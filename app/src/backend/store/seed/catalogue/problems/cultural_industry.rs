//! The cultural-industry sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: (
            "bảo tồn và quảng bá làng nghề truyền thống trên môi trường số",
            "preserving and promoting craft villages online",
        ),
        cases: [
            Case {
                title: (
                    "đưa sản phẩm của làng cói Kim Sơn đến khách mua lẻ trong nước và nước ngoài",
                    "bringing the Kim Sơn sedge village's products to retail buyers at home and abroad",
                ),
                situation: (
                    "Làng có khoảng 300 hộ dệt chiếu, đan giỏ, thảm cói, 80% sản lượng bán qua thương lái với giá thấp. Người làm nghề phần lớn trên 45 tuổi, không biết chụp ảnh, viết mô tả hay đóng gói gửi hàng đi xa, và chưa có kênh nào kể câu chuyện của làng.",
                    "The village has about 300 households weaving sedge mats, baskets and rugs, and 80% of output goes to middlemen at low prices. Most craftspeople are over 45, do not know how to take photos, write listings or pack goods for long-distance shipping, and no channel tells the village's story.",
                ),
            },
            Case {
                title: (
                    "lưu giữ kỹ thuật và câu chuyện nghề chạm khắc đá Ninh Vân trước khi nghệ nhân cao tuổi nghỉ làm",
                    "recording the techniques and stories of Ninh Vân stone carving before elderly master carvers retire",
                ),
                situation: (
                    "Làng có hơn 10 nghệ nhân trên 65 tuổi nắm kỹ thuật chạm lộng, chạm nổi trên đá xanh, nhưng chưa có hình ảnh, bản vẽ nào được lưu trữ có hệ thống. Thợ trẻ chủ yếu chạy máy CNC theo mẫu phổ thông, và khách ở xa không biết đến các tác phẩm tiêu biểu của làng.",
                    "The village has over 10 master carvers aged above 65 who command openwork and relief carving in blue stone, yet no photos or drawings have been systematically archived. Young carvers mostly run CNC machines on generic patterns, and distant customers do not know the village's landmark works.",
                ),
            },
            Case {
                title: (
                    "quảng bá làng thêu ren Văn Lâm tới du khách đi thuyền Tam Cốc qua mạng",
                    "promoting the Văn Lâm embroidery village online to Tam Cốc boat visitors",
                ),
                situation: (
                    "Mỗi ngày hàng nghìn khách đi thuyền Tam Cốc qua làng nhưng chỉ khoảng 5% ghé xưởng thêu. Hàng thêu tay giá 300.000–3.000.000 đồng bị lẫn với hàng thêu máy bán ở chợ, khách không phân biệt được, và làng chưa có kênh bán trực tuyến nào.",
                    "Thousands of Tam Cốc boat visitors pass the village every day, but only about 5% stop at an embroidery workshop. Hand embroidery priced at 300,000–3,000,000 VND gets mixed up with machine-made goods at the market, visitors cannot tell them apart, and the village has no online sales channel.",
                ),
            },
        ],
        wanted: "Ít nhất 50 hộ có gian hàng hoặc hồ sơ số với ảnh, video và câu chuyện nghề trong 6 tháng; doanh thu bán trực tiếp cho khách lẻ đạt tối thiểu 15% tổng doanh thu.",
    },
    Problem {
        name: ("thiết kế mẫu mã mới cho sản phẩm thủ công xuất khẩu", "new designs for export handicrafts"),
        cases: [
            Case {
                title: (
                    "ra bộ sưu tập giỏ và thảm cói mới cho nhà nhập khẩu châu Âu mỗi mùa hội chợ",
                    "a new collection of sedge baskets and rugs for European importers every trade-fair season",
                ),
                situation: (
                    "Doanh nghiệp có 400 hộ gia công, xuất 60% hàng sang châu Âu nhưng 5 năm nay chủ yếu làm lại mẫu cũ hoặc theo mẫu khách gửi, giá bị ép xuống 10–15%. Công ty không có nhà thiết kế riêng, mỗi mẫu thử phải đan tay 1–2 tuần và khách thường yêu cầu sửa 3–4 lần.",
                    "The company works with 400 outworking households and ships 60% of its goods to Europe, but for 5 years it has mostly repeated old designs or copied buyers' samples, with prices squeezed down by 10–15%. It has no in-house designer, each sample takes 1–2 weeks to weave by hand and buyers usually ask for 3–4 rounds of changes.",
                ),
            },
            Case {
                title: (
                    "thiết kế sản phẩm mây tre đan kết hợp gỗ, vải cho thị trường Nhật Bản",
                    "designing rattan and bamboo products combined with wood and fabric for the Japanese market",
                ),
                situation: (
                    "Hợp tác xã 120 thợ nhận được đơn hỏi hàng từ Nhật Bản, nhưng khách yêu cầu kiểu dáng tối giản, dung sai kích thước ±2 mm và bản vẽ kỹ thuật kèm mẫu. Thợ làm theo kinh nghiệm, chưa từng vẽ bản vẽ, và ngân sách thuê thiết kế dưới 200 triệu đồng mỗi năm.",
                    "A 120-worker cooperative has received enquiries from Japan, but buyers demand minimalist shapes, ±2 mm dimensional tolerance and technical drawings with each sample. The craftsmen work from experience, have never produced a drawing, and the design budget is under 200 million VND a year.",
                ),
            },
            Case {
                title: (
                    "đưa họa tiết gốm cổ và chạm khắc đình làng vào đồ lưu niệm xuất khẩu",
                    "bringing ancient pottery and communal-house carving motifs into export souvenirs",
                ),
                situation: (
                    "Xưởng đồ lưu niệm 30 lao động đang bán các mẫu chùa, thuyền na ná hàng nơi khác, đơn xuất khẩu giảm 20% trong 2 năm. Xưởng muốn dùng họa tiết riêng của Ninh Bình nhưng không có nguồn mẫu đã số hóa và lo vướng tranh chấp kiểu dáng.",
                    "A 30-worker souvenir workshop sells pagoda and boat designs much like those made elsewhere, and export orders have fallen 20% in 2 years. It wants to use motifs unique to Ninh Bình but has no digitised source of patterns and fears design-right disputes.",
                ),
            },
        ],
        wanted: "Ra ít nhất 2 bộ sưu tập 15–20 mẫu mỗi năm, từ ý tưởng đến mẫu thử được duyệt không quá 5 tuần; tối thiểu 30% mẫu chào hàng được nhà nhập khẩu đặt hàng.",
    },
    Problem {
        name: (
            "phát triển sản phẩm văn hóa về đêm tại khu di tích",
            "developing night-time cultural products at heritage sites",
        ),
        cases: [
            Case {
                title: (
                    "giữ khách ở lại buổi tối tại khu di tích cố đô Hoa Lư",
                    "keeping visitors for the evening at the Hoa Lư ancient capital site",
                ),
                situation: (
                    "Khu di tích đón khoảng 1 triệu lượt khách mỗi năm nhưng đóng cửa lúc 17 giờ, gần 80% khách rời đi trong ngày. Về đêm chỉ có phố đi bộ cuối tuần, và mọi hạng mục dựng trong khu phải được cơ quan quản lý di sản chấp thuận, không được tác động vào kiến trúc gốc.",
                    "The site receives about 1 million visits a year but closes at 5 pm, and nearly 80% of visitors leave the same day. The only night-time offer is a weekend walking street, and anything installed on the site must be approved by the heritage authority without touching the original architecture.",
                ),
            },
            Case {
                title: (
                    "dựng chương trình biểu diễn đêm trên tuyến thuyền của khu du lịch sinh thái",
                    "staging a night performance programme along an eco-park's boat route",
                ),
                situation: (
                    "Khu du lịch có 300 thuyền chỉ chạy từ 7 đến 17 giờ, doanh thu mùa hè giảm vì khách ngại nắng nóng ban ngày. Đơn vị muốn mở tour thuyền đêm 90 phút có biểu diễn nghệ thuật nhưng lo ánh sáng ảnh hưởng đến chim, động vật hoang dã và chưa có kinh nghiệm dàn dựng.",
                    "The eco-park's 300 boats run only from 7 am to 5 pm, and summer revenue drops because visitors avoid the daytime heat. The operator wants a 90-minute night boat tour with live performances but worries about light disturbing birds and wildlife and has no staging experience.",
                ),
            },
            Case {
                title: (
                    "làm mới phần hội buổi tối của lễ hội đền làng ven biển Kim Sơn",
                    "refreshing the evening programme of a coastal temple festival in Kim Sơn",
                ),
                situation: (
                    "Lễ hội kéo dài 3 ngày, thu hút khoảng 20.000 khách nhưng phần hội buổi tối chỉ có ca nhạc thuê, năm nào cũng giống năm nào. Ban tổ chức có 300–500 triệu đồng mỗi mùa và muốn kể tích vị thần làng theo cách thu hút người trẻ.",
                    "The 3-day festival draws about 20,000 visitors, but the evening programme is just a hired music show, the same every year. The organisers have 300–500 million VND per season and want to tell the legend of the village deity in a way that appeals to young people.",
                ),
            },
        ],
        wanted: "Có chương trình biểu diễn về đêm 15–30 phút chạy ít nhất 5 tối mỗi tuần; tối thiểu 20% khách ban ngày ở lại buổi tối trong năm đầu, không có tác động vật lý lên di tích.",
    },
    Problem {
        name: (
            "lưu giữ sắc phong, gia phả và văn bia Hán Nôm đang xuống cấp",
            "safeguarding decaying Hán Nôm royal decrees, genealogies and steles",
        ),
        cases: [
            Case {
                title: (
                    "lưu giữ 40 đạo sắc phong tại các đình, đền của một xã ở Gia Viễn",
                    "safeguarding 40 royal decrees kept in the communal houses and temples of a Gia Viễn commune",
                ),
                situation: (
                    "Các đạo sắc phong từ thời Lê đến thời Nguyễn được cất trong hòm gỗ, nhiều tờ đã ố vàng, mối mọt và rách mép. Trong xã không còn ai đọc được chữ Hán Nôm, và các thủ từ không đồng ý đưa sắc phong ra khỏi nơi thờ tự.",
                    "Royal decrees from the Lê to the Nguyễn dynasty are kept in wooden chests, and many sheets are yellowed, insect-damaged and torn at the edges. No one left in the commune can read Hán Nôm, and the temple keepers refuse to let the decrees leave the place of worship.",
                ),
            },
            Case {
                title: (
                    "đọc và lưu bản số khoảng 200 tấm văn bia trong một quần thể di tích",
                    "reading and keeping digital copies of some 200 steles in a monument complex",
                ),
                situation: (
                    "Nhiều tấm bia đá đã phong hóa, rêu phủ, chữ mờ dần sau mỗi mùa mưa. Bảo tàng chỉ có 1 cán bộ biết Hán Nôm, việc dập thác bản thủ công mất 1 ngày mỗi tấm và có nguy cơ làm hại mặt đá.",
                    "Many of the stone steles are weathered and moss-covered, and their inscriptions fade further with every rainy season. The museum has just 1 staff member who reads Hán Nôm, and making rubbings by hand takes a day per stele and risks damaging the stone surface.",
                ),
            },
            Case {
                title: (
                    "số hóa gia phả chữ Hán Nôm của các dòng họ lớn ở Nam Định",
                    "digitising the Hán Nôm genealogies of large clans in Nam Định",
                ),
                situation: (
                    "Nhiều dòng họ giữ gia phả viết tay trên giấy dó hơn 150 năm, chỉ còn một bản duy nhất trong khi con cháu ở xa muốn tra cứu. Mỗi hội đồng gia tộc chỉ có 20–50 triệu đồng và muốn có bản dịch chữ quốc ngữ để in lại.",
                    "Many clans keep handwritten genealogies on dó paper more than 150 years old, each the only surviving copy, while descendants far away want to consult them. Each clan council has only 20–50 million VND and wants a translation into modern Vietnamese script for reprinting.",
                ),
            },
        ],
        wanted: "Toàn bộ tư liệu có bản số độ phân giải tối thiểu 600 dpi trong 12 tháng; ít nhất 80% văn bản có phiên âm, dịch nghĩa được chuyên gia Hán Nôm hiệu đính.",
    },
];
