//! The logistics sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("tối ưu hóa lộ trình giao hàng chặng cuối", "last-mile delivery route optimisation"),
        solves: "chi phí giao hàng chặng cuối cao, xe chạy rỗng",
        how: (
            "Phần mềm nhận danh sách đơn hàng kèm địa chỉ, khung giờ nhận và tải trọng từng xe, giải bài toán định tuyến xe (VRP) trên bản đồ số có dữ liệu đường cấm tải, ngõ hẹp ở nông thôn để chia tuyến trong 1–2 phút. Tài xế nhận lộ trình trên ứng dụng điện thoại, chụp ảnh xác nhận giao hàng; hệ thống tự tính lại tuyến khi có đơn hủy hoặc tắc đường.",
            "The software takes the list of orders with addresses, delivery windows and each vehicle's payload and solves the vehicle routing problem (VRP) on a digital map that includes truck bans and narrow rural lanes, splitting routes in 1–2 minutes. Drivers receive their route in a phone app and photograph proof of delivery; the system re-plans when an order is cancelled or a road is jammed.",
        ),
        gain: (
            "giảm 15–25% số km xe chạy và tăng 20–30% số điểm giao trên mỗi chuyến",
            "cuts vehicle kilometres by 15–25% and raises drops per trip by 20–30%",
        ),
        variants: [
            Variant {
                title: (
                    "Tối ưu lộ trình giao hàng chặng cuối cho đội xe tải nhỏ phân phối hàng tiêu dùng",
                    "Last-mile route optimisation for small-truck fleets distributing consumer goods",
                ),
                detail: "Chia tuyến cho 10–50 xe tải dưới 2,5 tấn theo khung giờ nhận hàng của từng tạp hóa, đại lý.",
            },
            Variant {
                title: (
                    "Tối ưu lộ trình giao hàng chặng cuối bằng xe máy cho đơn thương mại điện tử ở nông thôn",
                    "Last-mile route optimisation for motorbike e-commerce deliveries in rural areas",
                ),
                detail: "Gom đơn theo thôn, xóm và gợi ý điểm nhận chung tại nhà văn hóa để giảm số lần giao hụt.",
            },
            Variant {
                title: (
                    "Tối ưu lộ trình giao hàng chặng cuối kết hợp tìm hàng chiều về cho xe rỗng",
                    "Last-mile route optimisation with backhaul matching for empty vehicles",
                ),
                detail: "Tìm đơn hàng chiều về nằm gần tuyến, hạ tỷ lệ xe chạy rỗng từ 40% xuống dưới 20%.",
            },
        ],
        users: [
            "nhà phân phối hàng tiêu dùng có 10–50 xe tải nhỏ",
            "bưu cục và đại lý chuyển phát ở các thị trấn",
            "cửa hàng vật liệu xây dựng tự giao hàng cho khách",
        ],
        strengths: [
            "Bản đồ có dữ liệu đường cấm tải và ngõ hẹp ở nông thôn",
            "Tính lại tuyến trong vài giây khi có đơn phát sinh",
        ],
    },
    Tech {
        name: ("kho lạnh mini dùng năng lượng mặt trời cho nông sản", "solar-powered mini cold store for produce"),
        solves: "nông sản hư hỏng sau thu hoạch vì thiếu kho lạnh",
        how: (
            "Kho lạnh 20–40 m³ vỏ panel PU dày 100 mm, máy nén biến tần chạy trực tiếp từ 6–8 kWp pin mặt trời; ban ngày máy trữ lạnh vào các khối vật liệu chuyển pha để giữ 2–8 °C suốt đêm mà không cần dàn ắc quy lớn. Bộ điều khiển gửi nhiệt độ, độ ẩm về điện thoại và cảnh báo khi cửa mở quá lâu.",
            "A 20–40 m³ cold room built of 100 mm PU panels has an inverter compressor running directly off 6–8 kWp of solar panels; during the day it charges phase-change cold-storage blocks that hold 2–8 °C through the night without a large battery bank. The controller sends temperature and humidity to a phone and warns when the door is left open too long.",
        ),
        gain: (
            "kéo dài thời gian bảo quản rau, quả từ 2–3 ngày lên 10–20 ngày và giảm hư hỏng sau thu hoạch từ 25–30% xuống dưới 10%, gần như không tốn tiền điện",
            "extends the storage life of vegetables and fruit from 2–3 days to 10–20 days and cuts post-harvest spoilage from 25–30% to under 10% at almost no electricity cost",
        ),
        variants: [
            Variant {
                title: (
                    "Kho lạnh mini năng lượng mặt trời 20 m³ trữ lạnh bằng vật liệu chuyển pha cho hợp tác xã rau",
                    "20 m³ solar mini cold store with phase-change storage for vegetable cooperatives",
                ),
                detail: "Không dùng ắc quy mà trữ lạnh bằng vật liệu chuyển pha, suất đầu tư khoảng 350–450 triệu đồng.",
            },
            Variant {
                title: (
                    "Kho lạnh mini năng lượng mặt trời dạng container di chuyển theo mùa vụ",
                    "Containerised solar mini cold store that moves with the harvest",
                ),
                detail: "Container 20 feet cải tạo, chở bằng xe cẩu tới vùng đang thu hoạch dưa, cà chua hay rau vụ đông.",
            },
            Variant {
                title: (
                    "Kho lạnh mini năng lượng mặt trời cho thuê theo ngày, đặt chỗ qua ứng dụng",
                    "Solar mini cold store rented by the day and booked by app",
                ),
                detail: "Nông dân thuê theo kg và số ngày lưu kho, đặt chỗ và thanh toán trên điện thoại.",
            },
        ],
        users: [
            "hợp tác xã rau an toàn và cây ăn quả",
            "thương lái thu gom nông sản tại vùng trồng",
            "trang trại dưa lưới và cà chua trong nhà màng",
        ],
        strengths: [
            "Giữ 2–8 °C qua đêm nhờ vật liệu trữ lạnh, không cần ắc quy lớn",
            "Lắp đặt được ở vùng trồng chưa có điện ba pha",
        ],
    },
    Tech {
        name: ("nền tảng kết nối vận tải thủy nội địa", "inland-waterway freight matching platform"),
        solves: "tìm tàu, sà lan chở hàng đường thủy còn thủ công",
        how: (
            "Chủ hàng đăng nhu cầu chở (loại hàng, khối lượng, tuyến sông, thời gian) và chủ tàu, sà lan đăng tàu trống kèm trọng tải, vị trí lấy từ thiết bị AIS; thuật toán ghép chuyến theo tuyến và mớn nước cho phép trên sông Đáy, sông Hoàng Long và các kênh nối. Hợp đồng vận chuyển điện tử, theo dõi vị trí tàu và thanh toán đều thực hiện trên nền tảng.",
            "Shippers post loads (cargo type, tonnage, river route, dates) and barge owners post free vessels with capacity and AIS position; an algorithm matches trips by route and permitted draught on the Đáy and Hoàng Long rivers and connecting canals. Electronic transport contracts, vessel tracking and payment all run on the platform.",
        ),
        gain: (
            "rút thời gian tìm được tàu phù hợp từ 2–3 ngày xuống vài giờ và giảm 15–20% cước nhờ ghép hàng chiều về",
            "cuts the time to find a suitable vessel from 2–3 days to a few hours and lowers freight rates by 15–20% through return loads",
        ),
        variants: [
            Variant {
                title: (
                    "Nền tảng kết nối vận tải thủy nội địa cho xi măng, clinker và vật liệu xây dựng",
                    "Inland-waterway freight platform for cement, clinker and building materials",
                ),
                detail: "Chuyên ghép tàu 500–2.000 tấn chở hàng rời từ các nhà máy xi măng ở Tam Điệp, Hoa Lư về Hà Nội, Hải Phòng.",
            },
            Variant {
                title: (
                    "Nền tảng kết nối vận tải thủy nội địa theo dõi tàu bằng AIS và mực nước thời gian thực",
                    "Inland-waterway freight platform with AIS tracking and real-time water levels",
                ),
                detail: "Cập nhật mực nước các đoạn sông cạn để chỉ gợi ý tàu có mớn nước phù hợp trong mùa khô.",
            },
            Variant {
                title: (
                    "Nền tảng kết nối vận tải thủy nội địa cho sà lan container qua cảng Ninh Phúc",
                    "Inland-waterway freight platform for container barges via Ninh Phúc port",
                ),
                detail: "Ghép hàng container từ các khu công nghiệp Khánh Phú, Gián Khẩu lên sà lan đi cảng biển Hải Phòng.",
            },
        ],
        users: [
            "nhà máy xi măng và mỏ đá xuất hàng bằng đường sông",
            "chủ tàu, sà lan tự hành 300–2.000 tấn",
            "doanh nghiệp xuất nhập khẩu trong khu công nghiệp Khánh Phú",
        ],
        strengths: [
            "Lọc tàu theo mớn nước cho phép của từng đoạn sông trong mùa cạn",
            "Theo dõi vị trí tàu trên bản đồ suốt hành trình",
        ],
    },
    Tech {
        name: ("quản lý kho thông minh bằng RFID", "RFID smart warehouse management"),
        solves: "kiểm kê kho chậm và sai lệch hàng tồn",
        how: (
            "Mỗi pallet, thùng hàng được gắn thẻ RFID UHF; cổng đọc ở cửa nhập, xuất tự ghi nhận hàng đi qua, đầu đọc cầm tay quét 200–500 thẻ mỗi giây khi kiểm kê. Dữ liệu đồng bộ với phần mềm quản lý kho (WMS) để cập nhật tồn kho theo vị trí kệ, hạn dùng và cảnh báo khi xuất sai lô.",
            "Each pallet or carton carries a UHF RFID tag; read gates at the inbound and outbound doors record goods passing through, and handheld readers scan 200–500 tags a second during stocktakes. Data sync with the warehouse management system (WMS), updating stock by shelf location and expiry date and flagging wrong-lot picks.",
        ),
        gain: (
            "rút thời gian kiểm kê một kho 3.000 m² từ 2 ngày xuống 2–3 giờ và nâng độ chính xác tồn kho lên trên 99,5%",
            "cuts the stocktake of a 3,000 m² warehouse from 2 days to 2–3 hours and raises inventory accuracy above 99.5%",
        ),
        variants: [
            Variant {
                title: (
                    "Quản lý kho thông minh bằng RFID với cổng đọc tự động ở cửa nhập xuất",
                    "RFID smart warehouse management with automatic read gates at the dock doors",
                ),
                detail: "Xe nâng chở pallet đi qua cổng là hàng tự được ghi nhận, không phải quét mã từng thùng.",
            },
            Variant {
                title: (
                    "Quản lý kho thông minh bằng RFID cho kho vải và phụ liệu may mặc",
                    "RFID smart warehouse management for fabric and garment-trim stores",
                ),
                detail: "Gắn thẻ RFID cho từng cuộn vải, thùng phụ liệu, quản lý theo mã màu, lô nhuộm và đơn hàng.",
            },
            Variant {
                title: (
                    "Quản lý kho thông minh bằng RFID gọn nhẹ cho nhà phân phối hàng tiêu dùng",
                    "Lightweight RFID smart warehouse management for consumer-goods distributors",
                ),
                detail: "Chỉ dùng đầu đọc cầm tay và phần mềm đám mây, đầu tư dưới 150 triệu đồng cho kho 1.000–2.000 m².",
            },
        ],
        users: [
            "kho nguyên phụ liệu của nhà máy may trong khu công nghiệp",
            "nhà phân phối hàng tiêu dùng nhanh cấp tỉnh",
            "kho linh kiện phục vụ dây chuyền lắp ráp ô tô",
        ],
        strengths: [
            "Kiểm kê cả kệ hàng mà không cần nhìn thấy hay quét từng mã",
            "Cảnh báo ngay khi xuất nhầm lô hoặc có hàng sắp hết hạn",
        ],
    },
    Tech {
        name: (
            "thiết bị ghi và cảnh báo nhiệt độ cho xe tải lạnh",
            "temperature logger and alarm for refrigerated trucks",
        ),
        solves: "kiểm soát nhiệt độ hàng lạnh trên đường vận chuyển",
        how: (
            "Thiết bị gồm 2–4 đầu dò nhiệt độ đặt trong thùng xe, cảm biến đóng mở cửa và mô-đun định vị GPS, gửi dữ liệu 1–5 phút một lần qua mạng 4G lên phần mềm giám sát. Khi nhiệt độ vượt ngưỡng quá 10 phút hoặc cửa mở lâu, hệ thống nhắn tin cho tài xế và điều phối viên, đồng thời lưu biểu đồ nhiệt độ từng chuyến làm hồ sơ giao nhận.",
            "The device has 2–4 temperature probes inside the cargo box, a door sensor and a GPS module, and sends data every 1–5 minutes over 4G to monitoring software. When the temperature stays out of range for more than 10 minutes or the door is left open, the system messages the driver and dispatcher, and it stores each trip's temperature chart as delivery evidence.",
        ),
        gain: (
            "giảm 70–80% số lô hàng lạnh bị trả về vì sai nhiệt độ và có biểu đồ nhiệt độ từng chuyến gửi cho khách hàng",
            "cuts cold shipments rejected for temperature deviations by 70–80% and provides customers with a temperature chart for every trip",
        ),
        variants: [
            Variant {
                title: (
                    "Thiết bị ghi nhiệt độ xe tải lạnh cảnh báo qua 4G theo thời gian thực",
                    "Real-time 4G temperature logger with alarms for refrigerated trucks",
                ),
                detail: "Báo ngay qua tin nhắn và ứng dụng khi nhiệt độ thùng xe vượt ngưỡng cài đặt.",
            },
            Variant {
                title: (
                    "Thiết bị ghi nhiệt độ dùng một lần theo từng thùng hàng lạnh, đọc bằng điện thoại NFC",
                    "Single-use temperature logger for each cold carton, read by NFC phone",
                ),
                detail: "Đặt trong từng thùng thủy sản, vắc-xin; người nhận chạm điện thoại là xem được toàn bộ lịch sử nhiệt độ.",
            },
            Variant {
                title: (
                    "Thiết bị ghi nhiệt độ xe tải lạnh kết nối máy lạnh thùng và cảm biến nhiên liệu",
                    "Refrigerated-truck temperature logger linked to the reefer unit and fuel sensor",
                ),
                detail: "Đọc trạng thái máy lạnh và mức dầu, phát hiện trường hợp tài xế tắt máy lạnh để tiết kiệm nhiên liệu.",
            },
        ],
        users: [
            "doanh nghiệp vận tải hàng đông lạnh tuyến Ninh Bình – Hà Nội",
            "cơ sở chế biến thủy sản đông lạnh ven biển",
            "nhà phân phối sữa, kem và thực phẩm mát",
        ],
        strengths: [
            "Lưu biểu đồ nhiệt độ từng chuyến làm bằng chứng khi giao nhận",
            "Pin dự phòng giữ việc ghi dữ liệu 72 giờ khi xe tắt máy",
        ],
    },
    Tech {
        name: (
            "phần mềm quản lý đội xe tải có định vị và cảm biến nhiên liệu",
            "truck fleet management with GPS tracking and fuel sensors",
        ),
        solves: "kiểm soát nhiên liệu và hành trình của đội xe tải",
        how: (
            "Mỗi xe lắp thiết bị giám sát hành trình hợp chuẩn kèm cảm biến mức dầu điện dung trong bình nhiên liệu; vị trí, tốc độ, thời gian lái liên tục và mức dầu được gửi 30 giây một lần lên phần mềm. Phần mềm phát hiện hút trộm dầu, chạy sai tuyến, quá tốc độ, tự lập lịch bảo dưỡng theo km và báo cáo chi phí từng chuyến.",
            "Each truck gets a compliant journey tracker with a capacitive fuel-level sensor in the tank; position, speed, continuous driving time and fuel level go to the software every 30 seconds. It detects fuel theft, off-route driving and speeding, schedules maintenance by mileage and reports the cost of each trip.",
        ),
        gain: (
            "giảm 8–15% chi phí nhiên liệu và phát hiện mọi trường hợp hút dầu trên 5 lít",
            "cuts fuel costs by 8–15% and detects every case of more than 5 litres of fuel being siphoned",
        ),
        variants: [
            Variant {
                title: (
                    "Phần mềm quản lý đội xe tải chống hút trộm dầu bằng cảm biến nhiên liệu điện dung",
                    "Truck fleet management with capacitive fuel sensors against diesel theft",
                ),
                detail: "Cảm biến độ chính xác ±1%, cảnh báo ngay khi mức dầu giảm đột ngột lúc xe đang đỗ.",
            },
            Variant {
                title: (
                    "Phần mềm quản lý đội xe tải ben đếm chuyến chở vật liệu xây dựng",
                    "Fleet management for tipper trucks counting building-material trips",
                ),
                detail: "Đếm số chuyến theo cảm biến nâng ben và đối chiếu với phiếu cân ở mỏ đá, công trường.",
            },
            Variant {
                title: (
                    "Phần mềm quản lý đội xe tải chấm điểm tài xế về an toàn và tiết kiệm nhiên liệu",
                    "Truck fleet management scoring drivers on safety and fuel economy",
                ),
                detail: "Chấm điểm theo số lần phanh gấp, tăng tốc đột ngột, nổ máy chờ lâu để tính thưởng hàng tháng.",
            },
        ],
        users: [
            "doanh nghiệp vận tải hàng hóa có 20–100 đầu xe",
            "đội xe ben chở đá, xi măng từ các mỏ ở Tam Điệp, Hoa Lư",
            "hợp tác xã vận tải nông sản",
        ],
        strengths: [
            "Dữ liệu hành trình đáp ứng quy định giám sát của ngành đường bộ",
            "Báo cáo chi phí nhiên liệu, phí đường bộ và bảo dưỡng theo từng chuyến",
        ],
    },
    Tech {
        name: ("hệ thống đặt lịch xe vào cổng kho và cảng", "truck appointment system for warehouse and port gates"),
        solves: "giảm cảnh xe tải xếp hàng chờ hàng giờ trước cổng kho, cảng và nhà máy",
        how: (
            "Nhà xe đặt khung giờ lấy, trả hàng trên ứng dụng theo sức chứa của từng cửa bốc dỡ; đến cổng, camera nhận dạng biển số đối chiếu lịch hẹn, tự mở barie và gọi xe vào đúng cửa qua bảng điện tử. Hệ thống thống kê thời gian chờ và thời gian bốc dỡ từng xe để điều chỉnh số khung giờ mỗi ca.",
            "Hauliers book pick-up and drop-off slots in an app according to the capacity of each loading bay; at the gate a number-plate recognition camera checks the booking, opens the barrier and calls the truck to the right bay on an electronic board. The system records each truck's waiting and handling times to adjust the number of slots per shift.",
        ),
        gain: (
            "rút thời gian chờ trung bình của xe từ 3–4 giờ xuống dưới 45 phút và chấm dứt cảnh xe đỗ dọc đường trước cổng",
            "cuts average truck waiting from 3–4 hours to under 45 minutes and ends queues of trucks parked along the road outside the gate",
        ),
        variants: [
            Variant {
                title: (
                    "Hệ thống đặt lịch xe vào cổng cảng sông có nhận dạng biển số tự động",
                    "Truck appointment system for river-port gates with automatic number-plate recognition",
                ),
                detail: "Camera đọc biển số và đối chiếu lịch hẹn, xe đến đúng giờ vào cảng không phải xuống làm thủ tục giấy.",
            },
            Variant {
                title: (
                    "Hệ thống đặt lịch xe vào cổng nhà máy xi măng liên thông trạm cân",
                    "Truck appointment system at cement-plant gates linked to the weighbridge",
                ),
                detail: "Đặt lịch theo loại xi măng bao, xi măng rời và tự in phiếu xuất khi xe qua trạm cân.",
            },
            Variant {
                title: (
                    "Hệ thống đặt lịch xe vào cổng kho cho trung tâm phân phối trong khu công nghiệp",
                    "Truck appointment system for distribution-centre gates in industrial parks",
                ),
                detail: "Chia khung giờ theo cửa dock và loại xe container, xe tải nhỏ, nhắn tin gọi xe khi đến lượt.",
            },
        ],
        users: [
            "cảng sông Ninh Phúc và các bến thủy nội địa",
            "nhà máy xi măng, phân bón có hàng trăm lượt xe mỗi ngày",
            "trung tâm phân phối trong khu công nghiệp Gián Khẩu, Khánh Phú",
        ],
        strengths: [
            "Nhận dạng biển số tự động, không phải phát thẻ giấy cho tài xế",
            "Tài xế biết trước giờ vào cửa, không phải đỗ chờ ngoài đường",
        ],
    },
    Tech {
        name: ("nền tảng gom hàng ghép chuyến cho xe tải nông sản", "load-consolidation platform for produce trucks"),
        solves: "thuê xe chở những lô nông sản nhỏ lẻ với cước cao",
        how: (
            "Hợp tác xã và hộ trồng đăng khối lượng hàng, điểm lấy và chợ đầu mối cần đến trên ứng dụng; hệ thống gộp các lô 200 kg–2 tấn cùng hướng thành chuyến xe 5–8 tấn, lập lộ trình gom qua các điểm và chia cước theo khối lượng, quãng đường. Tài xế quét mã QR trên từng lô khi nhận và khi giao để hai bên cùng theo dõi.",
            "Cooperatives and growers post each lot's weight, pick-up point and destination wholesale market in the app; the system combines lots of 200 kg–2 tonnes heading the same way into 5–8 tonne truckloads, plans the collection route and splits the freight by weight and distance. Drivers scan a QR code on each lot at pick-up and delivery so both sides can follow it.",
        ),
        gain: (
            "giảm 30–40% cước vận chuyển trên mỗi kg nông sản và nâng hệ số lấp đầy xe lên trên 85%",
            "cuts freight cost per kg of produce by 30–40% and raises truck fill rates above 85%",
        ),
        variants: [
            Variant {
                title: (
                    "Nền tảng gom hàng ghép chuyến nông sản về chợ đầu mối Hà Nội",
                    "Load-consolidation platform taking produce to Hà Nội wholesale markets",
                ),
                detail: "Chạy tuyến đêm cố định về các chợ đầu mối phía Nam Hà Nội, nhận hàng theo lịch từ 18 giờ.",
            },
            Variant {
                title: (
                    "Nền tảng gom hàng ghép chuyến xe lạnh cho rau quả và thủy sản",
                    "Refrigerated load-consolidation platform for produce and seafood",
                ),
                detail: "Ghép các lô nhỏ cần giữ 2–8 °C lên cùng một xe tải lạnh có vách ngăn theo nhiệt độ.",
            },
            Variant {
                title: (
                    "Nền tảng gom hàng ghép chuyến nông sản kết hợp chở vật tư nông nghiệp chiều về",
                    "Produce load-consolidation platform with return trips carrying farm inputs",
                ),
                detail: "Xe chở nông sản lên thành phố, chiều về chở phân bón, thức ăn chăn nuôi cho hợp tác xã.",
            },
        ],
        users: [
            "hợp tác xã rau màu và cây ăn quả quy mô nhỏ",
            "hộ nuôi tôm, cá bán hàng cho chợ đầu mối",
            "chủ xe tải 5–8 tấn chạy tuyến Ninh Bình – Hà Nội",
        ],
        strengths: [
            "Chia cước minh bạch theo kg và km cho từng lô hàng",
            "Theo dõi từng lô bằng mã QR từ lúc nhận đến lúc giao",
        ],
    },
];
