//! The high-tech-industry sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("robot cộng tác cho dây chuyền lắp ráp", "collaborative robot for assembly lines"),
        solves: "thiếu công nhân cho các công đoạn lắp ráp lặp lại",
        how: (
            "Cánh tay robot 6 trục tải trọng 5–10 kg có cảm biến lực – mô-men ở từng khớp, tự dừng khi chạm vào người nên làm việc cạnh công nhân mà không cần hàng rào bảo vệ; kỹ thuật viên dạy thao tác bằng cách cầm tay dẫn robot qua các điểm rồi lưu chương trình trên máy tính bảng. Robot đi kèm tay gắp khí nén hoặc đầu vặn vít tự động và đặt trên chân đế di động để chuyển giữa các trạm trong cùng một ca.",
            "A six-axis arm with a 5–10 kg payload and force-torque sensors in every joint stops when it touches a person, so it works beside operators without safety fencing; a technician teaches it by guiding the arm by hand through the points and saving the program on a tablet. The robot comes with a pneumatic gripper or an automatic screwdriver and sits on a mobile base so it can be moved between stations within a shift.",
        ),
        gain: (
            "thay 1–2 công nhân mỗi ca ở công đoạn vặn vít, gắp đặt linh kiện và hoàn vốn trong 18–24 tháng",
            "replaces 1–2 workers per shift at screwdriving and pick-and-place and pays back in 18–24 months",
        ),
        variants: [
            Variant {
                title: (
                    "Robot cộng tác vặn vít tự động cho dây chuyền lắp ráp thiết bị điện",
                    "Collaborative screwdriving robot for electrical-appliance assembly lines",
                ),
                detail: "Tích hợp đầu vặn vít cấp vít tự động, kiểm soát mô-men từng con vít và ghi kết quả cho từng sản phẩm.",
            },
            Variant {
                title: (
                    "Robot cộng tác gắp đặt linh kiện có camera định vị 2D",
                    "Collaborative pick-and-place robot with 2D camera guidance",
                ),
                detail: "Camera gắn ở cổ tay robot nhận vị trí chi tiết nằm lộn xộn trên khay nên không cần đồ gá định vị riêng cho từng mã hàng.",
            },
            Variant {
                title: (
                    "Cho thuê robot cộng tác theo tháng cho xưởng lắp ráp quy mô nhỏ",
                    "Monthly rental of collaborative robots for small assembly shops",
                ),
                detail: "Xưởng thuê robot kèm kỹ sư lập trình với giá 25–35 triệu đồng/tháng và có thể trả lại sau 6 tháng nếu không đạt năng suất cam kết.",
            },
        ],
        users: [
            "xưởng lắp ráp quạt điện và thiết bị gia dụng",
            "nhà máy linh kiện ô tô trong khu công nghiệp Gián Khẩu",
            "nhà máy lắp ráp xe máy điện và xe đạp điện",
        ],
        strengths: [
            "Đổi mã hàng trong dưới 30 phút nhờ dạy thao tác bằng tay, không cần lập trình viên",
            "Đạt yêu cầu an toàn robot cộng tác theo ISO/TS 15066, không cần hàng rào bảo vệ",
        ],
    },
    Tech {
        name: (
            "hệ thống thị giác máy kiểm tra lỗi bề mặt sản phẩm",
            "machine-vision system for surface defect inspection",
        ),
        solves: "phát hiện lỗi bề mặt sản phẩm bằng mắt thường ở cuối dây chuyền",
        how: (
            "Camera công nghiệp 5–12 megapixel cùng đèn chiếu vòm khuếch tán chụp từng sản phẩm trên băng tải, mô hình học sâu huấn luyện từ 200–500 ảnh lỗi mẫu phân loại vết xước, móp, rỗ khí, loang màu trong dưới 100 ms. Sản phẩm lỗi bị xi lanh khí nén gạt khỏi băng tải và ảnh lỗi được lưu lại để truy vết theo lô.",
            "A 5–12 megapixel industrial camera with a diffuse dome light photographs every item on the conveyor, and a deep-learning model trained on 200–500 sample defect images classifies scratches, dents, gas pores and colour blotches in under 100 ms. Defective items are pushed off the conveyor by a pneumatic cylinder and the defect images are stored for lot traceability.",
        ),
        gain: (
            "phát hiện trên 98% lỗi bề mặt ở tốc độ 60 sản phẩm/phút và giảm 70% nhân công kiểm tra ngoại quan",
            "catches over 98% of surface defects at 60 items per minute and cuts visual-inspection labour by 70%",
        ),
        variants: [
            Variant {
                title: (
                    "Thị giác máy và học sâu kiểm tra lỗi bề mặt chi tiết kim loại gia công",
                    "Deep-learning machine vision for surface defects on machined metal parts",
                ),
                detail: "Dùng đèn chiếu góc thấp làm nổi vết xước, rỗ khí trên bề mặt phay, tiện sáng bóng mà camera thường khó thấy.",
            },
            Variant {
                title: (
                    "Thị giác máy kiểm tra lỗi in, nhãn và bề mặt bao bì thực phẩm",
                    "Machine vision for print, label and surface defects on food packaging",
                ),
                detail: "Kiểm tra cùng lúc vị trí nhãn, hạn sử dụng in phun và vết bẩn trên bao bì ở tốc độ 120 gói/phút.",
            },
            Variant {
                title: (
                    "Trạm thị giác máy kiểm tra lỗi bề mặt lắp thêm vào băng tải có sẵn",
                    "Retrofit machine-vision station for surface defects on existing conveyors",
                ),
                detail: "Khung camera, đèn và máy tính biên lắp vào băng tải cũ trong 2 ngày, mô hình được huấn luyện ngay tại xưởng với dưới 300 ảnh.",
            },
        ],
        users: [
            "nhà máy gạch ốp lát và sứ vệ sinh",
            "xưởng gia công chi tiết cơ khí cho xe máy và ô tô",
            "cơ sở sản xuất bao bì và nhãn mác in",
        ],
        strengths: [
            "Huấn luyện nhận dạng lỗi mới chỉ với vài trăm ảnh, không cần chuyên gia trí tuệ nhân tạo tại xưởng",
            "Lưu ảnh từng sản phẩm lỗi theo lô để truy vết và giải quyết khiếu nại của khách hàng",
        ],
    },
    Tech {
        name: ("giải pháp bảo trì dự đoán cho máy CNC", "predictive maintenance for CNC machines"),
        solves: "dừng máy CNC đột ngột do hỏng hóc không được báo trước",
        how: (
            "Cảm biến rung 3 trục và cảm biến nhiệt gắn ở ổ trục chính, cùng bộ đo dòng điện động cơ, gửi dữ liệu mỗi giây về máy tính biên; mô hình học máy học trạng thái bình thường của từng máy trong 2–3 tuần rồi cảnh báo khi phổ rung hoặc nhiệt độ lệch khỏi mức chuẩn. Cảnh báo kèm dự báo số ngày còn lại trước khi hỏng được gửi tới điện thoại của tổ bảo trì.",
            "Three-axis vibration sensors and temperature sensors on the spindle bearings, together with motor-current meters, send data every second to an edge computer; a machine-learning model learns each machine's normal state over 2–3 weeks, then raises an alert when the vibration spectrum or temperature drifts from the baseline. Alerts, with a forecast of the days left before failure, are sent to the maintenance team's phones.",
        ),
        gain: (
            "giảm 30–45% số lần dừng máy ngoài kế hoạch và kéo dài 20% tuổi thọ ổ trục chính, dao cụ",
            "cuts unplanned stops by 30–45% and extends spindle-bearing and tool life by 20%",
        ),
        variants: [
            Variant {
                title: (
                    "Bảo trì dự đoán máy CNC bằng cảm biến rung không dây và học máy",
                    "Predictive maintenance for CNC machines with wireless vibration sensors and machine learning",
                ),
                detail: "Cảm biến rung không dây chạy pin 2 năm, gắn bằng nam châm lên vỏ ổ trục chính nên lắp đặt không cần đi dây.",
            },
            Variant {
                title: (
                    "Bảo trì dự đoán máy CNC từ dữ liệu bộ điều khiển, không lắp thêm cảm biến",
                    "Predictive maintenance for CNC machines from controller data, with no added sensors",
                ),
                detail: "Đọc tải trục chính, dòng điện servo và mã lỗi trực tiếp từ bộ điều khiển CNC qua cổng mạng để phát hiện dao mòn, ổ trục suy giảm.",
            },
            Variant {
                title: (
                    "Gói bảo trì dự đoán máy CNC thuê bao cho xưởng tiện, phay dưới 30 máy",
                    "Subscription predictive-maintenance package for CNC turning and milling shops under 30 machines",
                ),
                detail: "Thuê bao 400.000 đồng/máy/tháng gồm cảm biến, phần mềm và kỹ sư phân tích dữ liệu từ xa, không cần đầu tư máy chủ.",
            },
        ],
        users: [
            "xưởng gia công cơ khí chính xác",
            "nhà máy phụ tùng ô tô, xe máy trong khu công nghiệp Khánh Phú",
            "trường cao đẳng nghề có xưởng thực hành CNC",
        ],
        strengths: [
            "Cảnh báo trước 3–7 ngày khi ổ trục chính có dấu hiệu mòn",
            "Dùng được cho máy CNC đời cũ của nhiều nhà sản xuất khác nhau",
        ],
    },
    Tech {
        name: ("công nghệ in 3D kim loại cho khuôn mẫu", "metal 3D printing for moulds and dies"),
        solves: "chế tạo khuôn mẫu kim loại lâu và đắt khi sản xuất loạt nhỏ",
        how: (
            "Máy in 3D nung chảy bột kim loại bằng laser (SLM) in lõi và lòng khuôn từ bột thép công cụ maraging hoặc H13 theo từng lớp 30–50 µm, tạo được kênh làm mát uốn theo biên dạng chi tiết. Sau khi in, khuôn được nhiệt luyện đạt độ cứng 48–52 HRC rồi gia công tinh lòng khuôn trên máy CNC hoặc máy cắt dây, xung điện.",
            "A laser powder-bed fusion (SLM) printer builds mould cores and cavities from maraging or H13 tool-steel powder in 30–50 µm layers, making cooling channels that follow the part's contour. After printing, the insert is heat-treated to 48–52 HRC and the cavity is finish-machined on a CNC machine or by wire and sinker EDM.",
        ),
        gain: (
            "rút ngắn thời gian làm khuôn từ 6–8 tuần xuống 7–10 ngày và giảm 20–30% chu kỳ ép nhờ kênh làm mát theo biên dạng",
            "cuts mould lead time from 6–8 weeks to 7–10 days and shortens moulding cycles by 20–30% thanks to conformal cooling",
        ),
        variants: [
            Variant {
                title: (
                    "In 3D kim loại lõi khuôn ép nhựa có kênh làm mát theo biên dạng",
                    "Metal 3D-printed injection-mould inserts with conformal cooling channels",
                ),
                detail: "Thiết kế lại lõi khuôn với kênh làm mát bám sát bề mặt chi tiết để giảm cong vênh và rút ngắn chu kỳ ép.",
            },
            Variant {
                title: (
                    "Dịch vụ in 3D kim loại khuôn mẫu cho đơn hàng dưới 5.000 sản phẩm",
                    "Metal 3D-printing mould service for orders under 5,000 parts",
                ),
                detail: "Nhận file thiết kế rồi in, nhiệt luyện và gia công tinh trọn gói, giao khuôn trong 10 ngày làm việc.",
            },
            Variant {
                title: (
                    "In 3D kim loại đắp laser phục hồi khuôn dập, khuôn đúc bị mòn",
                    "Metal 3D laser cladding to restore worn stamping and casting dies",
                ),
                detail: "Dùng đầu đắp kim loại bằng laser (DED) bồi lại cạnh khuôn mòn, mẻ rồi gia công lại thay vì làm khuôn mới.",
            },
        ],
        users: [
            "xưởng ép nhựa vỏ thiết bị điện, điện tử",
            "cơ sở làm khuôn dập, khuôn đúc nhôm cho phụ tùng xe máy",
            "trung tâm nghiên cứu cơ khí của trường đại học kỹ thuật",
        ],
        strengths: [
            "Tạo được kênh làm mát cong theo biên dạng mà khoan truyền thống không làm được",
            "Hao vật liệu dưới 5%, so với 40–60% khi phay khuôn từ phôi thép khối",
        ],
    },
    Tech {
        name: (
            "phần mềm điều hành sản xuất MES cho doanh nghiệp nhỏ và vừa",
            "MES software for small and medium manufacturers",
        ),
        solves: "theo dõi tiến độ, sản lượng và thời gian dừng máy trên xưởng bằng giấy tờ",
        how: (
            "Máy tính bảng đặt tại từng trạm và bộ đếm tín hiệu gắn vào máy tự ghi sản lượng, thời gian chạy, thời gian dừng và lý do dừng; lệnh sản xuất từ phần mềm kế toán hoặc ERP được chia thành lệnh công đoạn và giao cho từng tổ qua mã QR. Bảng điều khiển trên web tính hiệu suất thiết bị tổng thể (OEE), tiến độ đơn hàng và phế phẩm theo ca, cập nhật mỗi phút.",
            "Tablets at each station and signal counters wired to the machines record output, run time, stop time and stop reasons automatically; production orders from the accounting software or ERP are split into operation orders and assigned to each team by QR code. A web dashboard computes overall equipment effectiveness (OEE), order progress and scrap per shift, updated every minute.",
        ),
        gain: (
            "giảm 80% thời gian lập báo cáo sản xuất và tăng 10–15% hiệu suất thiết bị tổng thể (OEE) sau 6 tháng",
            "cuts production-reporting time by 80% and raises overall equipment effectiveness (OEE) by 10–15% within 6 months",
        ),
        variants: [
            Variant {
                title: (
                    "Phần mềm MES trên đám mây thuê bao theo trạm cho xưởng dưới 50 máy",
                    "Cloud MES software billed per workstation for shops under 50 machines",
                ),
                detail: "Giá 300.000 đồng/trạm/tháng, triển khai trong 2 tuần và không cần máy chủ tại xưởng.",
            },
            Variant {
                title: (
                    "Phần mềm MES cho xưởng may gia công theo dõi mã hàng và bó hàng",
                    "MES software for contract garment factories tracking styles and bundles",
                ),
                detail: "Quét mã QR trên từng bó hàng tại mỗi công đoạn may để tính lương khoán và cân bằng chuyền.",
            },
            Variant {
                title: (
                    "Phần mềm MES kết nối bộ đếm IoT cho máy ép nhựa và máy dập",
                    "MES software with IoT counters for injection-moulding and stamping machines",
                ),
                detail: "Bộ đếm IoT đọc tín hiệu chu kỳ trực tiếp từ máy nên sản lượng và thời gian dừng được ghi mà công nhân không phải nhập liệu.",
            },
        ],
        users: [
            "nhà máy ép nhựa, dập kim loại có 20–100 máy",
            "xưởng may gia công xuất khẩu ở Yên Khánh, Kim Sơn",
            "xưởng cơ khí sản xuất theo đơn đặt hàng",
        ],
        strengths: [
            "Giao diện tiếng Việt trên máy tính bảng, công nhân dùng được sau một buổi hướng dẫn",
            "Kết nối với phần mềm kế toán và ERP thông dụng qua API hoặc tệp Excel",
        ],
    },
    Tech {
        name: ("xe tự hành AGV vận chuyển vật tư trong nhà xưởng", "AGV for moving materials inside factories"),
        solves: "vận chuyển vật tư và bán thành phẩm giữa các công đoạn bằng xe đẩy tay",
        how: (
            "Xe tự hành tải trọng 300–1.000 kg dẫn đường bằng cảm biến laser LiDAR theo bản đồ nhà xưởng, tự kéo xe đẩy hoặc chui gầm nâng giá hàng và chạy theo lệnh gọi từ nút bấm tại trạm hoặc từ phần mềm MES. Phần mềm điều phối phân luồng nhiều xe, tránh người và vật cản, đưa xe về trạm sạc khi pin còn 20%.",
            "Self-driving vehicles with a 300–1,000 kg payload navigate by LiDAR on a map of the plant, tow trolleys or slip under racks to lift them, and run on calls from push buttons at stations or from the MES software. Fleet software routes several vehicles, avoids people and obstacles and sends each one to its charger when the battery drops to 20%.",
        ),
        gain: (
            "giảm 2–4 công nhân vận chuyển mỗi ca và cắt 30% thời gian chờ vật tư tại các công đoạn",
            "frees 2–4 material handlers per shift and cuts waiting time for materials at workstations by 30%",
        ),
        variants: [
            Variant {
                title: (
                    "Xe tự hành AGV kéo xe đẩy vật tư dẫn đường bằng băng từ cho xưởng nhỏ",
                    "Magnetic-tape guided towing AGV for material trolleys in small shops",
                ),
                detail: "Xe chạy theo băng từ dán trên nền, giá từ 180 triệu đồng/xe, phù hợp tuyến cố định giữa kho và dây chuyền.",
            },
            Variant {
                title: (
                    "Xe tự hành dẫn đường LiDAR nâng giá hàng giữa kho và dây chuyền",
                    "LiDAR-guided self-driving vehicle lifting racks between warehouse and line",
                ),
                detail: "Không cần dán vạch trên nền, xe tự lập bản đồ và đổi tuyến ngay trên phần mềm khi bố trí lại xưởng.",
            },
            Variant {
                title: (
                    "Xe tự hành AGV chở bán thành phẩm cho xưởng may, da giày",
                    "AGV carrying work-in-progress for garment and footwear factories",
                ),
                detail: "Xe gầm thấp chạy được lối đi hẹp 1,2 m giữa các chuyền may, chở bó bán thành phẩm theo lệnh của tổ trưởng.",
            },
        ],
        users: [
            "nhà máy may mặc, da giày nhiều chuyền",
            "nhà máy lắp ráp linh kiện điện tử trong khu công nghiệp Phúc Sơn",
            "kho nguyên liệu của nhà máy chế biến thực phẩm",
        ],
        strengths: [
            "Tự tránh người và vật cản nên chạy chung lối đi với công nhân",
            "Đổi tuyến chạy trên phần mềm trong vài phút khi thay đổi mặt bằng",
        ],
    },
    Tech {
        name: ("bản sao số mô phỏng dây chuyền sản xuất", "digital twin for simulating production lines"),
        solves: "thử thay đổi bố trí máy và nhịp sản xuất của dây chuyền mà không phải dừng xưởng",
        how: (
            "Mô hình 3D nhà xưởng dựng từ bản vẽ và dữ liệu quét laser được nạp thời gian chu kỳ, tồn kho và thời gian dừng máy thực tế lấy từ MES hoặc cảm biến, rồi chạy mô phỏng sự kiện rời rạc để thử các phương án bố trí máy, số công nhân và kế hoạch ca. Kỹ sư so sánh sản lượng, điểm nghẽn và tồn bán thành phẩm của từng phương án trước khi di dời máy thật.",
            "A 3D model of the plant, built from drawings and laser-scan data, is fed with real cycle times, inventory and downtime from the MES or sensors, and discrete-event simulation then tests alternative machine layouts, staffing levels and shift plans. Engineers compare output, bottlenecks and work-in-progress for each option before moving any real machine.",
        ),
        gain: (
            "tìm ra điểm nghẽn trước khi đầu tư, tăng 10–20% sản lượng dây chuyền mà không mua thêm máy và tránh 1–2 tuần dừng xưởng khi bố trí lại",
            "finds bottlenecks before investing, raises line output by 10–20% without buying machines and avoids 1–2 weeks of shutdown when the layout changes",
        ),
        variants: [
            Variant {
                title: (
                    "Bản sao số mô phỏng mặt bằng trước khi xây nhà xưởng mới",
                    "Digital twin simulating the floor layout before building a new plant",
                ),
                detail: "Mô phỏng luồng vật tư, xe nâng và công nhân trên mặt bằng dự kiến để chốt kích thước nhà xưởng và vị trí kho.",
            },
            Variant {
                title: (
                    "Bản sao số cân bằng chuyền lắp ráp và chuyền may theo thời gian chu kỳ thực",
                    "Digital twin balancing assembly and sewing lines on real cycle times",
                ),
                detail: "Lấy thời gian từng công đoạn từ dữ liệu MES để đề xuất phân bổ công nhân, giảm tồn bán thành phẩm giữa các trạm.",
            },
            Variant {
                title: (
                    "Bản sao số dây chuyền kết hợp kính thực tế ảo để đào tạo vận hành",
                    "Production-line digital twin with VR headsets for operator training",
                ),
                detail: "Công nhân mới thực hành thao tác và xử lý sự cố trên dây chuyền ảo trước khi đứng máy thật.",
            },
        ],
        users: [
            "chủ đầu tư nhà máy mới trong khu công nghiệp Gián Khẩu",
            "phòng kỹ thuật của nhà máy lắp ráp ô tô, xe máy",
            "khoa cơ khí – tự động hóa của trường đại học kỹ thuật",
        ],
        strengths: [
            "Thử hàng chục phương án bố trí trên máy tính trong vài ngày thay vì thử thật trên xưởng",
            "Dùng thời gian chu kỳ đo thực tế của xưởng chứ không chỉ số liệu thiết kế",
        ],
    },
    Tech {
        name: ("trạm robot hàn tự động cho kết cấu thép", "robotic welding cell for steel structures"),
        solves: "thiếu thợ hàn lành nghề và mối hàn không đồng đều khi hàn thủ công",
        how: (
            "Robot hàn 6 trục với nguồn hàn MIG/MAG, bàn xoay định vị hai trạm và cảm biến laser dò đường hàn tự bù sai lệch gá đặt ±2 mm; trong khi robot hàn ở trạm này, công nhân gá phôi ở trạm kia. Chương trình hàn được lập ngoại tuyến từ mô hình 3D của chi tiết nên đổi mã hàng không phải dừng robot lâu.",
            "A six-axis welding robot with a MIG/MAG power source, a two-station positioner and a laser seam-tracking sensor that compensates fit-up errors of ±2 mm; while the robot welds at one station, a worker loads parts at the other. Weld programs are written offline from the part's 3D model, so changing products needs little robot downtime.",
        ),
        gain: (
            "tăng 2–3 lần năng suất hàn so với thợ hàn tay và giảm tỷ lệ mối hàn phải sửa xuống dưới 2%",
            "raises welding output 2–3 times over manual welders and brings weld rework below 2%",
        ),
        variants: [
            Variant {
                title: (
                    "Robot hàn tự động dầm thép chữ H và cột nhà tiền chế chạy trên ray",
                    "Rail-mounted robotic welding of H-beams and columns for pre-engineered buildings",
                ),
                detail: "Robot gắn trên ray dài 12 m hàn dầm chữ H và cột thép, tự dò điểm đầu và điểm cuối đường hàn.",
            },
            Variant {
                title: (
                    "Robot hàn tự động khung xe máy, xe đạp điện và chi tiết dập",
                    "Robotic welding of motorbike and e-bike frames and stamped parts",
                ),
                detail: "Bàn xoay hai trạm và đồ gá khí nén thay nhanh, phù hợp chi tiết nhỏ với sản lượng vài nghìn chiếc mỗi tháng.",
            },
            Variant {
                title: (
                    "Robot hàn cộng tác lưu động cho xưởng cơ khí hàn đơn chiếc, loạt nhỏ",
                    "Mobile collaborative welding robot for one-off and small-batch fabrication shops",
                ),
                detail: "Robot cộng tác đặt trên xe đẩy, thợ hàn dạy đường hàn bằng tay nên phù hợp hàng đơn chiếc không đáng lập trình ngoại tuyến.",
            },
        ],
        users: [
            "xưởng kết cấu thép nhà xưởng ở Tam Điệp",
            "nhà máy khung xe máy và xe đạp điện",
            "cơ sở chế tạo thiết bị nâng hạ và băng tải",
        ],
        strengths: [
            "Cảm biến laser tự dò đường hàn, bù sai lệch gá đặt của phôi cắt thủ công",
            "Lập trình ngoại tuyến trên mô hình 3D, robot không phải dừng khi chuẩn bị mã hàng mới",
        ],
    },
];
