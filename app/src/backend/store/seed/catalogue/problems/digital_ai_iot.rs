//! The digital-ai-iot sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("chuyển đổi số quy trình quản lý doanh nghiệp", "digitising company management processes"),
        cases: [
            Case {
                title: (
                    "thay sổ tay và bảng tính rời rạc tại công ty phân phối vật liệu xây dựng 60 nhân viên",
                    "replacing notebooks and scattered spreadsheets at a 60-staff building-materials distributor",
                ),
                situation: (
                    "Công ty có 4 kho ở Tam Điệp, Hoa Lư và Phủ Lý, mỗi kho ghi nhập xuất bằng sổ tay rồi cuối ngày chụp ảnh gửi về văn phòng. Kế toán mất 3–4 ngày mỗi tháng đối chiếu tồn kho, sai lệch thường xuyên 2–3% giá trị hàng. Ngân sách năm đầu khoảng 250 triệu đồng, nhân viên kho phần lớn trên 45 tuổi.",
                    "The company has four warehouses in Tam Điệp, Hoa Lư and Phủ Lý; each records goods in and out in a notebook and sends photos to the office at the end of the day. Accountants spend 3–4 days a month reconciling stock, with recurring discrepancies of 2–3% of stock value. The first-year budget is about 250 million VND, and most warehouse staff are over 45.",
                ),
            },
            Case {
                title: (
                    "số hóa phê duyệt đề xuất mua hàng, tạm ứng tại nhà máy may 1.500 công nhân",
                    "digitising purchase-request and cash-advance approvals at a 1,500-worker garment factory",
                ),
                situation: (
                    "Mỗi tháng nhà máy có khoảng 400 đề xuất mua vật tư, tạm ứng, công tác phí, tất cả trình ký giấy qua 3–4 cấp. Một bộ hồ sơ mất trung bình 5 ngày và hay thất lạc khi giám đốc đi vắng. Nhà máy muốn triển khai trong quý tới và phải kết nối với phần mềm kế toán đang dùng.",
                    "Each month the factory handles about 400 requests for materials, cash advances and travel expenses, all signed on paper through 3–4 levels. A file takes five days on average and often goes missing when the director is away. The factory wants to go live next quarter and must connect to its existing accounting software.",
                ),
            },
            Case {
                title: (
                    "quản lý đơn hàng và công nợ đại lý tại cơ sở sản xuất cơm cháy 30 lao động",
                    "managing orders and dealer receivables at a 30-worker crispy-rice producer",
                ),
                situation: (
                    "Cơ sở nhận đơn qua điện thoại và tin nhắn từ khoảng 120 đại lý, chủ cơ sở ghi vào vở rồi đọc cho xưởng. Mỗi tháng có 10–15 đơn giao nhầm hoặc trễ, công nợ đại lý lên tới 900 triệu đồng nhưng không ai nắm chính xác ai nợ bao nhiêu. Cơ sở không có nhân viên công nghệ thông tin.",
                    "The business takes orders by phone and text from about 120 dealers; the owner writes them in a notebook and reads them out to the workshop. Each month 10–15 orders are delivered wrong or late, and dealer debts reach 900 million VND, but nobody knows exactly who owes what. There is no IT staff.",
                ),
            },
        ],
        wanted: "Toàn bộ đơn hàng, tồn kho và phê duyệt được ghi nhận trên một hệ thống trong 6 tháng; thời gian lập báo cáo tồn kho, công nợ cuối tháng giảm từ vài ngày xuống dưới 1 giờ.",
    },
    Problem {
        name: ("giám sát thiết bị từ xa theo thời gian thực", "real-time remote equipment monitoring"),
        cases: [
            Case {
                title: (
                    "theo dõi điện năng và trạng thái 45 máy ép nhựa tại nhà máy trong khu công nghiệp Gián Khẩu",
                    "tracking the power use and status of 45 injection-moulding machines at a plant in Gián Khẩu industrial park",
                ),
                situation: (
                    "Tiền điện của nhà máy khoảng 1,2 tỷ đồng mỗi tháng nhưng không ai biết máy nào tiêu tốn nhiều nhất. Quản đốc chỉ phát hiện máy dừng khi đi tuần, có ca mất 2–3 giờ sản xuất. Nhà máy chạy 3 ca liên tục nên không thể dừng máy để lắp thiết bị.",
                    "The plant's electricity bill is about 1.2 billion VND a month, yet nobody knows which machines use the most. Supervisors only notice a stopped machine on their rounds, and some shifts lose 2–3 hours of production. The plant runs three shifts non-stop, so machines cannot be stopped for installation.",
                ),
            },
            Case {
                title: (
                    "giám sát 26 trạm bơm tiêu úng nằm rải rác trong vùng trũng Kim Sơn, Yên Khánh",
                    "monitoring 26 scattered drainage pumping stations in the low-lying Kim Sơn and Yên Khánh area",
                ),
                situation: (
                    "Mỗi trạm có 1–2 công nhân trực, mùa mưa phải đi kiểm tra mực nước rồi gọi điện báo về. Năm ngoái 3 động cơ bơm bị cháy do mất pha không được phát hiện kịp, chi phí sửa chữa khoảng 180 triệu đồng. Nhiều trạm chỉ có sóng di động yếu.",
                    "Each station has one or two operators who, in the rainy season, go round checking water levels and phone them in. Last year three pump motors burned out from undetected phase loss, costing about 180 million VND to repair. Many stations have only weak mobile signal.",
                ),
            },
            Case {
                title: (
                    "cảnh báo sự cố kho lạnh và máy phát điện tại cơ sở chế biến thủy sản ở Giao Thủy",
                    "alerts for cold-room and generator failures at a seafood processor in Giao Thủy",
                ),
                situation: (
                    "Cơ sở có 4 kho lạnh -18°C chứa tổng cộng khoảng 200 tấn tôm, cá, nhiệt độ chỉ được ghi tay 2 lần mỗi ca. Một lần máy nén hỏng lúc nửa đêm làm hư 6 tấn hàng. Nhà nhập khẩu yêu cầu nhật ký nhiệt độ liên tục cho từng lô.",
                    "The plant has four -18°C cold rooms holding about 200 tonnes of shrimp and fish in total, and temperatures are written down by hand twice a shift. One compressor failure at midnight spoiled 6 tonnes of product. Importers require a continuous temperature log for every lot.",
                ),
            },
        ],
        wanted: "Dữ liệu thiết bị cập nhật tối thiểu mỗi phút, cảnh báo đến điện thoại người phụ trách trong vòng 2 phút khi có sự cố; nhật ký được lưu ít nhất 12 tháng.",
    },
    Problem {
        name: (
            "giảm tải tiếp nhận, hướng dẫn hồ sơ tại bộ phận một cửa",
            "easing the intake and guidance workload at one-stop public service desks",
        ),
        cases: [
            Case {
                title: (
                    "hướng dẫn thủ tục đất đai cho người dân tại bộ phận một cửa của xã mới sáp nhập",
                    "guiding residents through land procedures at the one-stop desk of a newly merged commune",
                ),
                situation: (
                    "Sau sáp nhập, xã phục vụ khoảng 38.000 dân nhưng bộ phận một cửa chỉ có 5 cán bộ, ngày cao điểm có hơn 150 lượt hỏi về chuyển nhượng, tách thửa. Khoảng 35% hồ sơ bị trả lại vì thiếu giấy tờ, người dân phải đi lại 2–3 lần.",
                    "Since the merger the commune serves about 38,000 residents, but its one-stop desk has only five officers, and on peak days more than 150 people ask about land transfers and plot subdivision. About 35% of files are returned for missing documents, so residents have to come back two or three times.",
                ),
            },
            Case {
                title: (
                    "trả lời nhà đầu tư về thủ tục cấp phép đầu tư, xây dựng ngoài giờ hành chính",
                    "answering investors' questions on investment and construction permits outside office hours",
                ),
                situation: (
                    "Trung tâm phục vụ hành chính công của tỉnh nhận khoảng 1.200 cuộc gọi và tin nhắn mỗi tuần, hơn một nửa là câu hỏi lặp lại về thành phần hồ sơ và lệ phí. Nhà đầu tư nước ngoài thường hỏi vào buổi tối bằng tiếng Anh, đến sáng hôm sau mới có người trả lời.",
                    "The provincial public administration service centre receives about 1,200 calls and messages a week, more than half of them repeated questions about required documents and fees. Foreign investors often ask in English in the evening and get no answer until the next morning.",
                ),
            },
            Case {
                title: (
                    "tra cứu sổ hộ tịch viết tay lưu trữ từ năm 1975 tại các xã",
                    "searching handwritten civil-status registers kept since 1975 in the communes",
                ),
                situation: (
                    "Khoảng 60.000 trang sổ khai sinh, kết hôn viết tay đang lưu trong tủ gỗ, nhiều trang đã ố mờ. Mỗi lần cấp bản sao trích lục, cán bộ phải lật tìm 20–40 phút. Tỉnh yêu cầu đưa toàn bộ dữ liệu vào cơ sở dữ liệu hộ tịch điện tử trong năm 2026.",
                    "About 60,000 pages of handwritten birth and marriage registers sit in wooden cabinets, many of them faded. Each certified extract takes an officer 20–40 minutes of leafing through books. The province requires all of it to be entered into the electronic civil-status database during 2026.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 50% lượt hỏi trực tiếp lặp lại và đưa tỷ lệ hồ sơ bị trả lại xuống dưới 10%; tra cứu một bản ghi hộ tịch trong dưới 1 phút.",
    },
    Problem {
        name: ("tự động hóa xử lý cuộc gọi chăm sóc khách hàng", "automating customer-service call handling"),
        cases: [
            Case {
                title: (
                    "giảm cuộc gọi nhỡ tại tổng đài báo sự cố của công ty cấp nước 90.000 khách hàng",
                    "cutting missed calls at the fault-reporting line of a water utility with 90,000 customers",
                ),
                situation: (
                    "Tổng đài có 8 điện thoại viên, ngày mất nước hoặc vỡ ống nhận tới 2.500 cuộc gọi và khoảng 40% không được trả lời. Phần lớn khách chỉ hỏi giờ có nước trở lại hoặc báo cùng một sự cố. Nhiều khách lớn tuổi nói giọng địa phương, không quen bấm phím chọn.",
                    "The line has eight agents; on days with supply cuts or burst mains it receives up to 2,500 calls and about 40% go unanswered. Most callers only ask when the water will be back or report the same incident. Many older customers speak with a strong local accent and are not used to keypad menus.",
                ),
            },
            Case {
                title: (
                    "nhận đặt phòng qua điện thoại ngoài giờ cho khu nghỉ dưỡng 120 phòng ở Tam Cốc",
                    "taking after-hours phone bookings for a 120-room resort in Tam Cốc",
                ),
                situation: (
                    "Khoảng 30% cuộc gọi đặt phòng đến sau 21 giờ hoặc vào dịp lễ khi lễ tân đang bận với khách tại quầy. Khu nghỉ ước tính mất 15–20 lượt đặt phòng mỗi tháng vì khách gọi không ai nghe máy. Chi phí không cho phép tuyển thêm lễ tân trực đêm.",
                    "About 30% of booking calls come in after 9 p.m. or during holidays, when the front desk is busy with guests at the counter. The resort estimates it loses 15–20 bookings a month because calls go unanswered. Costs rule out hiring another night receptionist.",
                ),
            },
            Case {
                title: (
                    "chấm điểm chất lượng cuộc gọi của 40 điện thoại viên tại trung tâm bảo hành điện máy",
                    "quality-scoring the calls of 40 agents at an appliance warranty centre",
                ),
                situation: (
                    "Bộ phận giám sát chỉ nghe lại được khoảng 2% trong 25.000 cuộc gọi mỗi tháng nên khiếu nại về thái độ phục vụ thường bị phát hiện muộn. Ghi âm lưu rời rạc, không tìm được theo nội dung. Doanh nghiệp muốn giữ toàn bộ ghi âm trên máy chủ của mình.",
                    "Supervisors can replay only about 2% of the 25,000 calls a month, so complaints about agents' attitude surface late. Recordings are stored piecemeal and cannot be searched by content. The company wants all recordings to stay on its own servers.",
                ),
            },
        ],
        wanted: "Tự động xử lý hoặc phân loại ít nhất 50% cuộc gọi đến, tỷ lệ cuộc gọi nhỡ dưới 5%; mỗi cuộc gọi có bản ghi văn bản tra cứu được theo từ khóa.",
    },
];
