//! The electronics-semiconductors sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("thiết kế vi mạch điều khiển động cơ công suất thấp", "low-power motor-controller chip design"),
        solves: "phụ thuộc chip điều khiển động cơ nhập khẩu",
        how: (
            "Nhóm thiết kế tích hợp trên một chip CMOS 180 nm lõi vi điều khiển 32 bit, khối điều chế độ rộng xung (PWM) 6 kênh, bộ so sánh dòng và thuật toán điều khiển không cảm biến cho động cơ một chiều không chổi than (BLDC) dưới 200 W. Chip mẫu được chế tạo qua dịch vụ wafer đa dự án (MPW), đóng gói QFN và chạy thử trên quạt điện, máy bơm mini, xe đạp điện.",
            "The design team integrates on one 180 nm CMOS chip a 32-bit microcontroller core, a six-channel pulse-width modulation (PWM) block, current comparators and sensorless control for brushless DC (BLDC) motors below 200 W. Prototype chips are fabricated through a multi-project wafer (MPW) service, packaged in QFN and tested on electric fans, mini pumps and e-bikes.",
        ),
        gain: (
            "giảm 20–30% giá bộ điều khiển động cơ so với chip nhập khẩu và tiết kiệm 15–25% điện năng của quạt, máy bơm nhờ điều khiển động cơ không chổi than",
            "cuts motor-controller cost by 20–30% against imported chips and saves 15–25% of fan and pump electricity through brushless motor control",
        ),
        variants: [
            Variant {
                title: (
                    "Vi mạch điều khiển động cơ BLDC không cảm biến cho quạt điện và máy lọc không khí",
                    "Sensorless BLDC motor-controller chip for electric fans and air purifiers",
                ),
                detail: "Chip chuyên cho động cơ 20–60 W, chạy êm ở tốc độ thấp và tích hợp sẵn bộ giải mã điều khiển từ xa hồng ngoại.",
            },
            Variant {
                title: (
                    "Vi mạch điều khiển động cơ máy bơm nước mini chạy pin mặt trời",
                    "Motor-controller chip for solar-powered mini water pumps",
                ),
                detail: "Tích hợp thuật toán bám điểm công suất cực đại để máy bơm chạy thẳng từ tấm pin mặt trời, không cần ắc quy.",
            },
            Variant {
                title: (
                    "Thiết kế vi mạch điều khiển động cơ theo đặt hàng của nhà sản xuất đồ gia dụng",
                    "Custom motor-controller chip design for home-appliance makers",
                ),
                detail: "Thiết kế theo thông số động cơ của khách hàng, bàn giao chip mẫu MPW và bo mạch tham chiếu trong 9–12 tháng.",
            },
        ],
        users: [
            "nhà sản xuất quạt điện, máy hút mùi trong nước",
            "doanh nghiệp lắp ráp xe đạp điện, xe máy điện",
            "phòng thí nghiệm thiết kế vi mạch của trường đại học kỹ thuật",
        ],
        strengths: [
            "Làm chủ mã nguồn thiết kế nên tùy biến được theo động cơ của từng khách hàng",
            "Dòng tiêu thụ ở chế độ chờ dưới 10 µA, phù hợp thiết bị chạy pin",
        ],
    },
    Tech {
        name: ("mô-đun cảm biến môi trường tích hợp LoRa", "environmental sensor module with LoRa"),
        solves: "đo nhiệt độ, độ ẩm, khí thải ở nơi không có mạng di động",
        how: (
            "Mô-đun gồm cảm biến nhiệt độ – độ ẩm, khí CO2, NH3 hoặc bụi PM2.5, vi điều khiển tiết kiệm năng lượng và bộ thu phát LoRa băng tần 920–923 MHz truyền dữ liệu xa 5–10 km tới một gateway, chạy bằng pin 2–3 năm hoặc tấm pin mặt trời nhỏ. Gateway đẩy dữ liệu lên máy chủ qua cáp quang hoặc 4G tại nơi có sóng và gửi cảnh báo khi chỉ số vượt ngưỡng.",
            "The module combines temperature-humidity, CO2, NH3 or PM2.5 dust sensors, a low-power microcontroller and a 920–923 MHz LoRa transceiver that sends data 5–10 km to a gateway, running for 2–3 years on a battery or on a small solar panel. The gateway pushes the data to a server over fibre or 4G where there is coverage and sends alerts when readings exceed thresholds.",
        ),
        gain: (
            "giám sát liên tục ở nơi không có sóng di động với chi phí mỗi điểm đo dưới 2 triệu đồng và không phải thay pin trong 2 năm",
            "provides continuous monitoring where there is no mobile signal at under 2 million VND per measuring point, with no battery change for 2 years",
        ),
        variants: [
            Variant {
                title: (
                    "Mô-đun cảm biến LoRa đo nhiệt độ, độ ẩm và khí NH3 cho chuồng trại chăn nuôi",
                    "LoRa sensor module for temperature, humidity and NH3 in livestock barns",
                ),
                detail: "Vỏ IP67 chống ăn mòn do khí amoniac, cảnh báo khi chuồng nóng quá 32 °C hoặc NH3 vượt 20 ppm.",
            },
            Variant {
                title: (
                    "Mô-đun cảm biến LoRa đo nhiệt độ và oxy hòa tan cho ao nuôi tôm ven biển Kim Sơn",
                    "LoRa sensor module for temperature and dissolved oxygen in coastal shrimp ponds in Kim Sơn",
                ),
                detail: "Phao nổi gắn đầu đo oxy quang học, gửi dữ liệu 15 phút một lần về gateway đặt tại nhà quản lý đầm.",
            },
            Variant {
                title: (
                    "Mô-đun cảm biến LoRa đo bụi và khí thải cho khu mỏ đá, lò vôi vùng núi",
                    "LoRa sensor module for dust and emissions at limestone quarries and lime kilns",
                ),
                detail: "Đo bụi PM2.5, PM10 và khí CO, chạy bằng tấm pin mặt trời 10 W, hợp với vùng núi đá Tam Điệp, Gia Viễn sóng 4G chập chờn.",
            },
        ],
        users: [
            "trang trại chăn nuôi lợn, gà ở Nho Quan",
            "hộ nuôi tôm vùng bãi bồi ven biển Kim Sơn",
            "ban quản lý khu mỏ đá và cụm lò vôi",
        ],
        strengths: [
            "Một gateway phủ bán kính 5–10 km, không tốn cước thuê bao di động cho từng cảm biến",
            "Pin dùng 2–3 năm với chu kỳ gửi dữ liệu 10 phút một lần",
        ],
    },
    Tech {
        name: (
            "quy trình đóng gói và kiểm thử linh kiện bán dẫn",
            "packaging and test process for semiconductor components",
        ),
        solves: "tỷ lệ lỗi cao khi đóng gói và kiểm thử linh kiện bán dẫn",
        how: (
            "Quy trình chuẩn hóa các bước cắt wafer, gắn die, hàn dây vàng hoặc đồng, đúc nhựa epoxy và mạ chân, kèm kiểm soát thống kê quá trình (SPC) ở từng bước: đo lực kéo dây hàn, chụp X-quang tìm rỗ khí và thử điện 100% trên máy kiểm thử tự động. Dữ liệu kiểm thử được gắn với mã lô wafer để truy nguyên nguyên nhân lỗi.",
            "The process standardises wafer dicing, die attach, gold or copper wire bonding, epoxy moulding and lead plating, with statistical process control (SPC) at each step: wire-pull force tests, X-ray imaging for voids and 100% electrical testing on automatic test equipment. Test data are linked to the wafer lot code to trace the root cause of defects.",
        ),
        gain: (
            "nâng tỷ lệ thành phẩm sau đóng gói từ khoảng 92% lên trên 98,5% và rút ngắn 30% thời gian tìm nguyên nhân lỗi",
            "raises post-packaging yield from about 92% to over 98.5% and cuts the time to find defect causes by 30%",
        ),
        variants: [
            Variant {
                title: (
                    "Quy trình đóng gói và kiểm thử linh kiện bán dẫn công suất MOSFET, diode vỏ TO-220",
                    "Packaging and test process for power MOSFETs and diodes in TO-220 packages",
                ),
                detail: "Tập trung vào gắn die bằng hợp kim hàn ít chì, đo nhiệt trở và thử độ bền chu kỳ nhiệt cho linh kiện công suất.",
            },
            Variant {
                title: (
                    "Quy trình đóng gói và kiểm thử chip cảm biến vỏ QFN, DFN cỡ nhỏ",
                    "Packaging and test process for sensor chips in small QFN and DFN packages",
                ),
                detail: "Kiểm soát chặt lực hàn dây đồng và độ phẳng khung dẫn để giảm lỗi hở mạch ở vỏ 3×3 mm.",
            },
            Variant {
                title: (
                    "Chuyển giao quy trình đóng gói và kiểm thử bán dẫn kèm đào tạo kỹ sư vận hành",
                    "Transfer of a semiconductor packaging and test process with engineer training",
                ),
                detail: "Gói chuyển giao gồm tài liệu quy trình, bộ biểu đồ SPC và 3 tháng đào tạo tại chỗ cho 10–20 kỹ sư, kỹ thuật viên.",
            },
        ],
        users: [
            "nhà máy đóng gói, kiểm thử bán dẫn (OSAT) mới đầu tư",
            "doanh nghiệp thiết kế chip cần đóng gói mẫu thử",
            "trung tâm đào tạo kỹ sư bán dẫn của trường đại học",
        ],
        strengths: [
            "Truy nguyên lỗi đến từng lô wafer và từng máy hàn dây",
            "Bộ thông số SPC đã kiểm chứng trên dây chuyền thử nghiệm 5 triệu linh kiện",
        ],
    },
    Tech {
        name: ("bo mạch điều khiển nhúng cho thiết bị nông nghiệp", "embedded controller board for farm equipment"),
        solves: "thiếu bộ điều khiển cho máy bơm, máy sấy và thiết bị nông nghiệp",
        how: (
            "Bo mạch dùng vi điều khiển 32 bit với 8 đầu vào cảm biến (nhiệt độ, độ ẩm, mực nước, dòng điện), 4–8 rơ-le hoặc đầu ra điều khiển biến tần, màn hình cảm ứng 4,3 inch tiếng Việt và kết nối Wi-Fi/4G để bật tắt, theo dõi qua điện thoại. Hộp đạt IP65, mạch có bảo vệ chống sét lan truyền và quá áp cho lưới điện nông thôn chập chờn.",
            "The board uses a 32-bit microcontroller with 8 sensor inputs (temperature, humidity, water level, current), 4–8 relays or variable-speed-drive outputs, a 4.3-inch Vietnamese touchscreen and Wi-Fi/4G for switching and monitoring by phone. The enclosure is IP65, and the circuit has surge and overvoltage protection for unstable rural grids.",
        ),
        gain: (
            "giảm 40–60% giá bộ điều khiển so với hàng nhập và tiết kiệm 15–20% điện, nhiên liệu nhờ chạy máy bơm, máy sấy theo cảm biến",
            "cuts controller cost by 40–60% against imports and saves 15–20% of electricity and fuel by running pumps and dryers on sensor readings",
        ),
        variants: [
            Variant {
                title: (
                    "Bo mạch điều khiển nhúng cho máy sấy lúa, sấy nông sản theo đường cong nhiệt",
                    "Embedded controller board for rice and produce dryers following drying curves",
                ),
                detail: "Lưu sẵn chương trình sấy cho lúa, ngô, dược liệu và tự chỉnh quạt, đầu đốt theo độ ẩm khí thải.",
            },
            Variant {
                title: (
                    "Bo mạch điều khiển nhúng cho trạm bơm tưới tiêu điều khiển qua điện thoại",
                    "Embedded controller board for irrigation pumping stations controlled by phone",
                ),
                detail: "Bảo vệ mất pha, chạy khô, quá dòng cho bơm 3 pha và hẹn giờ bơm theo mực nước kênh.",
            },
            Variant {
                title: (
                    "Bo mạch điều khiển nhúng mã nguồn mở cho xưởng chế tạo máy nông nghiệp nhỏ",
                    "Open-source embedded controller board for small farm-machinery workshops",
                ),
                detail: "Cung cấp sơ đồ mạch, firmware mẫu và thư viện để xưởng cơ khí tự tích hợp vào máy gieo hạt, máy xay, máy ấp trứng.",
            },
        ],
        users: [
            "xưởng cơ khí chế tạo máy sấy, máy xay xát nông sản",
            "hợp tác xã dịch vụ thủy lợi quản lý trạm bơm",
            "trang trại ấp trứng gia cầm và trại nuôi nấm",
        ],
        strengths: [
            "Chịu điện áp dao động 160–260 V và sét lan truyền của lưới điện nông thôn",
            "Bảo hành, sửa chữa trong 48 giờ bởi kỹ thuật viên trong tỉnh",
        ],
    },
    Tech {
        name: ("công nghệ hàn linh kiện SMT độ chính xác cao", "high-precision SMT soldering"),
        solves: "hàn lỗi linh kiện dán bề mặt trên bo mạch",
        how: (
            "Quy trình kết hợp in kem hàn qua khuôn in thép cắt laser dày 100–120 µm, máy kiểm tra kem hàn 3D (SPI), máy gắp đặt linh kiện đến cỡ 0201 và lò hàn đối lưu 10 vùng nhiệt có khí nitơ với đường nhiệt tối ưu cho từng bo. Máy kiểm tra quang học tự động (AOI) sau lò và máy X-quang cho linh kiện BGA phản hồi dữ liệu lỗi để chỉnh lại khuôn in và đường nhiệt.",
            "The process combines solder-paste printing through 100–120 µm laser-cut steel stencils, 3D solder-paste inspection (SPI), pick-and-place down to 0201 components and a 10-zone nitrogen convection reflow oven with a thermal profile tuned to each board. Automated optical inspection (AOI) after the oven and X-ray for BGA parts feed defect data back to adjust the stencil and the profile.",
        ),
        gain: (
            "giảm tỷ lệ lỗi hàn từ 2.000–3.000 ppm xuống dưới 300 ppm và giảm 70% thời gian sửa bo bằng tay",
            "brings solder defects down from 2,000–3,000 ppm to under 300 ppm and cuts manual board rework time by 70%",
        ),
        variants: [
            Variant {
                title: (
                    "Hàn SMT trong lò reflow khí nitơ cho linh kiện BGA và QFN bước chân nhỏ",
                    "SMT soldering in nitrogen reflow for fine-pitch BGA and QFN components",
                ),
                detail: "Môi trường nitơ giảm oxy hóa và giữ rỗ khí dưới bi hàn BGA ở mức dưới 15% diện tích.",
            },
            Variant {
                title: (
                    "Tối ưu khuôn in kem hàn và đường nhiệt hàn SMT cho dây chuyền sẵn có",
                    "Stencil and reflow-profile optimisation of SMT soldering on existing lines",
                ),
                detail: "Kỹ sư đo đường nhiệt thực tế bằng bộ ghi nhiệt và thiết kế lại lỗ khuôn in mà xưởng không phải mua thêm máy.",
            },
            Variant {
                title: (
                    "Dịch vụ hàn SMT loạt nhỏ cho bo mạch mẫu và đơn hàng dưới 500 bo",
                    "Small-batch SMT soldering for prototype boards and orders under 500 boards",
                ),
                detail: "Nhận gia công từ 5 bo, giao trong 3–5 ngày, kèm báo cáo AOI và ảnh X-quang mối hàn BGA.",
            },
        ],
        users: [
            "xưởng lắp ráp bo mạch điện tử (EMS) trong khu công nghiệp",
            "doanh nghiệp khởi nghiệp phần cứng cần bo mạch mẫu",
            "nhà máy sản xuất đèn LED và bộ nguồn",
        ],
        strengths: [
            "Kiểm tra kem hàn 3D trước lò, bắt lỗi ngay từ khâu in thay vì sau khi hàn",
            "Hàn được linh kiện 0201 và BGA bước chân 0,4 mm",
        ],
    },
    Tech {
        name: (
            "đồ gá kiểm thử chức năng tự động cho bo mạch điện tử",
            "automated functional-test fixture for circuit boards",
        ),
        solves: "kiểm tra bo mạch và linh kiện bằng đồng hồ vạn năng từng chiếc trước khi xuất xưởng",
        how: (
            "Đồ gá kim dò lò xo (bed-of-nails) ép lên các điểm đo của bo mạch, nối với nguồn lập trình, card đo và máy tính chạy kịch bản thử: đo điện áp nguồn, dòng tiêu thụ, nạp firmware, kiểm tra rơ-le, cảm biến và cổng giao tiếp trong 20–40 giây mỗi bo. Kết quả đạt/không đạt và số đo được lưu theo số sê-ri, bo đạt được in tem mã QR.",
            "A spring-loaded bed-of-nails fixture presses on the board's test points and connects to a programmable power supply, measurement cards and a PC running the test script: supply voltages, current draw, firmware flashing, relay, sensor and interface checks in 20–40 seconds per board. Pass/fail results and readings are stored by serial number, and passing boards get a QR label.",
        ),
        gain: (
            "rút ngắn thời gian kiểm thử mỗi bo từ 3–5 phút xuống dưới 40 giây và giảm 80% số bo lỗi lọt ra thị trường",
            "cuts test time per board from 3–5 minutes to under 40 seconds and reduces faulty boards reaching the market by 80%",
        ),
        variants: [
            Variant {
                title: (
                    "Đồ gá kiểm thử chức năng tự động cho bo điều khiển máy giặt, nồi cơm điện",
                    "Automated functional-test fixture for washing-machine and rice-cooker control boards",
                ),
                detail: "Mô phỏng tải động cơ, cảm biến nhiệt và phím bấm để chạy thử toàn bộ chương trình của thiết bị ngay trên bàn kiểm thử.",
            },
            Variant {
                title: (
                    "Đồ gá kiểm thử tự động hai mặt kèm nạp firmware cho bo mạch IoT",
                    "Double-sided automated test fixture with firmware flashing for IoT boards",
                ),
                detail: "Kim dò hai mặt bo, nạp firmware và kiểm tra sóng Wi-Fi, LoRa, Bluetooth trong hộp chống nhiễu.",
            },
            Variant {
                title: (
                    "Đồ gá kiểm thử chức năng tự động thiết kế theo bo của khách, giao trong 3 tuần",
                    "Custom automated functional-test fixture designed to the customer's board, delivered in 3 weeks",
                ),
                detail: "Nhận file Gerber và sơ đồ mạch, thiết kế khung đồ gá in 3D và kịch bản thử với giá 40–120 triệu đồng một bộ.",
            },
        ],
        users: [
            "nhà máy lắp ráp bo mạch điện tử (EMS)",
            "doanh nghiệp sản xuất đồ gia dụng có xưởng bo mạch riêng",
            "công ty khởi nghiệp thiết bị IoT sản xuất vài nghìn bo mỗi tháng",
        ],
        strengths: [
            "Lưu số đo của từng bo theo số sê-ri nên truy vết được khi khách hàng bảo hành",
            "Thay tấm kim dò là dùng được cho mã bo mới, giữ nguyên khung và phần mềm",
        ],
    },
    Tech {
        name: (
            "dịch vụ thiết kế và tạo mẫu nhanh bo mạch in trong nước",
            "domestic rapid design and prototyping of printed circuit boards",
        ),
        solves: "chờ 2–4 tuần và tốn phí vận chuyển khi đặt làm bo mạch in mẫu ở nước ngoài",
        how: (
            "Xưởng mẫu dùng máy khoan CNC, máy phơi ảnh trực tiếp bằng laser (LDI), dây chuyền mạ đồng xuyên lỗ và phủ mặt nạ hàn để làm bo mạch in 1–6 lớp từ file Gerber trong 48–72 giờ. Kỹ sư kiểm tra khả năng chế tạo của thiết kế (DFM) trước khi làm và có thể dán linh kiện, hàn thử luôn 5–50 bo mẫu.",
            "The prototype shop uses CNC drilling, laser direct imaging (LDI), through-hole copper plating and solder-mask coating to make 1–6-layer printed circuit boards from Gerber files in 48–72 hours. Engineers run a design-for-manufacturing (DFM) check before production and can also populate and solder 5–50 sample boards.",
        ),
        gain: (
            "rút ngắn mỗi vòng làm mẫu bo mạch từ 3–4 tuần xuống 3–5 ngày và giảm 30% chi phí phát triển sản phẩm điện tử",
            "cuts each circuit-board prototype round from 3–4 weeks to 3–5 days and lowers electronic product development costs by 30%",
        ),
        variants: [
            Variant {
                title: (
                    "Tạo mẫu nhanh bo mạch in 2 lớp giao trong 48 giờ cho sinh viên và nhà sáng chế",
                    "48-hour prototyping of 2-layer printed circuit boards for students and inventors",
                ),
                detail: "Đặt hàng trực tuyến từ 5 bo, giá từ 300.000 đồng, giao tận nơi trong tỉnh Ninh Bình và Hà Nội.",
            },
            Variant {
                title: (
                    "Thiết kế và tạo mẫu bo mạch in nhiều lớp cho thiết bị điều khiển công nghiệp",
                    "Design and prototyping of multilayer printed circuit boards for industrial control equipment",
                ),
                detail: "Kỹ sư vẽ sơ đồ, đi dây 4–6 lớp có kiểm soát trở kháng và làm mẫu phủ chống ẩm cho môi trường nhà máy.",
            },
            Variant {
                title: (
                    "Tạo mẫu nhanh bo mạch in lõi nhôm tản nhiệt cho đèn LED và bộ nguồn",
                    "Rapid prototyping of aluminium-core printed circuit boards for LED lamps and power supplies",
                ),
                detail: "Bo lõi nhôm dẫn nhiệt 1–2 W/m·K, phù hợp đèn LED chiếu sáng đường phố và bộ sạc công suất lớn.",
            },
        ],
        users: [
            "doanh nghiệp khởi nghiệp phần cứng và IoT",
            "phòng nghiên cứu điện tử của trường đại học, viện nghiên cứu",
            "nhà sản xuất đồ gia dụng đang nội địa hóa bo điều khiển",
        ],
        strengths: [
            "Kiểm tra DFM miễn phí, báo lỗi thiết kế trước khi chế tạo",
            "Giao bo mẫu trong 2–3 ngày, không mất thủ tục hải quan",
        ],
    },
    Tech {
        name: (
            "hệ thống giám sát tĩnh điện và độ ẩm cho xưởng lắp ráp điện tử",
            "ESD and humidity monitoring system for electronics assembly shops",
        ),
        solves: "linh kiện bị hỏng ngầm do phóng tĩnh điện và độ ẩm không kiểm soát trong xưởng",
        how: (
            "Mỗi bàn thao tác gắn bộ giám sát liên tục vòng đeo tay tiếp đất và thảm chống tĩnh điện, cảm biến điện trường đo điện áp tĩnh trên bề mặt, cùng cảm biến nhiệt độ – độ ẩm đặt theo lưới 10 m; khi vòng đeo tay hở mạch hoặc độ ẩm xuống dưới 40%, đèn và còi tại bàn báo ngay. Dữ liệu được lưu thành hồ sơ kiểm soát phóng tĩnh điện (ESD) theo tiêu chuẩn IEC 61340-5-1 để xuất trình khi khách hàng đánh giá nhà máy.",
            "Each workbench has a continuous monitor for the grounding wrist strap and anti-static mat, an electrostatic field sensor measuring surface voltage, plus temperature-humidity sensors on a 10 m grid; when a strap goes open-circuit or humidity falls below 40%, a light and buzzer at the bench alert at once. Data are kept as the electrostatic-discharge (ESD) control record under IEC 61340-5-1 to show during customer audits.",
        ),
        gain: (
            "giảm 50–70% lỗi hỏng ngầm do tĩnh điện phát hiện ở khâu kiểm thử và rút ngắn việc chuẩn bị hồ sơ đánh giá ESD từ vài ngày xuống vài giờ",
            "cuts latent ESD failures found at test by 50–70% and shortens preparation of ESD audit records from days to hours",
        ),
        variants: [
            Variant {
                title: (
                    "Giám sát tĩnh điện vòng đeo tay và thảm bàn theo thời gian thực cho chuyền lắp ráp",
                    "Real-time wrist-strap and mat ESD monitoring for assembly lines",
                ),
                detail: "Bộ giám sát tại từng bàn báo ngay khi công nhân quên đeo vòng hoặc dây tiếp đất đứt, lưu lịch sử theo từng ca.",
            },
            Variant {
                title: (
                    "Giám sát độ ẩm và tĩnh điện kho linh kiện nhạy ẩm MSD",
                    "Humidity and ESD monitoring for moisture-sensitive device (MSD) stores",
                ),
                detail: "Theo dõi độ ẩm tủ khô và thời gian linh kiện nằm ngoài tủ, cảnh báo khi cần sấy lại trước khi đưa vào lò hàn.",
            },
            Variant {
                title: (
                    "Giám sát tĩnh điện và độ ẩm không dây giá thấp cho xưởng điện tử dưới 50 bàn",
                    "Low-cost wireless ESD and humidity monitoring for electronics shops under 50 benches",
                ),
                detail: "Cảm biến truyền không dây LoRa nên không phải đi dây lại xưởng, chi phí khoảng 1,5 triệu đồng mỗi bàn.",
            },
        ],
        users: [
            "nhà máy lắp ráp bo mạch và mô-đun điện tử",
            "xưởng đóng gói, kiểm thử linh kiện bán dẫn",
            "doanh nghiệp sản xuất thiết bị điện tử y tế",
        ],
        strengths: [
            "Báo ngay tại bàn khi vòng đeo tay hở mạch, không phải chờ đến lần kiểm tra đầu ca",
            "Xuất báo cáo theo IEC 61340-5-1 phục vụ đánh giá của khách hàng",
        ],
    },
];
