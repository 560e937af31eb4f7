//! The green-circular-economy sector's technologies and problems (see `super`).

use super::{Case, Problem, Tech, Variant};

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

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("tái sử dụng phụ phẩm và chất thải rắn công nghiệp", "reusing industrial by-products and solid waste"),
        cases: [
            Case {
                title: (
                    "tận dụng 40.000 tấn xỉ than mỗi năm của nhà máy phân đạm trong khu công nghiệp Khánh Phú",
                    "reusing 40,000 tonnes a year of coal slag from a fertiliser plant in Khánh Phú industrial park",
                ),
                situation: (
                    "Nhà máy thải ra khoảng 110 tấn xỉ than mỗi ngày từ hệ thống khí hóa và lò hơi, bãi chứa 5 ha đã đầy 85%. Chi phí vận chuyển và lưu giữ hiện khoảng 90.000 đồng/tấn, cơ quan quản lý môi trường yêu cầu có phương án tiêu thụ xỉ trước cuối năm 2026.",
                    "The plant discharges about 110 tonnes of coal slag a day from its gasification units and boilers, and its 5-hectare storage yard is 85% full. Hauling and storage cost about 90,000 VND per tonne, and the environmental authority requires a plan to use the slag before the end of 2026.",
                ),
            },
            Case {
                title: (
                    "tái chế 18 tấn bao dệt PP và màng co phế thải mỗi tháng của nhà máy thức ăn chăn nuôi ở Yên Khánh",
                    "recycling 18 tonnes a month of waste woven PP sacks and shrink film at an animal-feed mill in Yên Khánh",
                ),
                situation: (
                    "Nhà máy nhập ngô, khô đậu trong bao dệt PP và pallet bọc màng co, mỗi tháng phát sinh khoảng 18 tấn bao rách, màng bẩn lẫn bột cám. Cơ sở thu mua phế liệu chỉ lấy bao sạch với giá 1.500 đồng/kg, phần còn lại phải thuê xử lý như rác công nghiệp với giá 2,8 triệu đồng/tấn.",
                    "The mill receives maize and soybean meal in woven PP sacks and on shrink-wrapped pallets, producing about 18 tonnes a month of torn sacks and dirty film mixed with bran dust. Scrap buyers take only clean sacks at 1,500 VND/kg, and the rest must be disposed of as industrial waste at 2.8 million VND per tonne.",
                ),
            },
            Case {
                title: (
                    "tái sử dụng tro xỉ lò hơi của cụm nhà máy giấy và bao bì carton ở Gia Viễn",
                    "reusing boiler ash and slag from a cluster of paper and carton mills in Gia Viễn",
                ),
                situation: (
                    "Ba nhà máy giấy và bao bì carton dùng chung lò hơi đốt than trộn trấu, thải ra 30–35 tấn tro xỉ mỗi ngày, ẩm và lẫn cặn giấy. Bãi chứa tạm nằm sát đồng lúa, mùa mưa nước rỉ chảy xuống ruộng khiến người dân phản ánh nhiều lần; ngân sách xử lý của mỗi nhà máy dưới 2 tỷ đồng/năm.",
                    "Three paper and carton mills share a boiler burning coal mixed with rice husk and discharge 30–35 tonnes of wet ash and slag a day mixed with paper residue. The temporary dump lies next to rice fields, run-off reaches the paddies in the rainy season and residents have complained repeatedly; each mill's disposal budget is under 2 billion VND a year.",
                ),
            },
        ],
        wanted: "Tiêu thụ hoặc tái chế ít nhất 70% lượng xỉ than và chất thải rắn phát sinh trong 12 tháng, sản phẩm tái chế có kết quả thử nghiệm đạt tiêu chuẩn; chi phí xử lý mỗi tấn giảm ít nhất 30%.",
    },
    Problem {
        name: ("giảm phát thải khí nhà kính trong sản xuất", "cutting greenhouse-gas emissions in production"),
        cases: [
            Case {
                title: (
                    "kiểm kê và cắt giảm khí nhà kính cho nhà máy xi măng 1,5 triệu tấn/năm ở Phủ Lý",
                    "inventorying and cutting greenhouse gases at a 1.5-million-tonne-a-year cement plant near Phủ Lý",
                ),
                situation: (
                    "Nhà máy thuộc danh mục cơ sở phải kiểm kê khí nhà kính, phát thải ước tính 1,1 triệu tấn CO2 tương đương mỗi năm, chủ yếu từ nung clinker và đốt than. Số liệu tiêu thụ than, điện nằm rải rác trong sổ tay và bảng tính của 6 phân xưởng; báo cáo năm trước mất gần 3 tháng và bị trả lại để bổ sung.",
                    "The plant is on the list of facilities required to inventory greenhouse gases, emitting an estimated 1.1 million tonnes of CO2-equivalent a year, mainly from clinker burning and coal firing. Coal and power data are scattered across notebooks and spreadsheets in 6 workshops; last year's report took nearly 3 months and was sent back for additions.",
                ),
            },
            Case {
                title: (
                    "tính phát thải nội hàm cho ống thép xuất khẩu sang EU của nhà máy ở khu công nghiệp Phúc Sơn",
                    "calculating embedded emissions of steel pipes exported to the EU from a plant in Phúc Sơn industrial park",
                ),
                situation: (
                    "Nhà máy xuất khoảng 12.000 tấn ống thép mỗi năm sang EU, nhà nhập khẩu yêu cầu số liệu phát thải nội hàm theo từng quý từ năm 2026, nếu không sẽ bị áp giá trị mặc định cao. Phôi thép mua từ ba nhà cung cấp khác nhau và nhà máy chưa có nhân sự chuyên trách về phát thải.",
                    "The plant exports about 12,000 tonnes of steel pipe a year to the EU, and the importer requires quarterly embedded-emission data from 2026 or high default values will apply. Billets come from three different suppliers and the plant has no staff dedicated to emissions.",
                ),
            },
            Case {
                title: (
                    "giảm phát thải từ lò hơi đốt than của xưởng nhuộm vải 10 tấn/ngày ở Nam Định",
                    "cutting emissions from the coal-fired boiler of a 10-tonne-a-day fabric dyeing mill in Nam Định",
                ),
                situation: (
                    "Lò hơi 6 tấn hơi/giờ đốt khoảng 15 tấn than cám mỗi ngày, chiếm gần 70% phát thải của xưởng. Khách hàng may mặc yêu cầu giảm 30% phát thải phạm vi 1 và 2 trước năm 2030; xưởng có khoảng 5 tỷ đồng để đầu tư và không thể dừng sản xuất quá 10 ngày để cải tạo.",
                    "A 6-tonne-per-hour boiler burns about 15 tonnes of coal fines a day, nearly 70% of the mill's emissions. Apparel customers demand a 30% cut in scope 1 and 2 emissions before 2030; the mill has about 5 billion VND to invest and cannot stop production for more than 10 days for the retrofit.",
                ),
            },
        ],
        wanted: "Có báo cáo kiểm kê khí nhà kính đạt yêu cầu thẩm định trong vòng 4 tháng. Xác định lộ trình giảm ít nhất 20% phát thải phạm vi 1 và 2 trong 3 năm, có số liệu theo dõi hằng tháng.",
    },
    Problem {
        name: (
            "giảm đồ nhựa dùng một lần tại khu du lịch và nhà hàng",
            "cutting single-use plastics at tourist sites and restaurants",
        ),
        cases: [
            Case {
                title: (
                    "thay hộp xốp, cốc nhựa cho 120 quầy ăn uống trong khu du lịch Tràng An",
                    "replacing foam boxes and plastic cups at 120 food stalls in the Tràng An tourist area",
                ),
                situation: (
                    "Mùa cao điểm từ tháng Giêng đến tháng Ba, khu du lịch đón 15.000–20.000 khách mỗi ngày và các quầy ăn uống dùng khoảng 30.000 hộp xốp, cốc và ống hút nhựa. Ban quản lý đã cam kết khu di sản không đồ nhựa dùng một lần, nhưng các hộ kinh doanh chỉ chấp nhận đồ thay thế đắt hơn tối đa 500 đồng mỗi chiếc.",
                    "In the peak season from January to March the site receives 15,000–20,000 visitors a day and the food stalls use about 30,000 foam boxes, plastic cups and straws. The management has pledged a heritage site free of single-use plastic, but stallholders will only accept substitutes costing at most 500 VND more per piece.",
                ),
            },
            Case {
                title: (
                    "thu gom chai nhựa khách bỏ lại dọc tuyến thuyền Tam Cốc – Bích Động",
                    "collecting plastic bottles left by visitors along the Tam Cốc – Bích Động boat route",
                ),
                situation: (
                    "Mỗi ngày đội vệ sinh vớt 150–200 kg rác trên sông Ngô Đồng và ở bến thuyền, hơn một nửa là chai nước và lon nước ngọt. Rác lẫn nước, bùn nên cơ sở thu mua phế liệu trả giá rất thấp, và khách quốc tế nhiều lần phàn nàn về rác dọc tuyến trên các trang đánh giá.",
                    "Every day the cleaning team fishes 150–200 kg of litter out of the Ngô Đồng river and the piers, over half of it water bottles and soft-drink cans. Mixed with water and mud, the litter fetches very little from scrap buyers, and foreign visitors have repeatedly complained about litter along the route on review sites.",
                ),
            },
            Case {
                title: (
                    "bỏ hộp nhựa trong 2.500 suất cơm giao mỗi ngày của bếp ăn công nghiệp ở khu công nghiệp Gián Khẩu",
                    "dropping plastic boxes from 2,500 daily meal deliveries of an industrial canteen in Gián Khẩu industrial park",
                ),
                situation: (
                    "Bếp ăn cấp cơm hộp cho 6 nhà máy, mỗi ngày thải ra khoảng 2.500 hộp nhựa và túi nilon đựng canh. Hai nhà máy khách hàng đang áp dụng yêu cầu giảm nhựa của nhãn hàng quốc tế và đòi đổi bao bì trong quý tới, trong khi giá suất ăn không được tăng quá 2%.",
                    "The canteen supplies boxed meals to 6 factories and throws out about 2,500 plastic boxes and plastic soup bags a day. Two client factories are applying an international brand's plastic-reduction rules and want the packaging changed next quarter, while the meal price may not rise by more than 2%.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 70% số hộp, cốc, chai nhựa dùng một lần trong 6 tháng; chi phí bao bì thay thế tăng không quá 500 đồng mỗi suất ăn hoặc mỗi lượt khách.",
    },
    Problem {
        name: (
            "tận dụng vỏ trấu, lõi ngô và phụ phẩm chế biến nông sản",
            "making use of rice husks, corn cobs and food-processing residues",
        ),
        cases: [
            Case {
                title: (
                    "tận dụng 20 tấn vỏ trấu mỗi ngày của cụm nhà máy xay xát ở Yên Khánh",
                    "using 20 tonnes of rice husk a day from a cluster of rice mills in Yên Khánh",
                ),
                situation: (
                    "Năm nhà máy xay xát công suất 150–200 tấn thóc/ngày thải ra khoảng 20 tấn vỏ trấu mỗi ngày, chỉ bán được một phần cho lò gạch và trang trại với giá 300–500 đồng/kg. Phần còn lại bị đốt âm ỉ ngoài bãi, khói ảnh hưởng khu dân cư và đã bị xã lập biên bản hai lần trong năm.",
                    "Five mills of 150–200 tonnes of paddy a day produce about 20 tonnes of husk daily, only part of which sells to brick kilns and farms at 300–500 VND/kg. The rest smoulders in open heaps, the smoke bothers nearby residents and the commune has issued two violation reports this year.",
                ),
            },
            Case {
                title: (
                    "xử lý lõi ngô và thân cây sắn sau thu hoạch ở các xã vùng đồi Nho Quan",
                    "handling corn cobs and cassava stems after harvest in the hill communes of Nho Quan",
                ),
                situation: (
                    "Khoảng 2.000 ha ngô và sắn cho hàng nghìn tấn lõi ngô, thân sắn mỗi vụ, người dân thường đốt ngay tại nương để dọn đất, gây khói mù cho khu vực giáp Vườn quốc gia Cúc Phương. Hợp tác xã muốn biến phụ phẩm thành sản phẩm bán được nhưng chỉ có khoảng 500 triệu đồng vốn và lao động phần lớn là người cao tuổi.",
                    "About 2,000 hectares of maize and cassava leave thousands of tonnes of cobs and stems each season, which farmers usually burn in the fields to clear land, causing haze near Cúc Phương National Park. The cooperative wants to turn the residues into something saleable but has only about 500 million VND of capital and a mostly elderly workforce.",
                ),
            },
            Case {
                title: (
                    "xử lý 3.000 lít dầu chiên thải mỗi tháng của các cơ sở làm chả, nem rán ở thành phố Nam Định",
                    "handling 3,000 litres a month of used frying oil from chả and spring-roll makers in Nam Định city",
                ),
                situation: (
                    "Khoảng 40 cơ sở chế biến thực phẩm chiên rán thải ra tổng cộng 3.000 lít dầu mỗi tháng, một phần bị thương lái mua với giá 8.000–10.000 đồng/lít rồi lọc bán lại cho quán ăn. Phần còn lại bị đổ xuống cống gây tắc đường thoát nước; phường đã yêu cầu các cơ sở ký cam kết thu gom có chứng từ.",
                    "About 40 fried-food makers discard 3,000 litres of oil a month in total; some of it is bought by traders at 8,000–10,000 VND per litre, filtered and resold to eateries. The rest is poured into drains and blocks them; the ward has required the makers to sign up to documented collection.",
                ),
            },
        ],
        wanted: "Biến ít nhất 60% lượng vỏ trấu, lõi ngô hoặc dầu ăn thải thành sản phẩm có người mua trong một năm; chấm dứt đốt lộ thiên và đổ dầu xuống cống tại khu vực thí điểm.",
    },
];
