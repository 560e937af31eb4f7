//! The digital-ai-iot sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("trợ lý ảo hỏi đáp thủ tục hành chính", "virtual assistant for administrative procedures"),
        solves: "trả lời người dân về thủ tục hành chính ngoài giờ làm việc",
        how: (
            "Mô hình ngôn ngữ lớn được tinh chỉnh trên khoảng 1.900 thủ tục của Cổng dịch vụ công và các văn bản hướng dẫn của tỉnh, trả lời qua ứng dụng nhắn tin, website và ki-ốt đặt tại bộ phận một cửa. Mỗi câu trả lời kèm trích dẫn điều khoản và đường dẫn nộp hồ sơ trực tuyến; câu hỏi vượt phạm vi được chuyển cho cán bộ trực trong giờ hành chính.",
            "A large language model fine-tuned on about 1,900 procedures from the National Public Service Portal and the province's guidance documents answers through messaging apps, the website and a kiosk at the one-stop desk. Every answer cites the relevant clause and links to the online filing page; questions outside its scope are passed to the duty officer during office hours.",
        ),
        gain: (
            "trả lời tự động 70–80% câu hỏi về thủ tục suốt 24 giờ và giảm 40% số hồ sơ bị trả lại vì thiếu giấy tờ",
            "answers 70–80% of procedure questions automatically around the clock and cuts files returned for missing documents by 40%",
        ),
        variants: [
            Variant {
                title: (
                    "Trợ lý ảo hỏi đáp thủ tục hành chính qua ứng dụng nhắn tin và cổng dịch vụ công",
                    "Administrative-procedure virtual assistant on messaging apps and the public-service portal",
                ),
                detail: "Tích hợp vào kênh nhắn tin chính thức của UBND và cổng dịch vụ công, tra cứu được tình trạng hồ sơ theo mã số biên nhận.",
            },
            Variant {
                title: (
                    "Trợ lý ảo thủ tục hành chính bằng giọng nói tại ki-ốt bộ phận một cửa cấp xã",
                    "Voice-based administrative-procedure assistant at commune one-stop kiosks",
                ),
                detail: "Người cao tuổi hỏi bằng giọng nói, ki-ốt in phiếu hướng dẫn thành phần hồ sơ và tờ khai đã điền sẵn thông tin.",
            },
            Variant {
                title: (
                    "Trợ lý ảo thủ tục đất đai, hộ tịch chạy trên máy chủ nội bộ của tỉnh",
                    "Virtual assistant for land and civil-status procedures running on the province's own servers",
                ),
                detail: "Mô hình cỡ nhỏ chạy tại trung tâm dữ liệu của tỉnh nên dữ liệu công dân không ra khỏi mạng nội bộ.",
            },
        ],
        users: [
            "bộ phận một cửa của UBND cấp xã",
            "trung tâm phục vụ hành chính công cấp tỉnh",
            "văn phòng đăng ký đất đai và các chi nhánh khu vực",
        ],
        strengths: [
            "Mỗi câu trả lời trích dẫn điều, khoản và văn bản gốc để cán bộ kiểm chứng",
            "Tự cập nhật khi tỉnh công bố thủ tục mới hoặc sửa đổi, không phải huấn luyện lại từ đầu",
        ],
    },
    Tech {
        name: ("nền tảng IoT giám sát nhà xưởng", "IoT platform for factory monitoring"),
        solves: "giám sát thiết bị và điện năng nhà xưởng từ xa",
        how: (
            "Đồng hồ điện đa chức năng, cảm biến dòng kẹp và cảm biến nhiệt độ, độ rung gắn vào tủ điện và các máy chính, gửi số liệu mỗi 5 giây qua gateway Modbus/4G lên máy chủ đám mây. Bảng điều khiển hiển thị công suất, hệ số công suất, giờ chạy và trạng thái từng máy, gửi cảnh báo về điện thoại khi quá tải, mất pha hoặc nhiệt độ vượt ngưỡng.",
            "Multifunction power meters, clamp-on current sensors and temperature and vibration sensors fitted to switchboards and the main machines send readings every 5 seconds through a Modbus/4G gateway to a cloud server. A dashboard shows power, power factor, running hours and the status of each machine, and pushes alerts to phones on overload, phase loss or over-temperature.",
        ),
        gain: (
            "giảm 8–15% điện năng tiêu thụ nhờ phát hiện máy chạy không tải và tránh bị phạt tiền công suất phản kháng",
            "cuts electricity use by 8–15% by spotting idling machines and avoiding reactive-power penalties",
        ),
        variants: [
            Variant {
                title: (
                    "Nền tảng IoT giám sát nhà xưởng lắp không cần dừng máy, dùng cảm biến dòng kẹp",
                    "Factory-monitoring IoT platform installed without stopping machines, using clamp-on current sensors",
                ),
                detail: "Cảm biến dòng kẹp ngoài dây cáp và gateway chạy pin, lắp xong một xưởng 30 máy trong một ngày mà không cắt điện.",
            },
            Variant {
                title: (
                    "Nền tảng IoT giám sát nhà xưởng đọc trực tiếp dữ liệu PLC và biến tần",
                    "Factory-monitoring IoT platform reading PLC and drive data directly",
                ),
                detail: "Kết nối PLC, biến tần qua Modbus TCP và OPC UA để lấy cả sản lượng, mã lỗi và tốc độ máy chứ không chỉ điện năng.",
            },
            Variant {
                title: (
                    "Nền tảng IoT giám sát nhà xưởng may, da giày theo từng chuyền",
                    "Factory-monitoring IoT platform for garment and footwear lines, line by line",
                ),
                detail: "Gắn bộ đếm vào máy may công nghiệp, tính hiệu suất và điện năng theo từng chuyền, từng ca để so sánh.",
            },
        ],
        users: [
            "nhà máy may trong khu công nghiệp Khánh Phú",
            "xưởng cơ khí có trạm biến áp riêng 560–1.000 kVA",
            "phòng kỹ thuật của ban quản lý khu công nghiệp Gián Khẩu",
        ],
        strengths: [
            "Lắp đặt không cần cắt điện, không đục khoét tủ điện hiện có",
            "Báo cáo điện năng theo ca, theo máy xuất thẳng ra bảng tính cho kế toán",
        ],
    },
    Tech {
        name: ("mô hình nhận dạng tiếng nói tiếng Việt cho tổng đài", "Vietnamese speech recognition for call centres"),
        solves: "quá tải cuộc gọi tại tổng đài chăm sóc khách hàng",
        how: (
            "Mô hình nhận dạng tiếng nói huấn luyện trên hơn 3.000 giờ hội thoại điện thoại tiếng Việt ba miền chuyển lời khách thành văn bản theo thời gian thực với tỷ lệ lỗi từ dưới 10%; tổng đài tự động (voicebot) xử lý các yêu cầu lặp lại như tra cứu đơn hàng, đặt lịch, báo sự cố. Cuộc gọi phức tạp được chuyển cho điện thoại viên kèm bản tóm tắt nội dung.",
            "A speech-recognition model trained on more than 3,000 hours of Vietnamese telephone conversations in all three regional accents transcribes callers in real time with a word error rate below 10%; a voicebot handles repetitive requests such as order look-ups, appointments and fault reports. Complex calls are passed to an agent together with a summary of the conversation.",
        ),
        gain: (
            "tự xử lý 50–65% cuộc gọi lặp lại và giảm thời gian chờ máy từ vài phút xuống dưới 20 giây",
            "handles 50–65% of repetitive calls on its own and cuts waiting time from several minutes to under 20 seconds",
        ),
        variants: [
            Variant {
                title: (
                    "Nhận dạng tiếng nói tiếng Việt cho tổng đài, tinh chỉnh cho giọng Nam Định – Ninh Bình",
                    "Vietnamese speech recognition for call centres tuned to Nam Định – Ninh Bình accents",
                ),
                detail: "Tinh chỉnh thêm 400 giờ ghi âm giọng địa phương và từ ngữ chuyên ngành điện, nước, giảm lỗi nhận dạng với khách hàng lớn tuổi.",
            },
            Variant {
                title: (
                    "Nhận dạng tiếng nói tiếng Việt phân tích 100% cuộc gọi tổng đài để chấm điểm chất lượng",
                    "Vietnamese speech recognition analysing 100% of call-centre calls for quality scoring",
                ),
                detail: "Không thay điện thoại viên mà chuyển toàn bộ cuộc gọi thành văn bản, phát hiện cảm xúc tiêu cực và lỗi quy trình để giám sát chấm điểm.",
            },
            Variant {
                title: (
                    "Nhận dạng tiếng nói tiếng Việt cho tổng đài đặt phòng, đặt bàn của khách sạn và nhà hàng",
                    "Vietnamese speech recognition for hotel and restaurant booking lines",
                ),
                detail: "Voicebot nhận đặt phòng, đặt bàn ngoài giờ, ghi thẳng vào phần mềm quản lý và nhắn tin xác nhận cho khách.",
            },
        ],
        users: [
            "tổng đài chăm sóc khách hàng của công ty cấp nước sạch",
            "tổng đài đặt phòng của khu nghỉ dưỡng ở Tam Cốc",
            "trung tâm bảo hành của nhà phân phối điện máy, xe máy",
        ],
        strengths: [
            "Chạy được trên máy chủ tại chỗ, không gửi ghi âm khách hàng ra nước ngoài",
            "Tự tóm tắt cuộc gọi và điền phiếu yêu cầu, điện thoại viên không phải ghi tay",
        ],
    },
    Tech {
        name: ("phân tích dữ liệu lớn hỗ trợ ra quyết định", "big-data analytics for decision support"),
        solves: "dữ liệu kinh doanh rời rạc, khó dùng để ra quyết định",
        how: (
            "Các bộ kết nối lấy dữ liệu hằng đêm từ phần mềm bán hàng, kế toán, kho và sàn thương mại điện tử về một kho dữ liệu chung, chuẩn hóa mã hàng, mã khách. Bảng điều khiển hiển thị doanh thu, tồn kho, công nợ theo ngày; mô hình dự báo nhu cầu 4–8 tuần tới theo từng mã hàng và cảnh báo mã sắp hết hoặc tồn lâu.",
            "Connectors pull data every night from sales, accounting, warehouse and marketplace software into a single data warehouse and harmonise item and customer codes. Dashboards show daily revenue, stock and receivables; a model forecasts demand 4–8 weeks ahead for each item and flags items about to run out or sitting too long.",
        ),
        gain: (
            "giảm 20–30% hàng tồn kho chậm luân chuyển và rút thời gian lập báo cáo quản trị từ 3 ngày xuống vài phút",
            "cuts slow-moving stock by 20–30% and shortens management reporting from three days to a few minutes",
        ),
        variants: [
            Variant {
                title: (
                    "Phân tích dữ liệu lớn dự báo nhu cầu và tồn kho cho nhà phân phối hàng tiêu dùng",
                    "Big-data demand and inventory forecasting for consumer-goods distributors",
                ),
                detail: "Dự báo sức mua theo từng điểm bán, mùa lễ Tết và thời tiết để đề xuất lượng đặt hàng mỗi tuần.",
            },
            Variant {
                title: (
                    "Phân tích dữ liệu lớn theo dõi doanh thu đa kênh cho chuỗi cửa hàng đặc sản",
                    "Big-data multichannel sales tracking for specialty-food store chains",
                ),
                detail: "Gộp đơn từ cửa hàng, sàn thương mại điện tử và bán qua mạng xã hội vào một bảng, tính lãi gộp theo từng kênh.",
            },
            Variant {
                title: (
                    "Phân tích dữ liệu lớn cho sở, ngành: bản đồ doanh nghiệp và chỉ số sản xuất theo xã",
                    "Big-data analytics for provincial departments: business maps and production indices by commune",
                ),
                detail: "Tổng hợp dữ liệu đăng ký kinh doanh, thuế, lao động để lập bản đồ và chỉ số sản xuất theo xã, theo ngành.",
            },
        ],
        users: [
            "nhà phân phối hàng tiêu dùng có 300–500 điểm bán lẻ",
            "chuỗi cửa hàng đặc sản cơm cháy, thịt dê núi",
            "phòng kế hoạch của sở, ngành cấp tỉnh",
        ],
        strengths: [
            "Kết nối sẵn với các phần mềm kế toán, bán hàng phổ biến trong nước, không phải nhập lại dữ liệu",
            "Giám đốc hỏi bằng câu tiếng Việt thông thường và nhận biểu đồ trả lời",
        ],
    },
    Tech {
        name: ("giải pháp chữ ký số và hợp đồng điện tử", "digital signatures and e-contracts"),
        solves: "ký và lưu hợp đồng giấy mất thời gian",
        how: (
            "Hợp đồng soạn từ mẫu được gửi qua thư điện tử hoặc tin nhắn để các bên ký bằng chữ ký số từ xa trên điện thoại (xác thực khuôn mặt) hoặc USB token, gắn dấu thời gian và lưu trữ tại hệ thống của tổ chức cung cấp dịch vụ chứng thực chữ ký số được cấp phép. Hệ thống theo dõi thời hạn hợp đồng, phụ lục và nhắc gia hạn.",
            "Contracts drafted from templates are sent by e-mail or text message for the parties to sign with remote digital signatures on their phones (face verification) or a USB token, then time-stamped and stored with a licensed digital-signature certification provider. The system tracks contract and annex expiry dates and sends renewal reminders.",
        ),
        gain: (
            "rút thời gian ký một hợp đồng từ 5–7 ngày chuyển phát xuống dưới 1 ngày và giảm 80% chi phí in, chuyển phát, lưu kho hồ sơ",
            "shortens signing a contract from 5–7 days of courier exchange to under a day and cuts printing, courier and archiving costs by 80%",
        ),
        variants: [
            Variant {
                title: (
                    "Chữ ký số từ xa và hợp đồng điện tử ký trên điện thoại cho đại lý, nhà phân phối",
                    "Remote digital signatures and e-contracts signed on the phone for dealers and distributors",
                ),
                detail: "Đại lý ở xa xác thực khuôn mặt và căn cước gắn chip rồi ký ngay trên điện thoại, không cần USB token.",
            },
            Variant {
                title: (
                    "Chữ ký số và hợp đồng điện tử cho hợp đồng lao động của nhà máy đông công nhân",
                    "Digital signatures and e-contracts for labour contracts in large factories",
                ),
                detail: "Ký hàng loạt hàng nghìn hợp đồng, phụ lục lương cùng lúc, công nhân nhận và ký qua ứng dụng trên điện thoại.",
            },
            Variant {
                title: (
                    "Chữ ký số và hợp đồng điện tử kết nối phần mềm kế toán, hóa đơn điện tử",
                    "Digital signatures and e-contracts linked to accounting and e-invoicing software",
                ),
                detail: "Hợp đồng đã ký tự sinh đơn hàng và hóa đơn điện tử, đối chiếu công nợ theo từng điều khoản thanh toán.",
            },
        ],
        users: [
            "nhà máy may, da giày có 2.000–5.000 công nhân",
            "công ty phân phối vật liệu xây dựng có mạng lưới đại lý cấp 2",
            "công ty cho thuê nhà xưởng trong khu công nghiệp",
        ],
        strengths: [
            "Hợp đồng có giá trị pháp lý như bản giấy theo Luật Giao dịch điện tử 2023",
            "Tra cứu mọi hợp đồng, phụ lục theo tên đối tác hoặc số hợp đồng trong vài giây",
        ],
    },
    Tech {
        name: ("số hóa hồ sơ giấy bằng OCR tiếng Việt", "Vietnamese OCR for digitising paper records"),
        solves: "nhập liệu thủ công hàng nghìn hồ sơ, chứng từ giấy",
        how: (
            "Máy quét tốc độ 60–80 trang/phút kết hợp mô hình OCR nhận dạng chữ in và chữ viết tay tiếng Việt có dấu, tự phân loại văn bản (hóa đơn, phiếu nhập kho, sổ hộ tịch, giấy chứng nhận) và trích các trường như số hiệu, ngày, họ tên, số tiền vào cơ sở dữ liệu. Trường có độ tin cậy thấp được tô sáng để nhân viên kiểm tra lại trước khi lưu.",
            "Scanners running at 60–80 pages a minute feed an OCR model that reads printed and handwritten Vietnamese with diacritics, sorts documents by type (invoices, goods-received notes, civil-status registers, certificates) and extracts fields such as reference number, date, name and amount into a database. Low-confidence fields are highlighted for staff to check before saving.",
        ),
        gain: (
            "giảm 70–85% thời gian nhập liệu và đưa tỷ lệ sai sót trường dữ liệu xuống dưới 1%",
            "cuts data-entry time by 70–85% and brings field errors below 1%",
        ),
        variants: [
            Variant {
                title: (
                    "Số hóa hồ sơ giấy bằng OCR tiếng Việt cho sổ hộ tịch, sổ địa chính viết tay",
                    "Vietnamese OCR digitisation of handwritten civil-status and land registers",
                ),
                detail: "Mô hình được huấn luyện riêng cho chữ viết tay trong sổ hộ tịch, sổ địa chính từ những năm 1975–2005, kể cả trang giấy ố vàng, mờ mực.",
            },
            Variant {
                title: (
                    "Số hóa hồ sơ giấy bằng OCR tiếng Việt cho chứng từ kế toán, phiếu nhập kho",
                    "Vietnamese OCR digitisation of accounting vouchers and goods-received notes",
                ),
                detail: "Đọc hóa đơn, phiếu nhập, phiếu chi chụp bằng điện thoại và tạo sẵn bút toán nháp trong phần mềm kế toán.",
            },
            Variant {
                title: (
                    "Dịch vụ số hóa hồ sơ giấy bằng OCR tiếng Việt trọn gói tại kho lưu trữ",
                    "Turnkey on-site Vietnamese OCR digitisation service for archives",
                ),
                detail: "Đội quét mang máy đến kho lưu trữ, làm sạch, đánh số, quét và bàn giao cơ sở dữ liệu tra cứu, hồ sơ không rời khỏi cơ quan.",
            },
        ],
        users: [
            "kho lưu trữ của UBND cấp xã sau sáp nhập",
            "phòng kế toán của công ty thương mại nhiều chi nhánh",
            "phòng kế hoạch tổng hợp của bệnh viện cần số hóa bệnh án giấy cũ",
        ],
        strengths: [
            "Đọc được chữ viết tay tiếng Việt có dấu trên giấy cũ, mờ mực",
            "Tìm kiếm toàn văn trong hàng trăm nghìn trang hồ sơ đã quét",
        ],
    },
    Tech {
        name: ("robot phần mềm RPA tự động hóa tác vụ văn phòng", "RPA software robots for office tasks"),
        solves: "giảm số giờ nhân viên văn phòng ngồi sao chép số liệu giữa các phần mềm",
        how: (
            "Robot phần mềm ghi lại thao tác chuột, bàn phím của nhân viên trên phần mềm kế toán, ngân hàng điện tử, cổng thuế và bảng tính rồi tự chạy lại theo lịch hoặc khi có thư điện tử đến, chẳng hạn tải sao kê, đối chiếu công nợ, lập tờ khai. Mỗi robot được dựng trong 1–3 tuần và ghi nhật ký từng bước để kiểm soát.",
            "Software robots record staff's mouse and keyboard actions in accounting software, online banking, the tax portal and spreadsheets, then replay them on a schedule or when an e-mail arrives, for example downloading statements, reconciling receivables or preparing tax returns. Each robot is built in 1–3 weeks and logs every step for control.",
        ),
        gain: (
            "giải phóng 60–120 giờ công mỗi tháng cho một phòng kế toán và loại bỏ lỗi gõ nhầm khi chuyển số liệu",
            "frees 60–120 staff hours a month per accounts department and eliminates typing errors when transferring figures",
        ),
        variants: [
            Variant {
                title: (
                    "Robot phần mềm RPA đối chiếu sao kê ngân hàng và công nợ cho phòng kế toán",
                    "RPA software robot reconciling bank statements and receivables for accounts teams",
                ),
                detail: "Mỗi sáng tự tải sao kê của nhiều ngân hàng, khớp với hóa đơn phải thu và gửi danh sách khách chậm trả cho kế toán trưởng.",
            },
            Variant {
                title: (
                    "Robot phần mềm RPA xử lý đơn hàng từ thư điện tử và sàn thương mại điện tử",
                    "RPA software robot processing orders from e-mail and online marketplaces",
                ),
                detail: "Đọc đơn đặt hàng gửi về hộp thư và các sàn, tạo phiếu xuất kho, in vận đơn mà không cần nhân viên gõ lại.",
            },
            Variant {
                title: (
                    "Robot phần mềm RPA thuê theo tháng cho doanh nghiệp nhỏ, không cần máy chủ riêng",
                    "Monthly-rental RPA software robots for small firms, no server of their own needed",
                ),
                detail: "Robot chạy trên máy chủ đám mây của nhà cung cấp với phí 1,5–3 triệu đồng mỗi robot mỗi tháng, có sẵn 20 kịch bản mẫu.",
            },
        ],
        users: [
            "phòng kế toán của công ty thương mại có 5–10 tài khoản ngân hàng",
            "bộ phận xử lý đơn của cửa hàng bán trên sàn thương mại điện tử",
            "phòng nhân sự tính lương cho nhà máy 1.000 công nhân",
        ],
        strengths: [
            "Không phải sửa hay thay các phần mềm đang dùng, robot thao tác như người",
            "Nhật ký từng bước kèm ảnh chụp màn hình giúp kiểm toán dễ truy vết",
        ],
    },
    Tech {
        name: ("hệ thống giám sát trạm bơm thủy lợi qua NB-IoT", "NB-IoT monitoring of irrigation pumping stations"),
        solves: "theo dõi và vận hành các trạm bơm nằm rải rác xa trung tâm",
        how: (
            "Mỗi trạm bơm gắn bộ điều khiển có SIM NB-IoT đo mực nước bể hút, bể xả, dòng điện, điện áp và nhiệt độ cuộn dây động cơ mỗi phút, cho phép bật, tắt máy bơm từ trung tâm điều hành. Bộ lưu điện nhỏ giữ thiết bị hoạt động 8 giờ khi mất điện lưới, cảnh báo được gửi bằng tin nhắn đến điện thoại công nhân vận hành.",
            "Each pumping station gets a controller with an NB-IoT SIM that measures intake and discharge basin levels, current, voltage and motor winding temperature every minute and lets the control centre switch pumps on and off. A small UPS keeps the device running for 8 hours during grid outages, and alerts go by text message to the operators' phones.",
        ),
        gain: (
            "giảm 30–40% số lần công nhân phải đến trạm kiểm tra và phát hiện quá tải, mất pha trước khi cháy động cơ",
            "cuts operators' trips to stations by 30–40% and catches overloads and phase loss before motors burn out",
        ),
        variants: [
            Variant {
                title: (
                    "Giám sát trạm bơm thủy lợi qua NB-IoT có điều khiển bật, tắt từ xa cho mùa tiêu úng",
                    "NB-IoT pumping-station monitoring with remote on/off control for the flood-drainage season",
                ),
                detail: "Trung tâm điều hành bật cùng lúc nhiều trạm bơm tiêu khi mưa lớn, theo mực nước đo được ở kênh chính.",
            },
            Variant {
                title: (
                    "Giám sát trạm bơm thủy lợi qua NB-IoT kèm camera chụp ảnh cửa lấy nước định kỳ",
                    "NB-IoT pumping-station monitoring with cameras taking periodic snapshots of the intake",
                ),
                detail: "Camera chụp bể hút và lưới chắn rác mỗi 30 phút để phát hiện bèo, rác gây tắc cửa lấy nước.",
            },
            Variant {
                title: (
                    "Giám sát trạm bơm thủy lợi qua NB-IoT tính điện năng trên mỗi mét khối nước bơm",
                    "NB-IoT pumping-station monitoring reporting energy per cubic metre pumped",
                ),
                detail: "Tính kWh trên mỗi m³ nước cho từng tổ máy để phát hiện bơm mòn cánh và xếp lịch đại tu.",
            },
        ],
        users: [
            "hợp tác xã dịch vụ nông nghiệp quản lý trạm bơm nội đồng",
            "công ty khai thác công trình thủy lợi cấp tỉnh",
            "nhà máy nước sạch nông thôn có giếng khoan và trạm bơm tăng áp",
        ],
        strengths: [
            "Sóng NB-IoT xuyên được tường, tủ điện và phủ tới trạm ở vùng trũng xa khu dân cư",
            "Chạy 8 giờ khi mất điện lưới và tự gửi báo cáo khi có điện trở lại",
        ],
    },
];
