//! The high-tech-industry sector's technologies and problems (see `super`).

use super::{Case, Problem, Tech, Variant};

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

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("tự động hóa khâu kiểm tra chất lượng cuối dây chuyền", "automating end-of-line quality inspection"),
        cases: [
            Case {
                title: (
                    "kiểm tra ngoại quan gạch men ốp lát trên dây chuyền 12.000 m² mỗi ngày",
                    "visual inspection of ceramic tiles on a 12,000 m²-per-day line",
                ),
                situation: (
                    "Cuối lò nung, mỗi ca 8 công nhân soi từng viên gạch dưới đèn để phân loại A1, A2 và phế phẩm. Sau khoảng 4 giờ mắt mỏi, tỷ lệ bỏ sót vết nứt chân chim và lỗi men lên tới 3–5%, mỗi tháng đại lý trả lại khoảng 400 m² gạch. Nhà máy không thể giảm tốc độ dây chuyền và chỉ lắp đặt được trong đợt dừng lò 10 ngày dịp Tết.",
                    "At the kiln exit, 8 workers per shift examine every tile under lamps to grade it A1, A2 or reject. After about 4 hours their eyes tire and 3–5% of hairline cracks and glaze defects slip through, so dealers return about 400 m² of tiles each month. The plant cannot slow the line and can only install equipment during the 10-day kiln shutdown at Tết.",
                ),
            },
            Case {
                title: (
                    "kiểm tra nắp, nhãn và hạn sử dụng trên dây chuyền chiết rót nước đóng chai 3.000 chai/giờ",
                    "checking caps, labels and expiry dates on a 3,000-bottle-per-hour water bottling line",
                ),
                situation: (
                    "Hai công nhân cuối dây chuyền nhìn từng chai để phát hiện nắp vặn lệch, nhãn dán nghiêng và hạn sử dụng in mờ. Mỗi quý có 1–2 lô bị siêu thị trả lại vì lỗi in hạn sử dụng, thiệt hại khoảng 60 triệu đồng mỗi lần. Từ năm 2026, chuỗi siêu thị yêu cầu lưu bằng chứng kiểm tra cho từng lô hàng.",
                    "Two workers at the end of the line look at every bottle to catch crooked caps, skewed labels and faint expiry-date prints. Each quarter 1–2 lots are returned by supermarkets for date-printing faults, costing about 60 million VND each time. From 2026 the supermarket chain requires inspection evidence to be kept for every lot.",
                ),
            },
            Case {
                title: (
                    "kiểm tra vết xước, rỗ khí nắp hộp số nhôm đúc trước khi giao cho nhà máy xe máy",
                    "checking scratches and gas pores on cast-aluminium gearbox covers before delivery to a motorbike plant",
                ),
                situation: (
                    "Mỗi ngày xưởng giao 5.000 nắp hộp số nhôm đúc và phải soi ngoại quan, đo 4 kích thước bằng dưỡng trên 100% sản phẩm. Khách hàng phạt 2% giá trị lô khi lỗi rỗ khí hoặc xước lọt quá 500 ppm. Xưởng đang dùng 6 công nhân kiểm tra mỗi ca và khó tuyển thêm người.",
                    "The shop ships 5,000 cast-aluminium gearbox covers a day and must visually inspect and gauge 4 dimensions on 100% of them. The customer fines 2% of the lot value when escaped pores or scratches exceed 500 ppm. The shop uses 6 inspectors per shift and struggles to hire more.",
                ),
            },
        ],
        wanted: "Phát hiện ít nhất 98% lỗi ngoại quan ở tốc độ dây chuyền hiện tại; tự động loại sản phẩm lỗi và lưu ảnh theo lô trong tối thiểu 12 tháng.",
    },
    Problem {
        name: ("giảm thời gian dừng máy ngoài kế hoạch", "reducing unplanned machine downtime"),
        cases: [
            Case {
                title: (
                    "giảm dừng máy đột xuất tại xưởng 35 máy phay, tiện CNC làm khuôn và phụ tùng",
                    "cutting sudden stoppages in a 35-machine CNC milling and turning shop making moulds and spare parts",
                ),
                situation: (
                    "Mỗi tháng xưởng có 6–8 lần dừng máy đột xuất do hỏng ổ trục chính, gãy dao hoặc mất bôi trơn, mỗi lần mất 1–3 ngày chờ thợ và phụ tùng. Tổ bảo trì chỉ có 3 người và đang bảo dưỡng theo lịch cố định 3 tháng một lần. Nhiều đơn hàng xuất khẩu bị giao trễ và phải chịu phạt.",
                    "Each month the shop has 6–8 sudden stoppages from failed spindle bearings, broken tools or lost lubrication, each costing 1–3 days waiting for technicians and parts. The maintenance team has only 3 people and services machines on a fixed three-month schedule. Several export orders have shipped late and incurred penalties.",
                ),
            },
            Case {
                title: (
                    "giảm dừng đột xuất máy ép nhựa tại nhà máy 60 máy ép chạy 3 ca",
                    "cutting sudden stops of injection-moulding machines at a 60-machine plant running 3 shifts",
                ),
                situation: (
                    "Máy ép chạy liên tục 24/7, hỏng bơm thủy lực, vòng gia nhiệt và kẹt khuôn gây 40–50 giờ dừng ngoài kế hoạch mỗi tháng. Nhà máy chưa có số liệu thời gian dừng theo từng máy vì công nhân ghi sổ tay cuối ca. Ngân sách cho năm đầu khoảng 500 triệu đồng.",
                    "The presses run 24/7, and failed hydraulic pumps, heater bands and stuck moulds cause 40–50 hours of unplanned stops a month. The plant has no downtime figures per machine because workers note them in a logbook at the end of the shift. The first-year budget is about 500 million VND.",
                ),
            },
            Case {
                title: (
                    "giảm dừng băng tải cấp đông và máy nén lạnh tại nhà máy thủy sản đông lạnh",
                    "cutting stoppages of freezing conveyors and refrigeration compressors at a frozen-seafood plant",
                ),
                situation: (
                    "Một lần hỏng máy nén lạnh hay băng tải cấp đông làm dừng dây chuyền 6–10 giờ và hỏng cả mẻ hàng trị giá 150–200 triệu đồng. Trong mùa cao điểm từ tháng 9 đến tháng 1, nhà máy chạy 3 ca và không có thời gian dừng để kiểm tra. Kỹ thuật viên hiện chỉ nghe tiếng và sờ tay đoán nhiệt độ để đánh giá ổ trục, động cơ.",
                    "A single failure of a refrigeration compressor or freezing conveyor stops the line for 6–10 hours and spoils a whole batch worth 150–200 million VND. In the peak season from September to January the plant runs 3 shifts and has no time to stop for checks. Technicians currently judge bearings and motors only by listening and feeling how hot they are.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 30% số giờ dừng máy ngoài kế hoạch trong 6 tháng đầu; cảnh báo hiển thị trên điện thoại của tổ trưởng bảo trì trước khi hỏng ít nhất 3 ngày.",
    },
    Problem {
        name: (
            "bù đắp thiếu hụt công nhân ở công đoạn lắp ráp và hàn lặp lại",
            "making up for worker shortages in repetitive assembly and welding",
        ),
        cases: [
            Case {
                title: (
                    "thay công nhân vặn vít và lắp cụm động cơ tại xưởng lắp ráp quạt điện",
                    "replacing manual screwdriving and motor-unit assembly in an electric-fan assembly shop",
                ),
                situation: (
                    "Dây chuyền lắp 1.500 quạt mỗi ngày có 12 vị trí vặn vít và lắp cụm động cơ lặp lại, tỷ lệ nghỉ việc ở các vị trí này tới 40% mỗi năm. Sau Tết xưởng thường thiếu 20–30% lao động trong một tháng, phải tăng ca và giao hàng trễ. Mặt bằng chật nên không thể dựng hàng rào bảo vệ quanh máy.",
                    "The line assembles 1,500 fans a day and has 12 repetitive screwdriving and motor-assembly positions, where staff turnover reaches 40% a year. After Tết the shop is usually 20–30% short of workers for a month, so it runs overtime and ships late. Floor space is tight, so no safety fencing can be put around machines.",
                ),
            },
            Case {
                title: (
                    "hàn khung thép nhà tiền chế khi thiếu thợ hàn bậc cao ở Tam Điệp",
                    "welding pre-engineered steel frames amid a shortage of skilled welders in Tam Điệp",
                ),
                situation: (
                    "Xưởng cần hàn 400 tấn kết cấu thép mỗi tháng nhưng chỉ có 15 thợ hàn có chứng chỉ, nhiều thợ trẻ đã chuyển sang các khu công nghiệp lớn. Tỷ lệ mối hàn phải sửa sau kiểm tra siêu âm khoảng 6–8%, làm chậm tiến độ giao cho công trình. Lương thợ hàn bậc cao đã tăng 25% trong hai năm.",
                    "The shop needs to weld 400 tonnes of structural steel a month but has only 15 certified welders, as many young welders have left for large industrial parks. About 6–8% of welds need repair after ultrasonic testing, delaying deliveries to sites. Skilled welders' wages have risen 25% in two years.",
                ),
            },
            Case {
                title: (
                    "lắp ráp và vặn vít ổ cắm, công tắc điện tại xưởng 80 công nhân ở Yên Mô",
                    "assembling and screwing sockets and switches in an 80-worker shop in Yên Mô",
                ),
                situation: (
                    "Mỗi công nhân lắp khoảng 600 ổ cắm một ca với 4 con vít mỗi sản phẩm, tỷ lệ vít thiếu mô-men hoặc trờn ren khoảng 1,5%. Xưởng đang có thêm 30% đơn hàng nhưng không tuyển được người. Chủ xưởng muốn thử trước 1–2 trạm với vốn dưới 800 triệu đồng.",
                    "Each worker assembles about 600 sockets per shift with 4 screws per unit, and about 1.5% of screws are under-torqued or stripped. The shop has 30% more orders but cannot hire staff. The owner wants to trial 1–2 stations first with under 800 million VND.",
                ),
            },
        ],
        wanted: "Tự động hóa ít nhất 2 vị trí lắp ráp hoặc hàn lặp lại trong 6 tháng mà giữ nguyên hoặc tăng sản lượng mỗi ca; hoàn vốn dưới 30 tháng.",
    },
    Problem {
        name: (
            "rút ngắn thời gian làm khuôn cho đơn hàng loạt nhỏ",
            "shortening mould lead times for small-batch orders",
        ),
        cases: [
            Case {
                title: (
                    "làm khuôn ép nhựa vỏ thiết bị điện cho đơn hàng 2.000–5.000 sản phẩm",
                    "making injection moulds for electrical housings in orders of 2,000–5,000 units",
                ),
                situation: (
                    "Khách hàng đặt nhiều mã vỏ hộp điện, vỏ công tắc với số lượng nhỏ nhưng yêu cầu giao trong 3 tuần. Đặt khuôn thép ở xưởng khuôn mất 6–8 tuần và 150–300 triệu đồng mỗi bộ, không có lãi với đơn dưới 5.000 sản phẩm. Năm qua xưởng đã phải từ chối khoảng 10 đơn hàng.",
                    "Customers order many styles of junction boxes and switch housings in small quantities but want delivery within 3 weeks. A steel mould from a toolmaker takes 6–8 weeks and costs 150–300 million VND per set, which is unprofitable for orders under 5,000 units. Last year the shop had to turn down about 10 orders.",
                ),
            },
            Case {
                title: (
                    "phục hồi nhanh khuôn dập nguội bị mòn, mẻ cạnh tại xưởng dập phụ tùng xe máy",
                    "quickly restoring worn, chipped cold-stamping dies at a motorbike-parts stamping shop",
                ),
                situation: (
                    "Xưởng có 120 bộ khuôn dập, mỗi tháng 4–5 bộ bị mẻ cạnh cắt hoặc mòn chày và phải gửi đi làm mới mất 4–5 tuần. Trong thời gian chờ, máy dập phải chuyển mã hoặc dừng. Hàn đắp thủ công hiện nay gây nứt, biến dạng khuôn và chỉ dùng thêm được vài nghìn nhát dập.",
                    "The shop has 120 stamping dies, and each month 4–5 of them chip a cutting edge or wear a punch and must be sent out for replacement, taking 4–5 weeks. Meanwhile the presses have to switch products or stand idle. Manual hardfacing cracks and distorts the dies and buys only a few thousand more strokes.",
                ),
            },
            Case {
                title: (
                    "làm khuôn thử cho sản phẩm nhựa gia dụng mới trước khi đầu tư khuôn sản xuất",
                    "making trial moulds for new plastic household products before investing in production tooling",
                ),
                situation: (
                    "Mỗi năm cơ sở ra 15–20 mẫu rổ, hộp, móc treo mới nhưng chỉ khoảng một phần ba bán chạy. Làm khuôn sản xuất ngay từ đầu tốn 200 triệu đồng và 7 tuần mỗi mẫu, nhiều khuôn nằm kho sau vài lô. Cơ sở cần vài trăm đến vài nghìn sản phẩm thử để chào đại lý trong vòng 2 tuần.",
                    "Each year the workshop launches 15–20 new baskets, boxes and hooks, but only about a third sell well. Making production moulds from the start costs 200 million VND and 7 weeks per design, and many moulds sit in storage after a few lots. The workshop needs a few hundred to a few thousand trial pieces to show dealers within 2 weeks.",
                ),
            },
        ],
        wanted: "Có khuôn hoặc lõi khuôn dùng được trong tối đa 10–14 ngày, chịu được ít nhất 5.000 chu kỳ ép hoặc dập; chi phí không quá 60% khuôn thép truyền thống.",
    },
];
