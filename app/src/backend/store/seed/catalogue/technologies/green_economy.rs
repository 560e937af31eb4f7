//! The green-circular-economy sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("công nghệ tái chế xỉ than thành gạch không nung", "recycling coal slag into unfired bricks"),
        solves: "xử lý xỉ than tồn đọng từ lò hơi và nhà máy",
        how: (
            "Xỉ than từ lò hơi được sàng bỏ hạt trên 5 mm, nghiền mịn rồi trộn với 8–10% xi măng, đá mạt và nước sao cho xỉ chiếm 55–65% khối lượng. Hỗn hợp được ép rung thủy lực 200–250 tấn thành gạch đặc hoặc gạch lỗ, dưỡng hộ ẩm 14–28 ngày và đạt mác M75–M100 theo TCVN 6477:2016.",
            "Slag from boilers is screened to remove particles above 5 mm, ground and mixed with 8–10% cement, stone dust and water so that slag makes up 55–65% of the mass. The mix is vibro-pressed hydraulically at 200–250 tonnes into solid or hollow bricks, moist-cured for 14–28 days and reaches grade M75–M100 under TCVN 6477:2016.",
        ),
        gain: (
            "tiêu thụ 15.000–25.000 tấn xỉ than mỗi năm trên một dây chuyền và hạ giá thành viên gạch 10–15% so với gạch đất sét nung",
            "absorbs 15,000–25,000 tonnes of coal slag a year per line and brings the cost of a brick 10–15% below fired clay",
        ),
        variants: [
            Variant {
                title: (
                    "Gạch không nung từ xỉ than lò hơi ép rung thủy lực 250 tấn",
                    "Unfired bricks from boiler coal slag, vibro-pressed at 250 tonnes",
                ),
                detail: "Dây chuyền ép rung thủy lực tự động 12–15 triệu viên quy chuẩn mỗi năm, phù hợp nhà máy có nguồn xỉ lớn và ổn định.",
            },
            Variant {
                title: (
                    "Gạch không nung từ xỉ than khí hóa của nhà máy phân đạm",
                    "Unfired bricks from coal-gasification slag of fertiliser plants",
                ),
                detail: "Cấp phối riêng cho xỉ khí hóa hạt thô, có bước nghiền bi và thử độc tính chiết theo QCVN 07:2009/BTNMT trước khi đưa vào sản xuất.",
            },
            Variant {
                title: (
                    "Gạch không nung xỉ than quy mô nhỏ cho hợp tác xã vật liệu xây dựng",
                    "Small-scale unfired coal-slag bricks for building-material cooperatives",
                ),
                detail: "Máy ép bán tự động 1,5–2 triệu viên mỗi năm, vốn đầu tư dưới 1,5 tỷ đồng, kèm chuyển giao công thức và đào tạo thợ vận hành.",
            },
        ],
        users: [
            "nhà máy có lò hơi đốt than trong khu công nghiệp Khánh Phú",
            "cơ sở sản xuất gạch block và gạch lát tự chèn",
            "hợp tác xã vật liệu xây dựng đang chuyển đổi từ lò gạch thủ công",
        ],
        strengths: [
            "Không cần lò nung, không phát sinh khói và khí SO2 khi sản xuất",
            "Cấp phối được hiệu chỉnh theo kết quả phân tích từng lô xỉ, giữ mác gạch ổn định",
        ],
    },
    Tech {
        name: ("bao bì sinh học từ bã mía và vỏ trấu", "bio-based packaging from bagasse and rice husks"),
        solves: "thay bao bì nhựa dùng một lần bằng vật liệu phân hủy được",
        how: (
            "Bã mía được nghiền thành bột giấy, vỏ trấu nghiền mịn trộn với chất kết dính tinh bột, rồi định hình trong khuôn ép nhiệt 180–200°C thành hộp cơm, khay, cốc và đĩa; bề mặt phủ lớp chống thấm gốc sáp thực vật không chứa PFAS. Sản phẩm chịu nước sôi và dầu nóng 100°C trong 30 phút, phân hủy hết sau 60–90 ngày trong đống ủ compost.",
            "Bagasse is pulped and rice husks are ground and mixed with a starch binder, then shaped in heated moulds at 180–200°C into lunch boxes, trays, cups and plates; the surface is coated with a PFAS-free plant-wax barrier. The products hold boiling water and hot oil at 100°C for 30 minutes and break down completely within 60–90 days in a compost heap.",
        ),
        gain: (
            "thay hộp xốp, hộp nhựa dùng một lần với giá chỉ cao hơn 300–600 đồng mỗi chiếc, mỗi tấn bã mía hoặc trấu làm ra khoảng 25.000 hộp",
            "replaces single-use foam and plastic boxes for only 300–600 VND more per piece, with each tonne of bagasse or husk making about 25,000 boxes",
        ),
        variants: [
            Variant {
                title: (
                    "Bao bì sinh học ép nhiệt từ bột bã mía cho hộp cơm và khay thực phẩm",
                    "Heat-pressed bio-based packaging from bagasse pulp for lunch boxes and food trays",
                ),
                detail: "Dây chuyền ép bột giấy bã mía 8–10 tấn sản phẩm mỗi tháng, đạt yêu cầu an toàn bao bì tiếp xúc thực phẩm cho bếp ăn và nhà hàng.",
            },
            Variant {
                title: (
                    "Bao bì sinh học từ vỏ trấu ép với chất kết dính tinh bột cho cốc, đĩa",
                    "Bio-based packaging from rice husk pressed with a starch binder for cups and plates",
                ),
                detail: "Dùng vỏ trấu của nhà máy xay xát trong vùng, giữ màu nâu tự nhiên và bề mặt nhám, hợp với quầy đồ uống ở khu du lịch.",
            },
            Variant {
                title: (
                    "Bao bì sinh học từ bã mía, vỏ trấu thay xốp chèn hàng thủ công xuất khẩu",
                    "Bio-based bagasse and husk packaging replacing foam inserts for export handicrafts",
                ),
                detail: "Thay xốp EPS chèn hàng bằng khay đúc theo hình sản phẩm gốm, cói, mây tre, đáp ứng yêu cầu bao bì không nhựa của nhà nhập khẩu châu Âu.",
            },
        ],
        users: [
            "nhà hàng, quán ăn và dịch vụ giao đồ ăn ở khu du lịch Tràng An, Tam Cốc",
            "bếp ăn công nghiệp trong khu công nghiệp Gián Khẩu",
            "cơ sở xuất khẩu hàng cói, mây tre đan ở Kim Sơn",
        ],
        strengths: [
            "Chịu nhiệt và dầu nóng, dùng được trong lò vi sóng",
            "Nguyên liệu bã mía, vỏ trấu sẵn có trong vùng, giá ổn định quanh năm",
        ],
    },
    Tech {
        name: ("hệ thống ủ phân compost từ rác hữu cơ đô thị", "composting system for urban organic waste"),
        solves: "xử lý rác hữu cơ đô thị đang phải chôn lấp",
        how: (
            "Rác hữu cơ đã phân loại tại nguồn từ chợ, hộ gia đình và nhà hàng được nhặt tạp chất trên băng tải, băm nhỏ dưới 50 mm, phối trộn với rơm hoặc mùn cưa để đạt tỷ lệ C/N 25–30 rồi ủ hiếu khí có thổi khí cưỡng bức cùng chế phẩm vi sinh Bacillus, Trichoderma. Đống ủ giữ 55–65°C trong 3 tuần để diệt mầm bệnh, sau 45–50 ngày được sàng thành phân hữu cơ đạt QCVN 01-189:2019/BNNPTNT.",
            "Source-separated organic waste from markets, households and restaurants is picked clean on a conveyor, shredded below 50 mm, mixed with straw or sawdust to a C/N ratio of 25–30 and composted aerobically with forced aeration and Bacillus and Trichoderma inoculants. The pile is held at 55–65°C for three weeks to kill pathogens and after 45–50 days is screened into organic fertiliser meeting QCVN 01-189:2019/BNNPTNT.",
        ),
        gain: (
            "giảm 50–60% khối lượng rác phải chôn lấp và thu 250–300 kg phân hữu cơ từ mỗi tấn rác",
            "cuts the waste sent to landfill by 50–60% and yields 250–300 kg of organic fertiliser per tonne of waste",
        ),
        variants: [
            Variant {
                title: (
                    "Ủ phân compost rác hữu cơ đô thị theo luống thổi khí cưỡng bức 20–50 tấn/ngày",
                    "Forced-aeration windrow composting of urban organic waste, 20–50 t/day",
                ),
                detail: "Thiết kế cho khu xử lý rác cấp huyện, quạt thổi khí điều khiển theo cảm biến nhiệt độ trong đống ủ, có mái che và rãnh thu nước rỉ.",
            },
            Variant {
                title: (
                    "Máy ủ compost rác hữu cơ dạng thùng quay cho chợ và khu dân cư",
                    "Rotary-drum composter for organic waste at markets and neighbourhoods",
                ),
                detail: "Thùng quay kín 1–3 tấn/ngày đặt ngay tại chợ, khử mùi bằng lọc sinh học, cho ra mùn thô sau 5–7 ngày.",
            },
            Variant {
                title: (
                    "Ủ compost rác hữu cơ kết hợp nuôi ruồi lính đen",
                    "Composting organic waste combined with black soldier fly rearing",
                ),
                detail: "Ấu trùng ruồi lính đen ăn rác thực phẩm trong 10–12 ngày, cho thêm nguồn đạm làm thức ăn chăn nuôi, phần bã còn lại mới đưa vào ủ.",
            },
        ],
        users: [
            "ban quản lý chợ đầu mối và chợ dân sinh",
            "đơn vị dịch vụ môi trường đô thị cấp huyện",
            "hợp tác xã trồng rau an toàn cần phân hữu cơ giá rẻ",
        ],
        strengths: [
            "Không bốc mùi nhờ thổi khí và lọc sinh học, đặt được gần khu dân cư",
            "Phân thành phẩm được kiểm nghiệm kim loại nặng và vi sinh vật gây bệnh từng lô",
        ],
    },
    Tech {
        name: ("giải pháp đo đếm và báo cáo phát thải khí nhà kính", "greenhouse-gas measurement and reporting"),
        solves: "kiểm kê và báo cáo phát thải khí nhà kính theo quy định",
        how: (
            "Phần mềm thu số liệu tiêu thụ điện, than, dầu, khí và nguyên liệu từ hóa đơn, đồng hồ đo thông minh và biểu nhập liệu của từng phân xưởng, áp hệ số phát thải lưới điện Việt Nam và IPCC để tính phát thải phạm vi 1, 2 và 3 theo ISO 14064-1. Hệ thống tự lập báo cáo kiểm kê theo mẫu của Nghị định 06/2022/NĐ-CP và tờ khai phát thải nội hàm cho hàng xuất khẩu sang EU theo CBAM.",
            "The software collects electricity, coal, oil, gas and raw-material consumption from invoices, smart meters and each workshop's input forms, and applies Vietnamese grid and IPCC emission factors to calculate scope 1, 2 and 3 emissions under ISO 14064-1. It produces inventory reports in the format of Decree 06/2022/ND-CP and embedded-emission declarations for goods exported to the EU under CBAM.",
        ),
        gain: (
            "rút thời gian lập báo cáo kiểm kê khí nhà kính từ 2–3 tháng xuống 2–3 tuần và chỉ ra 3–5 nguồn phát thải lớn nhất cần cắt giảm",
            "shortens the greenhouse-gas inventory from 2–3 months to 2–3 weeks and pinpoints the 3–5 largest emission sources to cut",
        ),
        variants: [
            Variant {
                title: (
                    "Kiểm kê khí nhà kính cấp cơ sở theo Nghị định 06/2022/NĐ-CP, hỗ trợ thẩm định",
                    "Facility greenhouse-gas inventory under Decree 06/2022, with verification support",
                ),
                detail: "Chuyên gia cùng phần mềm lập báo cáo kiểm kê năm đầu và chuẩn bị hồ sơ, chứng từ cho đơn vị thẩm định độc lập.",
            },
            Variant {
                title: (
                    "Đo đếm phát thải khí nhà kính tự động từ đồng hồ điện và lưu lượng kế nhiên liệu",
                    "Automatic greenhouse-gas metering from power meters and fuel flowmeters",
                ),
                detail: "Kết nối trực tiếp đồng hồ điện đa chức năng và lưu lượng kế dầu, khí qua Modbus, cập nhật lượng phát thải theo từng ca sản xuất.",
            },
            Variant {
                title: (
                    "Tính phát thải khí nhà kính nội hàm cho hàng xuất khẩu chịu CBAM",
                    "Embedded greenhouse-gas emissions for CBAM-covered exports",
                ),
                detail: "Chuyên cho thép, xi măng, phân bón, nhôm: phân bổ phát thải theo từng lô hàng và xuất tệp đúng mẫu báo cáo của EU.",
            },
        ],
        users: [
            "nhà máy xi măng và thép thuộc danh mục cơ sở phải kiểm kê khí nhà kính",
            "nhà máy phân bón trong khu công nghiệp Khánh Phú",
            "doanh nghiệp dệt may, da giày xuất khẩu bị khách hàng yêu cầu số liệu phát thải",
        ],
        strengths: [
            "Cập nhật sẵn hệ số phát thải lưới điện Việt Nam công bố hằng năm",
            "Mỗi số liệu đầu vào đều truy được đến chứng từ gốc, thuận lợi khi thẩm định",
        ],
    },
    Tech {
        name: ("tái chế nhựa phế thải thành vật liệu xây dựng", "recycling waste plastic into building materials"),
        solves: "xử lý nhựa phế thải khó tái chế",
        how: (
            "Nhựa phế thải hỗn hợp như túi nilon, bao bì nhiều lớp và bao dệt PP được rửa, sấy, băm nhỏ rồi trộn với 50–70% cát hoặc bột đá, gia nhiệt 180–220°C trong máy đùn trục vít và ép khuôn thành gạch lát, tấm ốp, cọc rào và nắp hố ga. Sản phẩm không hút nước, cường độ nén 25–35 MPa, mỗi m² gạch lát dùng 12–15 kg nhựa.",
            "Mixed waste plastic such as film bags, multilayer packaging and woven PP sacks is washed, dried and shredded, mixed with 50–70% sand or stone powder, heated to 180–220°C in a screw extruder and moulded into paving tiles, cladding panels, fence posts and manhole covers. The products absorb no water, reach 25–35 MPa compressive strength, and each square metre of paving uses 12–15 kg of plastic.",
        ),
        gain: (
            "biến nhựa hỗn hợp không ai thu mua thành gạch lát bán được 180.000–250.000 đồng/m², mỗi 100 m² tiêu thụ 1,2–1,5 tấn nhựa phế thải",
            "turns mixed plastic nobody buys into paving tiles selling at 180,000–250,000 VND/m², every 100 m² absorbing 1.2–1.5 tonnes of waste plastic",
        ),
        variants: [
            Variant {
                title: (
                    "Gạch lát vỉa hè từ nhựa phế thải trộn cát ép nóng",
                    "Pavement tiles from waste plastic hot-pressed with sand",
                ),
                detail: "Dây chuyền đùn và ép 3–5 tấn nhựa mỗi ngày, gạch chịu tải xe máy và ô tô con, dùng cho vỉa hè, lối đi công viên.",
            },
            Variant {
                title: (
                    "Cọc rào từ nhựa phế thải thay cọc bê tông cho vùng nuôi trồng thủy sản",
                    "Fence posts from waste plastic replacing concrete posts in aquaculture areas",
                ),
                detail: "Cọc đúc có lõi thép chống cong, không mục trong nước lợ, dùng làm rào bờ ao tôm và cọc chống sạt bờ.",
            },
            Variant {
                title: (
                    "Tấm ốp tường và ván sàn từ nhựa phế thải trộn bột đá",
                    "Wall panels and floorboards from waste plastic mixed with stone powder",
                ),
                detail: "Tấm dày 12–20 mm chống ẩm, chống mối, dùng cho nhà xưởng và nhà vệ sinh công cộng ở điểm du lịch.",
            },
        ],
        users: [
            "đơn vị thu gom, phân loại rác thải sinh hoạt cấp huyện",
            "cơ sở tái chế nhựa ở làng nghề thu mua phế liệu",
            "ban quản lý dự án hạ tầng cần vật liệu lát vỉa hè",
        ],
        strengths: [
            "Nhận được cả nhựa bẩn, nhựa nhiều lớp mà cơ sở tái chế hạt nhựa từ chối",
            "Sản phẩm không thấm nước, không mục, bền ở vùng ven biển nước lợ",
        ],
    },
    Tech {
        name: ("than sinh học biochar từ vỏ trấu và lõi ngô", "biochar from rice husks and corn cobs"),
        solves: "xử lý vỏ trấu, lõi ngô và phụ phẩm nông nghiệp đang bị đốt lộ thiên",
        how: (
            "Vỏ trấu, lõi ngô hoặc thân cây sắn được nạp vào lò nhiệt phân yếm khí liên tục ở 450–600°C; khí nhiệt phân sinh ra được đốt lại để cấp nhiệt cho lò và sấy nguyên liệu. Mỗi tấn phụ phẩm khô cho 280–350 kg than sinh học xốp, dùng cải tạo đất, phối trộn phân bón hoặc làm vật liệu lọc nước.",
            "Rice husks, corn cobs or cassava stems are fed into a continuous anoxic pyrolysis kiln at 450–600°C; the pyrolysis gas is burned again to heat the kiln and dry the feedstock. Each tonne of dry residue yields 280–350 kg of porous biochar used as a soil amendment, blended into fertiliser or as a water-filter medium.",
        ),
        gain: (
            "giữ lại 2,5–3 tấn CO2 tương đương trong đất trên mỗi tấn than sinh học và giảm 15–25% lượng phân hóa học bón cho lúa, rau",
            "locks 2.5–3 tonnes of CO2-equivalent in the soil per tonne of biochar and lets rice and vegetable growers use 15–25% less chemical fertiliser",
        ),
        variants: [
            Variant {
                title: (
                    "Lò nhiệt phân liên tục sản xuất biochar từ vỏ trấu 1 tấn/giờ",
                    "Continuous pyrolysis kiln producing rice-husk biochar at 1 t/h",
                ),
                detail: "Đặt cạnh nhà máy xay xát, tận dụng nhiệt từ khí nhiệt phân để sấy thóc, vận hành liên tục 2 ca mỗi ngày.",
            },
            Variant {
                title: (
                    "Phân bón hữu cơ phối trộn biochar lõi ngô và vi sinh vật có ích",
                    "Organic fertiliser blending corn-cob biochar with beneficial microbes",
                ),
                detail: "Biochar lõi ngô được nạp vi sinh cố định đạm và phân giải lân rồi đóng bao, bán cho vùng rau và cây ăn quả.",
            },
            Variant {
                title: (
                    "Lò biochar di động cho hợp tác xã, kèm đo đếm tín chỉ carbon",
                    "Mobile biochar kiln for cooperatives, with carbon-credit measurement",
                ),
                detail: "Lò kéo theo máy cày xử lý 300–500 kg phụ phẩm mỗi mẻ ngay tại đồng, ghi khối lượng và ảnh từng mẻ để lập hồ sơ tín chỉ carbon.",
            },
        ],
        users: [
            "nhà máy xay xát lúa gạo có lượng trấu dư thừa",
            "hợp tác xã trồng ngô, sắn ở Nho Quan, Tam Điệp",
            "doanh nghiệp sản xuất phân bón hữu cơ vi sinh",
        ],
        strengths: [
            "Khí nhiệt phân được đốt lại nên không có khói đen như đốt trấu ngoài bãi",
            "Lượng carbon lưu giữ trong đất có thể đăng ký thành tín chỉ carbon",
        ],
    },
    Tech {
        name: ("sản xuất diesel sinh học từ dầu ăn đã qua sử dụng", "biodiesel from used cooking oil"),
        solves: "thu gom dầu ăn thải từ nhà hàng, bếp ăn đang bị đổ xuống cống hoặc bán lại cho quán ăn",
        how: (
            "Dầu ăn thải thu gom từ nhà hàng, bếp ăn được lọc cặn, tách nước, khử axit béo tự do rồi este hóa với metanol, xúc tác KOH ở 60–65°C trong 1–2 giờ; glycerin được tách riêng, metyl este được rửa và sấy đạt TCVN 7717 để pha B5–B20 hoặc đốt trực tiếp trong lò hơi. Cứ 1.000 lít dầu thải cho 850–900 lít diesel sinh học.",
            "Used cooking oil collected from restaurants and canteens is filtered, dewatered and stripped of free fatty acids, then transesterified with methanol over a KOH catalyst at 60–65°C for 1–2 hours; the glycerine is separated and the methyl ester washed and dried to TCVN 7717 for blending into B5–B20 or firing boilers directly. Every 1,000 litres of waste oil gives 850–900 litres of biodiesel.",
        ),
        gain: (
            "giảm 70–80% phát thải CO2 vòng đời so với diesel hóa thạch và ngăn dầu ăn thải quay lại quán ăn hoặc chảy vào cống",
            "cuts life-cycle CO2 by 70–80% compared with fossil diesel and keeps used oil from returning to food stalls or running into drains",
        ),
        variants: [
            Variant {
                title: (
                    "Trạm este hóa diesel sinh học từ dầu ăn thải 2.000 lít/ngày cho khu công nghiệp",
                    "2,000-litre-a-day used-cooking-oil biodiesel plant for industrial parks",
                ),
                detail: "Trạm mô-đun đặt trong khu công nghiệp cấp B100 cho lò hơi và xe nâng, glycerin thô bán cho cơ sở làm xà phòng.",
            },
            Variant {
                title: (
                    "Mạng lưới thu gom dầu ăn thải từ nhà hàng làm diesel sinh học, truy vết bằng mã QR",
                    "QR-traced collection of restaurants' used cooking oil for biodiesel",
                ),
                detail: "Mỗi can dầu thải dán mã QR, nhà hàng được trả tiền theo lít và nhận chứng từ thu gom đúng quy định.",
            },
            Variant {
                title: (
                    "Diesel sinh học B20 từ dầu ăn thải cho tàu thuyền và xe buýt du lịch",
                    "B20 used-cooking-oil biodiesel for tour boats and buses",
                ),
                detail: "Pha trộn và kiểm định B20 tại chỗ cho đội tàu máy và xe buýt du lịch, kèm theo dõi mức tiêu hao nhiên liệu từng xe, từng tàu.",
            },
        ],
        users: [
            "nhà hàng, khách sạn ở Hoa Lư và khu du lịch Tràng An",
            "bếp ăn công nghiệp của nhà máy may, da giày trong khu công nghiệp",
            "doanh nghiệp vận tải có đội xe tải và tàu chạy dầu diesel",
        ],
        strengths: [
            "Thiết bị mô-đun lắp trong container, dễ di chuyển và mở rộng công suất",
            "Mỗi lô B100 đều có phiếu kiểm nghiệm chỉ số axit, độ nhớt và hàm lượng nước",
        ],
    },
    Tech {
        name: (
            "máy thu hồi vỏ chai, lon có hoàn tiền tại nơi công cộng",
            "deposit-return machine for bottles and cans in public places",
        ),
        solves: "thu gom riêng vỏ chai nhựa và lon nhôm tại điểm du lịch, trường học và khu dân cư",
        how: (
            "Máy dùng camera và đầu đọc mã vạch nhận dạng chai PET, lon nhôm, từ chối chai thủy tinh và vật lạ, rồi ép dẹp và chứa 600–1.000 vỏ trong các ngăn riêng; người bỏ vỏ nhận 200–500 đồng mỗi vỏ qua mã QR vào ví điện tử hoặc thành điểm đổi quà. Cảm biến báo đầy gửi tín hiệu qua 4G để xe thu gom đi đúng tuyến, vỏ đã phân loại sạch được bán thẳng cho nhà máy tái chế.",
            "A camera and barcode reader recognise PET bottles and aluminium cans, reject glass and foreign objects, then crush and store 600–1,000 containers in separate bins; the user receives 200–500 VND per container via QR code into an e-wallet or as reward points. A fill-level sensor reports over 4G so collection vehicles follow the right route, and the sorted clean material is sold directly to recycling plants.",
        ),
        gain: (
            "đưa tỷ lệ thu hồi vỏ chai, lon tại điểm đặt máy lên 60–70% và bán vật liệu sạch cao hơn 30–40% so với phế liệu lẫn",
            "raises bottle and can recovery at machine sites to 60–70% and sells the clean material 30–40% above mixed scrap prices",
        ),
        variants: [
            Variant {
                title: (
                    "Máy thu hồi vỏ chai, lon đặt tại bến thuyền và bãi đỗ xe khu du lịch",
                    "Bottle and can return machine for boat piers and car parks at tourist sites",
                ),
                detail: "Vỏ máy chống nước, chạy điện mặt trời, giao diện bốn ngôn ngữ cho khách quốc tế, điểm tích được đổi lấy đồ lưu niệm.",
            },
            Variant {
                title: (
                    "Máy thu hồi vỏ chai, lon cho trường học, tích điểm theo lớp",
                    "Bottle and can return machine for schools, with points per class",
                ),
                detail: "Học sinh quét thẻ để tích điểm cho lớp, nhà trường theo dõi số vỏ thu được trên bảng điều khiển phục vụ giáo dục môi trường.",
            },
            Variant {
                title: (
                    "Cho thuê máy thu hồi vỏ chai, lon trọn gói kèm bao tiêu vật liệu",
                    "Bottle and can return machine leasing bundled with material buy-back",
                ),
                detail: "Nơi đặt máy trả 1,5–2,5 triệu đồng mỗi tháng, nhà cung cấp lo bảo trì, thu gom và bao tiêu toàn bộ vỏ thu được.",
            },
        ],
        users: [
            "ban quản lý khu du lịch Tràng An, Tam Cốc – Bích Động",
            "trường trung học cơ sở và trung học phổ thông",
            "siêu thị, cửa hàng tiện lợi và khu chung cư",
        ],
        strengths: [
            "Nhận dạng đúng loại vỏ trên 98%, tự từ chối chai còn nước hoặc vật lạ",
            "Số vỏ thu hồi theo từng máy dùng được cho báo cáo trách nhiệm mở rộng của nhà sản xuất (EPR)",
        ],
    },
];
