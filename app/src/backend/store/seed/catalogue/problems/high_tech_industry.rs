//! The high-tech-industry sector's problems (see `super::super`).

use super::super::{Case, Problem};

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
