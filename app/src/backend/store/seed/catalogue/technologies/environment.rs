//! The environment sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("xử lý nước thải làng nghề bằng công nghệ sinh học", "biological treatment of craft-village wastewater"),
        solves: "nước thải làng nghề chưa được xử lý xả ra kênh mương",
        how: (
            "Nước thải làng nghề được gom về hố thu, tách rác và cát qua song chắn, bể lắng cát, rồi qua bể kỵ khí dòng chảy ngược (UASB) hoặc hầm biogas để giảm 70–80% COD, tiếp đến cụm bể thiếu khí – hiếu khí (AO) có giá thể vi sinh di động để khử nitơ. Nước sau lắng chảy qua bãi lọc trồng sậy, cỏ vetiver trước khi xả ra kênh, bùn dư được ép làm phân bón.",
            "Craft-village wastewater is collected in a sump, cleared of debris and grit by screens and a grit chamber, then passes through an upflow anaerobic sludge blanket (UASB) reactor or biogas digester that removes 70–80% of COD, followed by anoxic–aerobic (AO) tanks with moving-bed biofilm carriers to remove nitrogen. The settled effluent flows through a constructed wetland of reeds and vetiver before discharge to the canal, and surplus sludge is pressed into fertiliser.",
        ),
        gain: (
            "đưa COD nước thải từ 3.000–8.000 mg/L xuống dưới 150 mg/L, đạt quy chuẩn nước thải công nghiệp cột B với chi phí vận hành 3.500–5.000 đồng/m³",
            "brings wastewater COD from 3,000–8,000 mg/L down below 150 mg/L, meeting the column B industrial effluent standard at an operating cost of 3,500–5,000 VND/m³",
        ),
        variants: [
            Variant {
                title: (
                    "Xử lý nước thải làng nghề tinh bột, bún bánh bằng UASB thu hồi biogas",
                    "Treating starch and rice-noodle village wastewater with UASB and biogas recovery",
                ),
                detail: "Biogas thu được thay một phần than cho lò nấu của các hộ, bù 30–40% tiền điện vận hành trạm.",
            },
            Variant {
                title: (
                    "Xử lý nước thải làng nghề bằng bể sinh học MBBR hợp khối cho cụm 20–50 hộ",
                    "Packaged MBBR treatment of craft-village wastewater for clusters of 20–50 households",
                ),
                detail: "Mô-đun composite 20–100 m³/ngày đặt chìm dưới đất, lắp trong 2 tuần, hợp với nơi không có đất xây trạm tập trung.",
            },
            Variant {
                title: (
                    "Xử lý nước thải làng nghề nấu rượu và chăn nuôi bằng biogas kết hợp bãi lọc trồng cây",
                    "Treating distilling and livestock village wastewater with biogas and planted wetlands",
                ),
                detail: "Hầm biogas composite cho từng hộ nối với bãi lọc trồng cây chung của xóm, vốn đầu tư thấp và gần như không tốn điện.",
            },
        ],
        users: [
            "làng nghề làm bún, bánh đa, miến ở Yên Khánh, Hoa Lư",
            "làng nghề nấu rượu kết hợp chăn nuôi lợn ở Kim Sơn",
            "ban quản lý cụm công nghiệp làng nghề cấp xã",
        ],
        strengths: [
            "Chịu được tải lượng COD biến động mạnh theo mùa vụ sản xuất",
            "Thu hồi biogas và bùn làm phân, giảm chi phí vận hành cho làng nghề",
        ],
    },
    Tech {
        name: ("trạm quan trắc chất lượng không khí giá rẻ", "low-cost air-quality monitoring station"),
        solves: "thiếu số liệu bụi và khí thải quanh khu công nghiệp",
        how: (
            "Mỗi trạm gồm cảm biến bụi quang học PM1, PM2.5, PM10, cảm biến điện hóa CO, NO2, SO2, O3 và cảm biến khí tượng trong vỏ chống mưa nắng, chạy điện mặt trời và gửi số liệu 5 phút một lần qua 4G hoặc LoRaWAN. Số liệu được hiệu chỉnh bằng mô hình học máy sau một đợt đặt song song với trạm quan trắc tự động chuẩn, chỉ số VN_AQI hiển thị trên bản đồ trực tuyến.",
            "Each station has optical dust sensors for PM1, PM2.5 and PM10, electrochemical sensors for CO, NO2, SO2 and O3 and weather sensors in a weatherproof housing, runs on solar power and sends data every 5 minutes over 4G or LoRaWAN. Readings are corrected by a machine-learning model trained during co-location with a reference automatic station, and the VN_AQI index is shown on an online map.",
        ),
        gain: (
            "phủ một mạng 15–20 điểm đo với chi phí bằng khoảng 1/10 một trạm quan trắc tự động chuẩn, sai số PM2.5 sau hiệu chỉnh dưới 15%",
            "covers an area with 15–20 measuring points for about a tenth of the cost of one reference station, with PM2.5 error under 15% after correction",
        ),
        variants: [
            Variant {
                title: (
                    "Trạm quan trắc chất lượng không khí giá rẻ quanh khu công nghiệp và nhà máy xi măng",
                    "Low-cost air-quality monitoring stations around industrial parks and cement plants",
                ),
                detail: "Bổ sung cảm biến bụi tổng TSP và hướng gió để truy nguồn bụi từ ống khói, bãi chứa clinker và đường vận chuyển.",
            },
            Variant {
                title: (
                    "Trạm quan trắc chất lượng không khí giá rẻ cho trường học và khu dân cư",
                    "Low-cost air-quality monitoring stations for schools and neighbourhoods",
                ),
                detail: "Bảng LED tại cổng trường và cảnh báo trên điện thoại phụ huynh khi bụi PM2.5 vượt ngưỡng.",
            },
            Variant {
                title: (
                    "Trạm quan trắc chất lượng không khí giá rẻ gắn trên xe buýt và xe thu gom rác",
                    "Low-cost vehicle-mounted air-quality monitoring on buses and refuse trucks",
                ),
                detail: "Thiết bị gắn nóc xe ghi số liệu kèm tọa độ GPS, lập bản đồ ô nhiễm từng tuyến phố mỗi ngày.",
            },
        ],
        users: [
            "cơ quan quản lý môi trường cấp tỉnh và cấp xã",
            "ban quản lý khu công nghiệp Khánh Phú, Gián Khẩu",
            "trường học và khu dân cư gần mỏ đá, nhà máy xi măng",
        ],
        strengths: [
            "Giá mỗi trạm 25–40 triệu đồng, lắp trên cột điện trong một buổi",
            "Số liệu mở, xuất được theo định dạng của hệ thống quan trắc môi trường quốc gia",
        ],
    },
    Tech {
        name: ("công nghệ xử lý bùn thải ao nuôi", "treatment of aquaculture pond sludge"),
        solves: "bùn thải đáy ao nuôi gây ô nhiễm và dịch bệnh",
        how: (
            "Bùn đáy ao sau mỗi vụ tôm, cá được hút bằng bơm bùn đặt trên phao và bơm vào túi địa kỹ thuật (geotube) có bổ sung chất keo tụ để tách nước; nước lọc trong được đưa về ao lắng, bùn trong túi khô dần sau 3–4 tuần. Bùn khô được ủ với rơm rạ và chế phẩm vi sinh Bacillus, Trichoderma trong 30–45 ngày thành phân hữu cơ, giảm độ mặn và khí H2S.",
            "Bottom sludge left after each shrimp or fish crop is pumped by a float-mounted sludge pump into geotextile tubes (geotubes) dosed with a flocculant to separate the water; the clear filtrate returns to a settling pond and the sludge in the tubes dries over 3–4 weeks. The dried sludge is composted with rice straw and Bacillus and Trichoderma inoculants for 30–45 days into organic fertiliser with lower salinity and H2S.",
        ),
        gain: (
            "rút thời gian cải tạo ao giữa hai vụ từ 30 xuống 10–12 ngày, giảm 30–40% tỷ lệ tôm chết do khí độc ở vụ sau và có thêm phân hữu cơ cho cây trồng",
            "shortens pond preparation between crops from 30 to 10–12 days, cuts shrimp deaths from toxic gases in the next crop by 30–40% and yields organic fertiliser for crops",
        ),
        variants: [
            Variant {
                title: (
                    "Xử lý bùn thải ao nuôi tôm bằng túi địa kỹ thuật và ủ phân vi sinh",
                    "Treating shrimp-pond sludge with geotextile tubes and microbial composting",
                ),
                detail: "Dịch vụ trọn gói hút bùn, tách nước và ủ phân cho vùng nuôi tập trung, tính phí theo ha mặt nước.",
            },
            Variant {
                title: (
                    "Chế phẩm vi sinh phân hủy bùn đáy ao nuôi tại chỗ, không cần tháo cạn",
                    "Microbial product breaking down pond-bottom sludge in place without draining",
                ),
                detail: "Viên chìm chứa Bacillus và vi khuẩn quang hợp, rải 7–10 ngày một lần để giảm lớp bùn hữu cơ và khí độc suốt vụ nuôi.",
            },
            Variant {
                title: (
                    "Robot hút bùn đáy ao nuôi tôm siêu thâm canh lót bạt",
                    "Sludge-vacuuming robot for super-intensive lined shrimp ponds",
                ),
                detail: "Robot chạy theo lịch quanh hố xi-phông, hút phân và thức ăn thừa mỗi ngày, giữ đáy bạt sạch mà không cần người lặn.",
            },
        ],
        users: [
            "hộ và trang trại nuôi tôm thẻ chân trắng ven biển Kim Sơn, Giao Thủy",
            "hợp tác xã nuôi cá nước ngọt ở Yên Mô, Nho Quan",
            "doanh nghiệp nuôi tôm siêu thâm canh trong ao lót bạt",
        ],
        strengths: [
            "Không xả bùn ra kênh chung, tránh lây lan mầm bệnh giữa các ao",
            "Bùn thành phân hữu cơ để bán hoặc bón cho cây ăn quả trên bờ ao",
        ],
    },
    Tech {
        name: ("cảnh báo sớm ngập lụt bằng cảm biến mực nước", "early flood warning with water-level sensors"),
        solves: "nhận cảnh báo ngập lụt quá muộn để di dời",
        how: (
            "Cảm biến mực nước radar hoặc siêu âm lắp trên cầu, cống, trạm bơm và điểm trũng, cùng trạm đo mưa, gửi số liệu 5 phút một lần qua 4G hoặc LoRaWAN về máy chủ và chạy pin mặt trời. Mô hình thủy văn kết hợp dự báo mưa tính mực nước 3–6 giờ tới, tự gửi cảnh báo qua tin nhắn SMS, loa truyền thanh xã và ứng dụng điện thoại khi vượt các cấp báo động.",
            "Radar or ultrasonic water-level sensors on bridges, sluices, pumping stations and low spots, together with rain gauges, send data every 5 minutes over 4G or LoRaWAN to a server and run on solar power. A hydrological model combined with rainfall forecasts computes water levels for the next 3–6 hours and automatically sends warnings by SMS, commune loudspeakers and a phone app when alarm levels are exceeded.",
        ),
        gain: (
            "báo trước 3–6 giờ khi nước sắp lên mức báo động để người dân kịp di dời người, tài sản và gia súc, giảm 30–50% thiệt hại tài sản ở vùng trũng",
            "gives 3–6 hours' notice before water reaches alarm levels so people can move family, belongings and livestock, cutting property losses in low-lying areas by 30–50%",
        ),
        variants: [
            Variant {
                title: (
                    "Cảnh báo sớm ngập lụt bằng cảm biến mực nước radar trên sông Hoàng Long, sông Đáy",
                    "Early flood warning with radar water-level sensors on the Hoàng Long and Đáy rivers",
                ),
                detail: "Mạng 10–20 điểm đo trên sông chính kết hợp số liệu xả lũ thượng nguồn để dự báo mực nước cho từng xã ven sông.",
            },
            Variant {
                title: (
                    "Cảnh báo sớm ngập lụt đường phố bằng cảm biến mực nước trong hố ga và điểm trũng",
                    "Early street-flood warning with water-level sensors in manholes and low spots",
                ),
                detail: "Cảm biến nhỏ gắn dưới nắp hố ga, hiển thị độ sâu ngập từng tuyến phố trên bản đồ để người đi đường tránh.",
            },
            Variant {
                title: (
                    "Cảnh báo sớm ngập lụt bằng cảm biến mực nước kèm còi và đèn báo tại thôn xóm",
                    "Early flood warning with water-level sensors, sirens and lights in villages",
                ),
                detail: "Cột cảnh báo tự phát còi và đèn ba cấp màu ngay tại ngầm tràn, không phụ thuộc sóng điện thoại.",
            },
        ],
        users: [
            "ban chỉ huy phòng chống thiên tai cấp xã và cấp tỉnh",
            "công ty quản lý thoát nước đô thị",
            "công ty khai thác công trình thủy lợi vận hành trạm bơm tiêu",
        ],
        strengths: [
            "Chạy pin mặt trời, vẫn hoạt động khi mất điện lưới trong bão",
            "Ngưỡng cảnh báo do địa phương tự đặt theo cao độ nền từng khu dân cư",
        ],
    },
    Tech {
        name: (
            "trạm phao quan trắc chất lượng nước sông tự động",
            "automatic floating river water-quality monitoring station",
        ),
        solves: "không phát hiện kịp nước sông bị ô nhiễm trước cửa lấy nước và quanh điểm xả thải",
        how: (
            "Trạm phao neo giữa dòng mang đầu đo đa chỉ tiêu pH, oxy hòa tan, độ dẫn điện, độ đục, nhiệt độ, amoni và đầu quang phổ UV-Vis ước tính COD, nitrat, có chổi tự làm sạch 30 phút một lần, chạy pin mặt trời và gửi số liệu 15 phút một lần qua 4G. Phần mềm so sánh với QCVN 08 về chất lượng nước mặt, cảnh báo khi một chỉ tiêu tăng đột biến và ra lệnh lấy mẫu nước tự động để phân tích đối chứng.",
            "A buoy anchored mid-stream carries a multi-parameter probe for pH, dissolved oxygen, conductivity, turbidity, temperature and ammonium plus a UV-Vis spectral probe estimating COD and nitrate, with a wiper cleaning every 30 minutes; it runs on solar power and sends data every 15 minutes over 4G. The software compares readings with the QCVN 08 surface-water standard, raises an alert when a parameter spikes and triggers an automatic water sample for laboratory cross-checking.",
        ),
        gain: (
            "phát hiện sự cố ô nhiễm trong vòng 15–30 phút thay vì chờ kết quả lấy mẫu thủ công hằng tháng, với chi phí đầu tư bằng 30–40% trạm quan trắc cố định trên bờ",
            "detects pollution incidents within 15–30 minutes instead of waiting for monthly manual sampling, at 30–40% of the cost of a fixed shore station",
        ),
        variants: [
            Variant {
                title: (
                    "Trạm phao quan trắc chất lượng nước sông tự động bảo vệ cửa lấy nước nhà máy nước",
                    "Automatic floating river water-quality station protecting waterworks intakes",
                ),
                detail: "Đặt cách cửa lấy nước 2–5 km về phía thượng lưu, báo trước để nhà máy nước kịp tăng hóa chất hoặc tạm dừng bơm.",
            },
            Variant {
                title: (
                    "Trạm phao quan trắc chất lượng nước sông tự động tại nơi sông Nhuệ đổ vào sông Đáy",
                    "Automatic floating river water-quality station where the Nhuệ joins the Đáy",
                ),
                detail: "Bổ sung đầu đo huỳnh quang tryptophan để nhận biết nước thải sinh hoạt, theo dõi khối nước ô nhiễm từ thượng nguồn đổ về.",
            },
            Variant {
                title: (
                    "Trạm phao quan trắc chất lượng nước sông tự động giá rẻ dùng cảm biến chế tạo trong nước",
                    "Low-cost automatic floating river water-quality station with locally made sensors",
                ),
                detail: "Phao và đầu đo pH, DO, độ dẫn, độ đục do trường đại học chế tạo, giá dưới 150 triệu đồng, đủ rẻ để lắp dày trên sông nhánh và kênh tiêu.",
            },
        ],
        users: [
            "công ty cấp nước lấy nước thô từ sông Đáy, sông Hoàng Long",
            "cơ quan quản lý môi trường cấp tỉnh",
            "công ty khai thác công trình thủy lợi quản lý kênh tiêu",
        ],
        strengths: [
            "Phao nổi theo mực nước, luôn đo đúng tầng mặt cả mùa lũ và mùa cạn",
            "Tự lấy mẫu khi có cảnh báo, giữ được bằng chứng để truy nguồn xả thải",
        ],
    },
    Tech {
        name: (
            "xử lý nước rỉ rác bãi chôn lấp bằng màng sinh học và oxy hóa nâng cao",
            "landfill leachate treatment with biofilm reactors and advanced oxidation",
        ),
        solves: "nước rỉ rác ở bãi chôn lấp tràn ra đồng ruộng và kênh mương vào mùa mưa",
        how: (
            "Nước rỉ rác có COD 3.000–15.000 mg/L và amoni 800–2.000 mg/L được tách amoni trong tháp stripping, xử lý sinh học trong bể thiếu khí – hiếu khí với giá thể MBBR, rồi oxy hóa nâng cao bằng Fenton hoặc ozone để phá các chất hữu cơ khó phân hủy và khử màu. Bước cuối lọc qua than hoạt tính hoặc màng nano để đạt QCVN 25:2009/BTNMT cột B.",
            "Leachate with 3,000–15,000 mg/L COD and 800–2,000 mg/L ammonium has the ammonia removed in a stripping tower, is treated biologically in anoxic–aerobic tanks with MBBR carriers, then undergoes Fenton or ozone advanced oxidation to break down refractory organics and remove colour. A final activated-carbon or nanofiltration step brings it to QCVN 25:2009/BTNMT column B.",
        ),
        gain: (
            "xử lý 50–300 m³ nước rỉ rác mỗi ngày đạt quy chuẩn xả thải với chi phí 60.000–90.000 đồng/m³, thấp hơn 30–40% so với hệ thống lọc thẩm thấu ngược",
            "treats 50–300 m³ of leachate a day to discharge standards at 60,000–90,000 VND/m³, 30–40% less than a reverse-osmosis system",
        ),
        variants: [
            Variant {
                title: (
                    "Xử lý nước rỉ rác bãi chôn lấp bằng mô-đun container 50 m³/ngày",
                    "Containerised landfill leachate treatment, 50 m³/day",
                ),
                detail: "Bể và thiết bị lắp sẵn trong container, đưa vào vận hành trong 1 tháng, hợp với bãi rác cấp huyện đang quá tải.",
            },
            Variant {
                title: (
                    "Xử lý nước rỉ rác bãi chôn lấp bằng ozone xúc tác và màng nano",
                    "Landfill leachate treatment with catalytic ozone and nanofiltration",
                ),
                detail: "Thay Fenton bằng ozone xúc tác để không sinh bùn sắt, nước sau màng nano dùng lại để rửa xe chở rác.",
            },
            Variant {
                title: (
                    "Cải tạo trạm xử lý nước rỉ rác bãi chôn lấp cũ bằng màng sinh học MBBR",
                    "Upgrading old landfill leachate plants with MBBR biofilm carriers",
                ),
                detail: "Bổ sung giá thể vào bể hiếu khí sẵn có, tăng công suất 1,5–2 lần mà không phải xây thêm bể.",
            },
        ],
        users: [
            "khu xử lý chất thải rắn sinh hoạt cấp tỉnh",
            "bãi chôn lấp rác cấp huyện đang quá tải",
            "nhà máy đốt rác phát điện có hầm chứa rác sinh nước rỉ",
        ],
        strengths: [
            "Chịu được amoni cao và biến động lưu lượng giữa mùa mưa, mùa khô",
            "Điện năng và hóa chất tiêu hao được theo dõi tự động theo từng m³ nước xử lý",
        ],
    },
    Tech {
        name: (
            "xử lý nước thải sinh hoạt phân tán cho homestay và nhà hàng",
            "decentralised domestic wastewater treatment for homestays and restaurants",
        ),
        solves: "nước thải từ homestay, nhà hàng trong vùng di sản xả thẳng ra sông, ruộng",
        how: (
            "Nước thải nhà vệ sinh, bếp và giặt qua bể tách mỡ rồi vào bể xử lý hợp khối bằng composite gồm ngăn kỵ khí, ngăn thiếu khí và ngăn hiếu khí có giá thể vi sinh, sục khí bằng máy thổi 60–120 W chạy theo giờ. Nước sau bể thấm tiếp qua bãi lọc trồng chuối hoa, thủy trúc, cỏ nến trước khi xả, đạt QCVN 14:2008/BTNMT cột A.",
            "Wastewater from toilets, kitchen and laundry passes a grease trap, then a packaged composite tank with anaerobic, anoxic and aerobic chambers holding biofilm carriers, aerated by a 60–120 W blower on a timer. The effluent then seeps through a planted bed of canna, umbrella papyrus and cattail before discharge, meeting QCVN 14:2008/BTNMT column A.",
        ),
        gain: (
            "giảm 85–90% BOD và 60–70% nitơ trong nước thải với tiền điện chỉ 50.000–100.000 đồng mỗi tháng cho cơ sở 10–20 phòng",
            "removes 85–90% of BOD and 60–70% of nitrogen from wastewater for only 50,000–100,000 VND of electricity a month at a 10–20-room property",
        ),
        variants: [
            Variant {
                title: (
                    "Xử lý nước thải sinh hoạt phân tán bằng bể hợp khối composite cho homestay 5–20 phòng",
                    "Decentralised domestic wastewater treatment with composite package tanks for 5–20-room homestays",
                ),
                detail: "Bể chôn ngầm 2–10 m³/ngày, lắp trong 3 ngày, không chiếm sân vườn.",
            },
            Variant {
                title: (
                    "Xử lý nước thải sinh hoạt phân tán bằng bãi lọc trồng cây làm tiểu cảnh",
                    "Decentralised domestic wastewater treatment with landscaped planted filters",
                ),
                detail: "Bãi lọc thiết kế thành tiểu cảnh hoa và cây thủy sinh, không cần máy thổi khí, hợp với homestay có vườn rộng.",
            },
            Variant {
                title: (
                    "Xử lý nước thải sinh hoạt phân tán cho nhà hàng, tách mỡ tự động và giám sát từ xa",
                    "Decentralised domestic wastewater treatment for restaurants, with automatic grease removal and remote monitoring",
                ),
                detail: "Bể tách mỡ tự động cùng cảm biến mực nước, oxy hòa tan báo về điện thoại khi bơm hoặc máy thổi khí hỏng.",
            },
        ],
        users: [
            "homestay và nhà nghỉ ở Tam Cốc, Tràng An",
            "nhà hàng phục vụ khách đoàn trong vùng lõi di sản",
            "hộ dân làm du lịch cộng đồng ở các thôn ven sông",
        ],
        strengths: [
            "Bể chôn ngầm, không mùi, không làm xấu cảnh quan khu di sản",
            "Chủ nhà tự vận hành được, chỉ cần hút bùn 1–2 năm một lần",
        ],
    },
    Tech {
        name: (
            "giám sát đa dạng sinh học bằng bẫy ảnh và thu âm tự động",
            "biodiversity monitoring with camera traps and automated sound recording",
        ),
        solves: "thiếu số liệu về quần thể loài quý hiếm và tác động của du lịch tới khu bảo tồn",
        how: (
            "Bẫy ảnh hồng ngoại và máy thu âm tự động được đặt theo lưới ô 1 km² trong rừng, đầm lầy, ghi ảnh động vật và tiếng chim, tiếng vượn, voọc liên tục 2–3 tháng mỗi đợt. Mô hình học sâu nhận dạng loài từ ảnh và phổ âm thanh, lọc bỏ 90% ảnh trống, rồi lập bản đồ phân bố và tần suất xuất hiện từng loài theo mùa.",
            "Infrared camera traps and autonomous sound recorders are placed on a 1 km² grid in forests and marshes, recording animals and the calls of birds, gibbons and langurs continuously for 2–3 months per round. A deep-learning model identifies species from images and sound spectrograms, discards 90% of empty frames, and maps each species' distribution and detection frequency by season.",
        ),
        gain: (
            "giảm 70–80% công xem ảnh, nghe băng của cán bộ kiểm lâm và có số liệu quần thể định lượng để đánh giá tác động của du lịch hằng năm",
            "cuts rangers' time spent reviewing photos and recordings by 70–80% and provides quantitative population data to assess the impact of tourism each year",
        ),
        variants: [
            Variant {
                title: (
                    "Giám sát đa dạng sinh học bằng bẫy ảnh cho quần thể voọc mông trắng ở Vân Long",
                    "Camera-trap biodiversity monitoring of the Delacour's langur population at Vân Long",
                ),
                detail: "Bẫy ảnh đặt trên vách núi đá vôi quanh đầm, nhận dạng từng cá thể voọc theo mảng lông trắng để ước tính số lượng đàn.",
            },
            Variant {
                title: (
                    "Giám sát đa dạng sinh học bằng thu âm tự động chim di cư ở vùng đất ngập nước ven biển",
                    "Acoustic biodiversity monitoring of migratory birds in coastal wetlands",
                ),
                detail: "Máy thu âm chống nước đặt trong rừng ngập mặn Xuân Thủy, Kim Sơn, đếm tiếng kêu theo loài để theo dõi mùa chim di cư.",
            },
            Variant {
                title: (
                    "Giám sát đa dạng sinh học bằng DNA môi trường kết hợp bẫy ảnh cho rừng đặc dụng",
                    "Biodiversity monitoring with environmental DNA and camera traps for special-use forests",
                ),
                detail: "Lấy mẫu nước suối phân tích eDNA để phát hiện cả ếch nhái, cá và thú nhỏ mà bẫy ảnh khó ghi nhận.",
            },
        ],
        users: [
            "ban quản lý khu bảo tồn thiên nhiên đất ngập nước Vân Long",
            "vườn quốc gia Cúc Phương và Xuân Thủy",
            "ban quản lý quần thể danh thắng Tràng An",
        ],
        strengths: [
            "Thiết bị chạy pin 3–6 tháng, ít phải vào rừng thay pin và thẻ nhớ",
            "Mô hình nhận dạng được huấn luyện thêm bằng ảnh và tiếng kêu của loài bản địa Việt Nam",
        ],
    },
];
