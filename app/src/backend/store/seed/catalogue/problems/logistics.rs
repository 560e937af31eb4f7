//! The logistics sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("tối ưu chi phí vận chuyển nông sản đi tiêu thụ", "lowering the cost of shipping produce to market"),
        cases: [
            Case {
                title: (
                    "cước chở rau màu từ Yên Khánh lên chợ đầu mối Hà Nội quá cao",
                    "high freight costs for vegetables from Yên Khánh to Hà Nội wholesale markets",
                ),
                situation: (
                    "Mỗi ngày 30–40 hộ trồng rau ở Yên Khánh gửi 200–800 kg rau lên các chợ đầu mối phía Nam Hà Nội, mỗi hộ tự thuê xe tải nhỏ hoặc gửi xe khách. Cước bình quân 1.200–1.500 đồng/kg, chiếm 15–20% giá bán. Xe thường chỉ chở được nửa tải và chạy rỗng chiều về.",
                    "Every day 30–40 vegetable growers in Yên Khánh each send 200–800 kg to the wholesale markets of southern Hà Nội, hiring their own small trucks or putting goods on passenger buses. Freight averages 1,200–1,500 VND/kg, 15–20% of the selling price. Trucks often run half-loaded and come back empty.",
                ),
            },
            Case {
                title: (
                    "chi phí đưa tôm, cá từ vùng nuôi ven biển Kim Sơn đi tiêu thụ",
                    "the cost of getting shrimp and fish from the Kim Sơn coastal farms to market",
                ),
                situation: (
                    "Các hộ thu hoạch tôm, cá rải rác theo từng ao, mỗi lần chỉ 300–500 kg; thương lái đến mua và trừ cước vào giá 3.000–5.000 đồng/kg. Hàng có khi chờ xe 5–6 giờ, tôm giảm chất lượng. Không hộ nào đủ hàng để thuê riêng một chuyến xe lạnh.",
                    "Farmers harvest shrimp and fish pond by pond, only 300–500 kg at a time, and the traders who come to buy deduct 3,000–5,000 VND/kg for freight. Goods sometimes wait 5–6 hours for a truck, and the shrimp lose quality. No household has enough to hire a refrigerated truck on its own.",
                ),
            },
            Case {
                title: (
                    "giao gạo đặc sản của hợp tác xã Hải Hậu tới 120 cửa hàng trong tỉnh",
                    "delivering a Hải Hậu cooperative's specialty rice to 120 shops across the province",
                ),
                situation: (
                    "Hợp tác xã bán 40 tấn gạo mỗi tháng cho khoảng 120 cửa hàng, đại lý trong tỉnh, mỗi nơi đặt 100–500 kg. Hai xe tải 2,5 tấn chạy theo đường tài xế tự chọn, chi phí xăng dầu và lương tài xế chiếm khoảng 9% doanh thu. Nhiều đơn giao trễ 1–2 ngày.",
                    "The cooperative sells 40 tonnes of rice a month to about 120 shops and agents in the province, each ordering 100–500 kg. Its two 2.5-tonne trucks follow whatever roads the drivers choose, and fuel and driver wages take about 9% of revenue. Many orders arrive 1–2 days late.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 25% chi phí vận chuyển trên mỗi kg nông sản; hệ số lấp đầy xe trên 80% mà không kéo dài thời gian từ lúc thu hoạch tới lúc giao hàng.",
    },
    Problem {
        name: ("bảo quản lạnh nông sản tại vùng trồng", "cold storage of produce at the farm"),
        cases: [
            Case {
                title: (
                    "rau vụ đông bị dập, héo trong lúc chờ thương lái ở vùng rau Yên Mô",
                    "winter vegetables bruising and wilting while waiting for traders in Yên Mô",
                ),
                situation: (
                    "Cao điểm vụ đông, vùng rau thu hoạch 15–20 tấn bắp cải, su hào, cà chua mỗi ngày nhưng thương lái chỉ đến lấy 2–3 ngày một lần. Rau để dưới mái tôn nóng 30–35 °C, hao hụt 20–30%. Vùng trồng chưa có điện ba pha và hợp tác xã chỉ góp được khoảng 300 triệu đồng.",
                    "At the peak of the winter season the area harvests 15–20 tonnes of cabbage, kohlrabi and tomatoes a day, but traders collect only every 2–3 days. The vegetables sit under tin roofs at 30–35 °C and 20–30% are lost. The area has no three-phase power, and the cooperative can contribute only about 300 million VND.",
                ),
            },
            Case {
                title: (
                    "dưa lưới thu hoạch dồn một lúc tại trang trại nhà màng ở Nho Quan",
                    "a glut of netted melons harvested all at once at a greenhouse farm in Nho Quan",
                ),
                situation: (
                    "Trang trại 2 ha nhà màng thu 6–8 tấn dưa mỗi đợt trong 5 ngày, trong khi siêu thị chỉ nhận 1 tấn/ngày. Ở nhiệt độ phòng dưa chỉ giữ được 5–7 ngày, phần còn lại phải bán rẻ hơn 30–40% cho thương lái. Trang trại muốn giãn thời gian bán ra trong 2–3 tuần.",
                    "The 2-ha greenhouse farm picks 6–8 tonnes of melons per flush over 5 days, while supermarkets take only 1 tonne a day. At room temperature the melons keep only 5–7 days, and the rest must go to traders 30–40% cheaper. The farm wants to spread sales over 2–3 weeks.",
                ),
            },
            Case {
                title: (
                    "giữ tươi nấm và rau gia vị cho hợp tác xã ở Gia Viễn",
                    "keeping mushrooms and herbs fresh for a cooperative in Gia Viễn",
                ),
                situation: (
                    "Hợp tác xã sản xuất 300 kg nấm sò, nấm rơm và 200 kg rau gia vị mỗi ngày, hàng chỉ tươi được 24–36 giờ ở nhiệt độ thường. Mỗi tháng phải bỏ khoảng 1,5 tấn hàng vì không kịp giao. Tủ mát thương mại hiện có tốn 7–8 triệu đồng tiền điện mỗi tháng vì giá điện giờ cao điểm.",
                    "The cooperative produces 300 kg of oyster and straw mushrooms and 200 kg of herbs a day, which stay fresh for only 24–36 hours at ambient temperature. It throws away about 1.5 tonnes of produce a month because it cannot deliver in time. Its existing commercial chiller costs 7–8 million VND a month in electricity because of peak-hour tariffs.",
                ),
            },
        ],
        wanted: "Giữ nông sản ở 2–8 °C ngay tại vùng trồng, kéo dài thời gian bán ra thêm ít nhất 7–10 ngày và giảm hao hụt xuống dưới 10%; tiền điện vận hành dưới 1 triệu đồng/tháng.",
    },
    Problem {
        name: (
            "giảm thời gian xe tải chờ bốc dỡ tại kho, cảng và nhà máy",
            "cutting truck waiting times at warehouses, ports and plants",
        ),
        cases: [
            Case {
                title: (
                    "xe chở xi măng xếp hàng dài trước cổng nhà máy ở Tam Điệp",
                    "cement trucks queuing outside a plant gate in Tam Điệp",
                ),
                situation: (
                    "Mỗi ngày có 400–500 lượt xe vào nhận xi măng, tài xế đến tự do nên giờ cao điểm buổi sáng có 80–100 xe đỗ dọc quốc lộ, chờ 3–4 giờ. Lực lượng cảnh sát giao thông đã nhiều lần nhắc nhở về ùn tắc và mất an toàn. Nhà máy có 6 máng xuất xi măng bao và 2 trạm xuất xi măng rời.",
                    "400–500 trucks a day come to collect cement and drivers turn up whenever they like, so at the morning peak 80–100 trucks park along the national highway and wait 3–4 hours. Traffic police have repeatedly warned about congestion and safety. The plant has 6 bagged-cement loading chutes and 2 bulk loading stations.",
                ),
            },
            Case {
                title: (
                    "xe container chờ lấy hàng lâu tại cảng sông Ninh Phúc",
                    "container trucks waiting for cargo at Ninh Phúc river port",
                ),
                situation: (
                    "Cảng tiếp nhận 150–200 lượt xe container mỗi ngày, thủ tục giao nhận vẫn làm bằng phiếu giấy tại cổng nên mỗi xe mất 20–30 phút chỉ để vào cảng. Những ngày sà lan cập dồn, thời gian quay vòng xe lên tới 5–6 giờ. Các nhà xe phàn nàn và tính thêm phí chờ.",
                    "The port handles 150–200 container-truck visits a day, and handover paperwork is still done on paper slips at the gate, so each truck spends 20–30 minutes just getting in. On days when barges arrive together, truck turnaround reaches 5–6 hours. Hauliers complain and charge waiting fees.",
                ),
            },
            Case {
                title: (
                    "xe giao nguyên liệu ùn ứ ở cửa kho nhà máy may trong khu công nghiệp Gián Khẩu",
                    "supply trucks piling up at the loading docks of a garment factory in Gián Khẩu industrial park",
                ),
                situation: (
                    "Kho có 4 cửa dock nhưng 30–40 xe của nhà cung cấp thường đến cùng lúc 7–9 giờ sáng, xe đến sau phải chờ 2–3 giờ trong khi buổi chiều cửa dock bỏ trống. Công nhân bốc xếp phải tăng ca buổi sáng. Nhà máy muốn rải đều lượt xe trong ngày mà không thuê thêm người.",
                    "The warehouse has 4 dock doors, but 30–40 supplier trucks usually arrive together between 7 and 9 a.m.; latecomers wait 2–3 hours while the docks sit idle in the afternoon. Loaders have to work overtime in the mornings. The factory wants to spread truck arrivals across the day without hiring more staff.",
                ),
            },
        ],
        wanted: "Thời gian chờ trung bình của mỗi xe dưới 45 phút, không còn xe đỗ chờ trên đường công cộng; thủ tục tại cổng dưới 2 phút mỗi xe.",
    },
    Problem {
        name: (
            "giảm sai lệch tồn kho tại kho phân phối và kho nhà máy",
            "reducing stock discrepancies in distribution and factory warehouses",
        ),
        cases: [
            Case {
                title: (
                    "kiểm kê chậm và lệch tồn kho tại kho phân phối hàng tiêu dùng 5.000 m² ở Hoa Lư",
                    "slow stocktakes and stock discrepancies at a 5,000 m² consumer-goods distribution warehouse in Hoa Lư",
                ),
                situation: (
                    "Kho quản lý khoảng 2.500 mã hàng, mỗi quý phải ngừng xuất hàng 2 ngày để 20 nhân viên kiểm kê thủ công. Chênh lệch giữa sổ sách và thực tế thường 2–3% giá trị tồn kho, nhiều lần giao thiếu hàng cho đại lý. Nhân viên đã quen quét mã vạch nhưng hay sót khi hàng xếp cao.",
                    "The warehouse handles about 2,500 SKUs and every quarter halts dispatch for 2 days while 20 staff count stock by hand. The gap between books and shelves is typically 2–3% of inventory value, and agents have repeatedly received short deliveries. Staff are used to barcode scanning but often miss items stacked high.",
                ),
            },
            Case {
                title: (
                    "xuất nhầm lô vải và phụ liệu trong kho nhà máy may ở khu công nghiệp Khánh Phú",
                    "wrong fabric and trim lots issued from a garment factory store in Khánh Phú industrial park",
                ),
                situation: (
                    "Kho chứa 8.000–10.000 cuộn vải thuộc hàng trăm lô nhuộm khác nhau; xuất nhầm lô làm sản phẩm lệch màu và bị khách hàng trả về 1–2 lần mỗi quý. Tìm một cuộn vải cụ thể có khi mất 30–45 phút. Khách hàng xuất khẩu yêu cầu truy được từng cuộn vải tới đơn hàng.",
                    "The store holds 8,000–10,000 fabric rolls from hundreds of dye lots; issuing the wrong lot causes colour mismatches and customer returns 1–2 times a quarter. Finding a particular roll can take 30–45 minutes. Export customers require every roll to be traceable to its order.",
                ),
            },
            Case {
                title: (
                    "linh kiện thất lạc trong kho phục vụ dây chuyền lắp ráp ô tô ở khu công nghiệp Gián Khẩu",
                    "missing parts in the store feeding a car assembly line in Gián Khẩu industrial park",
                ),
                situation: (
                    "Kho linh kiện có 6.000 vị trí kệ, mỗi tháng 15–20 lần dây chuyền phải chờ vì phần mềm báo còn hàng nhưng không tìm thấy trên kệ. Kiểm kê cuối năm mất 3 ngày và phải thuê thêm lao động thời vụ. Nhà máy yêu cầu độ chính xác tồn kho trên 99%.",
                    "The parts store has 6,000 shelf locations, and 15–20 times a month the line waits because the software shows stock that cannot be found on the shelves. The year-end stocktake takes 3 days and needs temporary workers. The plant requires inventory accuracy above 99%.",
                ),
            },
        ],
        wanted: "Độ chính xác tồn kho đạt trên 99,5%; kiểm kê toàn kho xong trong một ca làm việc mà không phải ngừng nhập, xuất hàng.",
    },
];
