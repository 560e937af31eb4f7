//! The construction-materials sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("bê tông nhẹ cách nhiệt từ tro bay", "lightweight insulating concrete from fly ash"),
        solves: "tận dụng tro bay và làm mát nhà xưởng, nhà ở",
        how: (
            "Tro bay nhiệt điện thay 50–65% cát trong hỗn hợp với xi măng, vôi và bột nhôm tạo khí, được đổ khuôn rồi chưng áp hơi nước 12 bar, 180–190°C trong 10–12 giờ thành khối bê tông khí chưng áp (AAC) nặng 500–700 kg/m³. Tường dày 200 mm có hệ số dẫn nhiệt 0,12–0,16 W/m.K, chỉ bằng khoảng 1/4 tường gạch đất nung.",
            "Power-plant fly ash replaces 50–65% of the sand in a mix of cement, lime and aluminium powder as gas former; the mix is cast and autoclaved in steam at 12 bar and 180–190°C for 10–12 hours into autoclaved aerated concrete (AAC) blocks of 500–700 kg/m³. A 200 mm wall has a thermal conductivity of 0.12–0.16 W/m·K, about a quarter of that of a fired-clay brick wall.",
        ),
        gain: (
            "tiêu thụ 250–320 kg tro bay trên mỗi m³ sản phẩm, giảm 3–5°C nhiệt độ trong phòng mùa hè và giảm 30–40% tải trọng tường lên kết cấu",
            "uses 250–320 kg of fly ash per cubic metre of product, lowers indoor summer temperatures by 3–5°C and cuts wall loads on the structure by 30–40%",
        ),
        variants: [
            Variant {
                title: (
                    "Bê tông khí chưng áp AAC từ tro bay nhiệt điện cho tường bao nhà xưởng",
                    "Fly-ash AAC blocks for factory enclosure walls",
                ),
                detail: "Khối AAC khổ lớn 600×200×(100–250) mm xây bằng vữa keo mạch mỏng, rút ngắn 40% thời gian xây tường bao nhà xưởng.",
            },
            Variant {
                title: (
                    "Bê tông bọt tro bay đổ tại chỗ chống nóng mái và sàn",
                    "Cast-in-place fly-ash foam concrete for roof and floor insulation",
                ),
                detail: "Máy tạo bọt di động bơm bê tông bọt 400–600 kg/m³ lên mái bằng, sàn tầng trên, vừa chống nóng vừa tạo dốc thoát nước.",
            },
            Variant {
                title: (
                    "Tấm tường bê tông nhẹ tro bay cốt lưới thép lắp ghép cho nhà ở nông thôn",
                    "Prefabricated mesh-reinforced lightweight fly-ash wall panels for rural houses",
                ),
                detail: "Tấm dày 75–100 mm lắp khô bằng liên kết chốt, một căn nhà 80 m² dựng xong tường trong 3–4 ngày.",
            },
        ],
        users: [
            "chủ đầu tư nhà xưởng trong khu công nghiệp Gián Khẩu, Phúc Sơn",
            "nhà máy sản xuất vật liệu xây dựng không nung",
            "hộ gia đình xây nhà mái bằng ở vùng nắng nóng",
        ],
        strengths: [
            "Chống nóng tốt, tiết kiệm 20–25% điện điều hòa cho phòng tầng mái",
            "Nhẹ bằng khoảng 1/3 gạch đất nung, giảm chi phí móng trên nền đất yếu ven sông",
        ],
    },
    Tech {
        name: ("đá nhân tạo từ bột đá vôi", "engineered stone from limestone powder"),
        solves: "lãng phí bột đá vôi thải ra khi khai thác và chế biến đá",
        how: (
            "Bột đá vôi dưới 0,1 mm và mạt đá 0,1–4 mm từ mỏ, xưởng cưa đá chiếm 88–92% khối lượng, được trộn với 8–10% nhựa polyester không no, bột màu và chất liên kết silan, rung ép trong buồng chân không rồi đóng rắn ở 80–90°C. Tấm thành phẩm khổ 3.000×1.400 mm, dày 15–30 mm được mài bóng làm mặt bàn bếp, ốp lát và bậc cầu thang.",
            "Limestone powder below 0.1 mm and 0.1–4 mm chippings from quarries and stone-cutting shops make up 88–92% of the mass and are mixed with 8–10% unsaturated polyester resin, pigments and a silane coupling agent, vibro-compressed in a vacuum chamber and cured at 80–90°C. The finished 3,000×1,400 mm slabs, 15–30 mm thick, are polished for kitchen worktops, floor and wall cladding and stair treads.",
        ),
        gain: (
            "biến bột đá thải gây bụi thành tấm ốp lát bán 450.000–700.000 đồng/m², rẻ hơn 30–40% so với đá granite tự nhiên cùng độ hoàn thiện",
            "turns dusty waste stone powder into cladding slabs selling at 450,000–700,000 VND/m², 30–40% cheaper than natural granite of the same finish",
        ),
        variants: [
            Variant {
                title: (
                    "Đá nhân tạo gốc bột đá vôi ép rung chân không khổ lớn cho mặt bếp",
                    "Large-format vacuum vibro-pressed limestone engineered stone for worktops",
                ),
                detail: "Dây chuyền 150.000–200.000 m² tấm mỗi năm, mặt tấm đồng màu hoặc vân giả đá cẩm thạch cho thị trường nội thất.",
            },
            Variant {
                title: (
                    "Đá nhân tạo từ bột đá vôi kết dính xi măng cho gạch lát ngoài trời",
                    "Cement-bound engineered stone from limestone powder for outdoor paving",
                ),
                detail: "Thay nhựa polyester bằng xi măng và phụ gia polymer, giá thấp hơn, chịu nắng mưa, dùng lát sân và lối đi khu du lịch.",
            },
            Variant {
                title: (
                    "Đá nhân tạo bột đá vôi pha mảnh đá tự nhiên cho đồ mỹ nghệ, bia và bình phong",
                    "Limestone-powder engineered stone with natural chips for crafts, steles and screens",
                ),
                detail: "Đúc trong khuôn silicon theo mẫu của thợ làng đá mỹ nghệ, giảm khoảng 50% công đục thủ công cho chi tiết lặp lại.",
            },
        ],
        users: [
            "doanh nghiệp khai thác, chế biến đá vôi ở Tam Điệp và Gia Viễn",
            "xưởng sản xuất mặt bàn bếp và đồ nội thất",
            "làng nghề đá mỹ nghệ Ninh Vân",
        ],
        strengths: [
            "Không chứa thạch anh tinh thể nên thợ cắt, mài ít bị phơi nhiễm bụi silic",
            "Dùng được cả bột đá mịn dưới 0,1 mm mà bê tông và vữa không dùng được",
        ],
    },
    Tech {
        name: ("giám sát sức khỏe kết cấu công trình bằng cảm biến", "sensor-based structural health monitoring"),
        solves: "phát hiện muộn hư hỏng kết cấu cầu và nhà cao tầng",
        how: (
            "Cảm biến biến dạng dây rung hoặc cách tử Bragg sợi quang (FBG), gia tốc kế MEMS, cảm biến nghiêng và nhiệt độ được gắn ở dầm, trụ, gối cầu hoặc cột, vách nhà cao tầng, gửi 1–100 mẫu/giây về bộ ghi dữ liệu chạy pin mặt trời rồi truyền qua 4G lên máy chủ. Phần mềm so sánh tần số dao động riêng, độ võng, bề rộng vết nứt với mô hình phần tử hữu hạn và giới hạn thiết kế để phát cảnh báo ba cấp.",
            "Vibrating-wire or fibre Bragg grating (FBG) strain gauges, MEMS accelerometers, tilt and temperature sensors are fixed to the girders, piers and bearings of bridges or the columns and walls of high-rises, sending 1–100 samples per second to a solar-powered data logger that uploads over 4G. The software compares natural frequencies, deflection and crack width with a finite-element model and the design limits to raise three-level alerts.",
        ),
        gain: (
            "phát hiện suy giảm độ cứng và vết nứt kết cấu sớm hơn 6–12 tháng so với kiểm tra định kỳ bằng mắt và giảm 30–40% chi phí kiểm định",
            "detects loss of stiffness and structural cracking 6–12 months earlier than periodic visual inspection and cuts inspection costs by 30–40%",
        ),
        variants: [
            Variant {
                title: (
                    "Giám sát sức khỏe kết cấu cầu bằng cảm biến sợi quang FBG",
                    "Structural health monitoring of bridges with FBG fibre-optic sensors",
                ),
                detail: "Một sợi quang mang 20–40 điểm đo, không nhiễu điện từ, bền ngoài trời trên 15 năm, phù hợp cầu dây văng và cầu dầm hộp nhịp lớn.",
            },
            Variant {
                title: (
                    "Giám sát kết cấu cầu nông thôn bằng cảm biến không dây giá rẻ",
                    "Low-cost wireless sensor structural monitoring for rural bridges",
                ),
                detail: "Nút đo gia tốc và độ nghiêng chạy pin 2 năm, lắp trong một ngày không phải cấm đường, chi phí dưới 200 triệu đồng mỗi cầu.",
            },
            Variant {
                title: (
                    "Giám sát sức khỏe kết cấu nhà cao tầng và hố đào sâu bằng cảm biến",
                    "Sensor-based structural health monitoring of high-rises and deep excavations",
                ),
                detail: "Đo lún, nghiêng, biến dạng cột vách và chuyển vị tường vây trong giai đoạn thi công và 5 năm đầu khai thác.",
            },
        ],
        users: [
            "đơn vị quản lý, bảo trì cầu đường bộ cấp tỉnh",
            "chủ đầu tư và ban quản lý tòa nhà cao tầng",
            "nhà thầu thi công hố đào sâu, tầng hầm ở khu đô thị mới",
        ],
        strengths: [
            "Cảnh báo tức thì qua tin nhắn khi độ võng hoặc độ nghiêng vượt giới hạn thiết kế",
            "Số liệu lưu dài hạn làm căn cứ lập kế hoạch sửa chữa và kéo dài tuổi thọ công trình",
        ],
    },
    Tech {
        name: ("phụ gia xi măng giảm phát thải", "low-emission cement additive"),
        solves: "phát thải khí nhà kính cao khi sản xuất xi măng",
        how: (
            "Đất sét cao lanh hàm lượng thấp được nung 750–850°C thành sét nung hoạt tính, phối trộn với bột đá vôi và 1–2% phụ gia trợ nghiền gốc alkanolamin để thay 30–45% clinker trong xi măng (xi măng LC3). Hỗn hợp được nghiền chung với clinker trong máy nghiền hiện có của nhà máy, không phải thay đổi lò quay.",
            "Low-grade kaolinitic clay is calcined at 750–850°C into reactive metakaolin and blended with limestone powder and a 1–2% alkanolamine grinding aid to replace 30–45% of the clinker in cement (LC3). The blend is inter-ground with clinker in the plant's existing mill, with no change to the rotary kiln.",
        ),
        gain: (
            "giảm 25–35% phát thải CO2 trên mỗi tấn xi măng và 15–20% giá thành mà vẫn đạt cường độ 28 ngày tương đương xi măng PCB40",
            "cuts CO2 per tonne of cement by 25–35% and production cost by 15–20% while matching the 28-day strength of PCB40 cement",
        ),
        variants: [
            Variant {
                title: (
                    "Phụ gia xi măng giảm phát thải từ sét nung và đá vôi theo công nghệ LC3",
                    "LC3 low-emission cement additive from calcined clay and limestone",
                ),
                detail: "Chuyển giao lò nung sét kiểu tầng sôi 20–30 tấn/giờ và công thức phối trộn theo nguồn sét tại chỗ.",
            },
            Variant {
                title: (
                    "Phụ gia trợ nghiền xi măng giảm phát thải cho phép tăng tỷ lệ xỉ và đá vôi",
                    "Low-emission cement grinding aid allowing more slag and limestone",
                ),
                detail: "Phụ gia lỏng bơm định lượng vào máy nghiền, tăng năng suất nghiền 8–12% và cho phép giảm thêm 5–8% clinker.",
            },
            Variant {
                title: (
                    "Phụ gia xi măng giảm phát thải từ xỉ lò cao và tro bay hoạt hóa",
                    "Low-emission cement additive from activated blast-furnace slag and fly ash",
                ),
                detail: "Xỉ hạt lò cao và tro bay được nghiền siêu mịn, hoạt hóa kiềm, thay 40–50% clinker cho bê tông khối lớn và cọc.",
            },
        ],
        users: [
            "nhà máy xi măng lò quay ở Tam Điệp, Gia Viễn và Kiện Khê",
            "trạm nghiền xi măng độc lập",
            "trạm trộn bê tông thương phẩm cho công trình hạ tầng",
        ],
        strengths: [
            "Dùng được đất sét chất lượng thấp sẵn có trong vùng, không tranh nguyên liệu với gạch ngói",
            "Giảm nhiệt thủy hóa, hạn chế nứt cho bê tông khối lớn",
        ],
    },
    Tech {
        name: (
            "tro xỉ nhiệt điện gia cố xi măng cho nền đường và mặt bằng",
            "cement-stabilised power-plant ash for road bases and site platforms",
        ),
        solves: "tiêu thụ tro xỉ nhiệt điện tồn đọng ở bãi chứa và thiếu cát để đắp nền",
        how: (
            "Tro xỉ lấy từ bãi chứa được kiểm tra theo TCVN 12249:2018, trộn với 4–6% xi măng ở độ ẩm tối ưu tại trạm trộn hoặc ngay trên tuyến, rải thành lớp 25–30 cm và lu lèn đạt độ chặt K95–K98. Mái khối đắp được bọc 0,3–0,5 m đất dính hoặc vải địa kỹ thuật chống xói, hai bên đặt giếng quan trắc nước ngầm.",
            "Ash and slag from the storage yard are tested to TCVN 12249:2018, mixed with 4–6% cement at optimum moisture in a plant or in place, spread in 25–30 cm layers and rolled to K95–K98 compaction. The fill slopes are encased in 0.3–0.5 m of cohesive soil or geotextile against erosion, with groundwater monitoring wells on both sides.",
        ),
        gain: (
            "thay toàn bộ cát đắp nền bằng tro xỉ, giảm 25–35% chi phí vật liệu đắp và tiêu thụ 1,3–1,5 tấn tro xỉ cho mỗi m³ nền",
            "replaces all sand fill with ash, cutting fill material costs by 25–35% and absorbing 1.3–1.5 tonnes of ash per cubic metre of embankment",
        ),
        variants: [
            Variant {
                title: (
                    "Nền đường giao thông nông thôn bằng tro xỉ nhiệt điện gia cố xi măng",
                    "Rural road bases of cement-stabilised power-plant ash",
                ),
                detail: "Thiết kế kết cấu áo đường và quy trình thi công cho đường cấp V–VI, kèm hướng dẫn nghiệm thu cho ban quản lý dự án cấp xã.",
            },
            Variant {
                title: (
                    "San lấp mặt bằng khu công nghiệp bằng tro xỉ nhiệt điện gia cố",
                    "Industrial-park site platforms filled with stabilised power-plant ash",
                ),
                detail: "Đắp khối lớn 100.000–500.000 m³ theo lớp xen kẹp đất sét, kèm chương trình quan trắc nước ngầm 3 năm.",
            },
            Variant {
                title: (
                    "Cấp phối tro xỉ nhiệt điện gia cố xi măng trộn tại trạm cho móng đường đô thị",
                    "Plant-mixed cement-stabilised ash base course for urban roads",
                ),
                detail: "Trạm trộn cố định 200 tấn/giờ giữ độ ẩm và tỷ lệ xi măng đồng đều, đáp ứng móng đường đô thị yêu cầu chất lượng cao.",
            },
        ],
        users: [
            "nhà máy nhiệt điện than có bãi tro xỉ sắp đầy",
            "ban quản lý dự án giao thông cấp tỉnh và cấp xã",
            "chủ đầu tư hạ tầng khu công nghiệp trên nền ruộng trũng",
        ],
        strengths: [
            "Hồ sơ thiết kế và quy trình thi công theo TCVN 12249:2018, dễ thẩm định và cấp phép",
            "Nhẹ hơn đất đắp 20–30%, giảm lún cho nền đất yếu ven biển",
        ],
    },
    Tech {
        name: ("cốt liệu tái chế từ phế thải phá dỡ công trình", "recycled aggregate from demolition waste"),
        solves: "xử lý phế thải xây dựng và phá dỡ đang bị đổ trộm ven đường, bờ sông",
        how: (
            "Bê tông vỡ, gạch vữa từ công trình phá dỡ được đưa qua trạm nghiền gồm máy nghiền hàm và nghiền va đập, tuyển từ tách thép, thổi gió tách gỗ, nhựa trên sàng rung rồi phân thành các cỡ 0–5, 5–20 và 20–40 mm. Cốt liệu tái chế đạt TCVN 11969:2018 được dùng làm móng đường, bê tông mác thấp và gạch block.",
            "Broken concrete, bricks and mortar from demolition go through a crushing plant with jaw and impact crushers, magnetic separation of steel and air-blowing of wood and plastic on a vibrating screen, and are graded into 0–5, 5–20 and 20–40 mm fractions. The recycled aggregate meets TCVN 11969:2018 and is used for road bases, low-grade concrete and concrete blocks.",
        ),
        gain: (
            "thu hồi 85–90% khối lượng phế thải thành vật liệu bán được, với giá cốt liệu rẻ hơn 20–30% so với đá dăm khai thác mới",
            "recovers 85–90% of the waste as saleable material, with aggregate priced 20–30% below newly quarried crushed stone",
        ),
        variants: [
            Variant {
                title: (
                    "Trạm nghiền di động làm cốt liệu tái chế ngay tại công trường phá dỡ",
                    "Mobile crushing plant making recycled aggregate on demolition sites",
                ),
                detail: "Trạm bánh xích 80–120 tấn/giờ chạy ngay tại chỗ, tiết kiệm chi phí chở phế thải ra bãi đổ.",
            },
            Variant {
                title: (
                    "Gạch block và gạch lát tự chèn từ cốt liệu tái chế phế thải xây dựng",
                    "Concrete blocks and interlocking pavers from recycled construction-waste aggregate",
                ),
                detail: "Thay 50–70% đá mạt bằng cốt liệu tái chế cỡ 0–5 mm, sản phẩm đạt TCVN 6477:2016 cho tường và vỉa hè.",
            },
            Variant {
                title: (
                    "Bãi trung chuyển phế thải xây dựng làm cốt liệu tái chế cấp huyện, có cân điện tử và camera",
                    "District construction-waste transfer yard making recycled aggregate, with weighbridge and cameras",
                ),
                detail: "Ghi nhận từng chuyến xe đổ phế thải, thu phí tiếp nhận và bán cốt liệu, số liệu kết nối với cơ quan quản lý đô thị.",
            },
        ],
        users: [
            "đơn vị thi công phá dỡ và cải tạo nhà ở đô thị",
            "ban quản lý dự án giải phóng mặt bằng, mở rộng đường",
            "cơ sở sản xuất gạch block, gạch lát không nung",
        ],
        strengths: [
            "Tách được trên 95% cốt thép lẫn trong bê tông để bán phế liệu",
            "Cốt liệu có hồ sơ thí nghiệm đầy đủ, được chấp nhận cho móng đường cấp thấp",
        ],
    },
    Tech {
        name: (
            "cát nghiền từ đá vôi thay cát sông cho bê tông",
            "manufactured limestone sand replacing river sand in concrete",
        ),
        solves: "thiếu cát sông và giá cát vàng tăng cao cho bê tông, vữa",
        how: (
            "Đá vôi cỡ 5–40 mm và đá mạt từ mỏ được nghiền bằng máy nghiền trục đứng VSI để hạt có dạng khối, tròn cạnh, sau đó sàng và tách bụi bằng phân cấp khí hoặc rửa, giữ hạt mịn dưới 0,075 mm ở mức 5–12%. Cát thành phẩm có mô đun độ lớn 2,4–3,0, đạt TCVN 9205:2012 cho bê tông và vữa.",
            "Limestone of 5–40 mm and quarry fines are crushed in a vertical-shaft impact (VSI) crusher to give cubical grains with rounded edges, then screened and de-dusted by air classification or washing to keep particles below 0.075 mm at 5–12%. The finished sand has a fineness modulus of 2.4–3.0 and meets TCVN 9205:2012 for concrete and mortar.",
        ),
        gain: (
            "thay 100% cát vàng sông trong bê tông mác 250–400 với giá rẻ hơn 15–25% và nguồn cung ổn định quanh năm",
            "replaces 100% of yellow river sand in grade 250–400 concrete at 15–25% lower cost, with steady supply all year",
        ),
        variants: [
            Variant {
                title: (
                    "Cát nghiền đá vôi bằng máy VSI và phân cấp khí khô, không dùng nước",
                    "VSI-crushed limestone sand with dry air classification, no water needed",
                ),
                detail: "Dây chuyền khô 100–150 tấn/giờ cho mỏ đá thiếu nguồn nước, bột đá thu hồi bán cho nhà máy xi măng.",
            },
            Variant {
                title: (
                    "Cát nghiền đá vôi rửa ướt có tuần hoàn nước và ép bùn",
                    "Washed limestone sand with water recycling and sludge pressing",
                ),
                detail: "Sàng rửa kết hợp máy ép bùn khung bản, tuần hoàn trên 90% nước, cát sạch dùng được cho bê tông dự ứng lực.",
            },
            Variant {
                title: (
                    "Cấp phối bê tông và vữa dùng 100% cát nghiền đá vôi cho trạm trộn",
                    "Concrete and mortar mixes with 100% limestone manufactured sand for batching plants",
                ),
                detail: "Thiết kế, thử nghiệm cấp phối và chọn phụ gia siêu dẻo giữ độ sụt, kèm đào tạo kỹ thuật viên trạm trộn.",
            },
        ],
        users: [
            "mỏ đá vôi và xưởng nghiền sàng đá xây dựng ở Tam Điệp, Gia Viễn",
            "trạm trộn bê tông thương phẩm",
            "nhà thầu thi công cầu đường thiếu nguồn cát sông",
        ],
        strengths: [
            "Hạt khối đều, hàm lượng bụi sét kiểm soát được theo từng ca sản xuất",
            "Giảm khai thác cát lòng sông, hạn chế sạt lở bờ sông Đáy và sông Hoàng Long",
        ],
    },
    Tech {
        name: (
            "gạch bê tông thấm nước cho vỉa hè và bãi đỗ xe",
            "permeable concrete pavers for pavements and car parks",
        ),
        solves: "nước mưa không thấm xuống đất gây ngập đọng trên vỉa hè, sân bãi",
        how: (
            "Gạch được ép rung từ cốt liệu đơn cỡ 3–8 mm, xi măng và phụ gia polymer với rất ít hạt mịn, tạo độ rỗng liên thông 15–22%, lát trên lớp đá dăm dày 10–20 cm làm nơi trữ nước tạm. Tốc độ thấm đạt 1–3 mm/giây, cường độ nén 25–30 MPa, đủ cho người đi bộ và ô tô con.",
            "The pavers are vibro-pressed from single-sized 3–8 mm aggregate, cement and a polymer admixture with very few fines, giving 15–22% interconnected voids, and are laid on a 10–20 cm crushed-stone bed that stores water temporarily. They drain at 1–3 mm per second and reach 25–30 MPa, enough for pedestrians and cars.",
        ),
        gain: (
            "giảm 50–70% lượng nước mưa chảy tràn trên mặt lát và rút thời gian ngập đọng sau mưa lớn từ vài giờ xuống dưới 30 phút",
            "cuts rainwater run-off from paved surfaces by 50–70% and shortens ponding after heavy rain from several hours to under 30 minutes",
        ),
        variants: [
            Variant {
                title: (
                    "Gạch bê tông thấm nước cho vỉa hè đô thị, lát trên nền đá dăm trữ nước",
                    "Permeable concrete pavers for urban pavements on a water-storing stone bed",
                ),
                detail: "Trọn bộ gạch, kết cấu nền và hướng dẫn thi công cho các tuyến phố cải tạo vỉa hè.",
            },
            Variant {
                title: (
                    "Gạch bê tông thấm nước từ cốt liệu tái chế cho sân trường và bãi đỗ xe",
                    "Permeable concrete pavers from recycled aggregate for schoolyards and car parks",
                ),
                detail: "Dùng cốt liệu bê tông tái chế đã sàng đơn cỡ, giá thấp hơn 15–20% so với gạch thấm dùng đá mới.",
            },
            Variant {
                title: (
                    "Gạch bê tông thấm nước trồng cỏ cho bãi đỗ xe khu du lịch",
                    "Grass-planted permeable concrete pavers for tourist-site car parks",
                ),
                detail: "Gạch lỗ trồng cỏ chịu tải xe khách 45 chỗ, giữ cảnh quan xanh cho bãi đỗ gần khu di sản.",
            },
        ],
        users: [
            "ban quản lý dự án cải tạo vỉa hè, chỉnh trang đô thị",
            "trường học và cơ quan có sân bãi hay ngập sau mưa",
            "khu du lịch cần bãi đỗ xe khách lớn",
        ],
        strengths: [
            "Giảm tải cho cống thoát nước trong những trận mưa trên 100 mm",
            "Mặt gạch không đọng nước, không trơn trượt khi mưa",
        ],
    },
];
