//! The smart-tourism sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: (
            "nền tảng thuyết minh tự động đa ngôn ngữ cho điểm du lịch",
            "multilingual automatic audio-guide platform for tourist sites",
        ),
        solves: "thuyết minh cho du khách nước ngoài khi thiếu hướng dẫn viên ngoại ngữ",
        how: (
            "Du khách quét mã QR hoặc mở ứng dụng, điện thoại tự phát bài thuyết minh khi đến từng điểm dừng nhờ định vị GPS và beacon Bluetooth. Mỗi kịch bản được biên tập một lần bằng tiếng Việt, dịch máy, hiệu đính rồi đọc bằng giọng tổng hợp sang 8–12 ngôn ngữ.",
            "Visitors scan a QR code or open the app, and the phone plays the commentary automatically at each stop, located by GPS and Bluetooth beacons. Each script is edited once in Vietnamese, machine-translated, proofread and voiced with speech synthesis in 8–12 languages.",
        ),
        gain: (
            "phục vụ du khách bằng 8–12 ngôn ngữ mà không cần thêm hướng dẫn viên và giảm 60–70% chi phí thuyết minh trên mỗi lượt khách",
            "serves visitors in 8–12 languages without extra guides and cuts commentary cost per visitor by 60–70%",
        ),
        variants: [
            Variant {
                title: (
                    "Thuyết minh tự động đa ngôn ngữ qua mã QR, nghe ngay trên trình duyệt không cần cài ứng dụng",
                    "Multilingual automatic audio guide via QR code, played in the browser with no app to install",
                ),
                detail: "Du khách quét mã QR trên bảng chỉ dẫn để nghe thuyết minh ngay, phù hợp khách đoàn và khách lẻ chỉ dừng chân 30–60 phút.",
            },
            Variant {
                title: (
                    "Thuyết minh tự động đa ngôn ngữ kích hoạt bằng beacon Bluetooth trong hang động và nội điện",
                    "Multilingual automatic audio guide triggered by Bluetooth beacons inside caves and temple halls",
                ),
                detail: "Beacon chạy pin 2 năm gắn tại từng điểm dừng phát đúng bài thuyết minh cả ở nơi mất sóng GPS như lòng hang, nội điện, với nội dung tải sẵn ngoại tuyến.",
            },
            Variant {
                title: (
                    "Máy thuyết minh tự động đa ngôn ngữ cầm tay cho thuê tại quầy vé",
                    "Handheld multilingual automatic audio-guide device rented at the ticket desk",
                ),
                detail: "Thiết bị cầm tay lưu sẵn nội dung, sạc theo tủ 50 máy, dành cho du khách lớn tuổi hoặc không muốn dùng điện thoại của mình.",
            },
        ],
        users: [
            "ban quản lý khu di tích và danh thắng",
            "công ty lữ hành đón khách quốc tế",
            "khu du lịch sinh thái có tuyến thuyền đi qua hang động",
        ],
        strengths: [
            "Sửa kịch bản một lần, tự cập nhật sang mọi ngôn ngữ trong 24 giờ",
            "Phát được ngoại tuyến trong hang động, nơi không có sóng di động",
        ],
    },
    Tech {
        name: (
            "hệ thống đếm và dự báo lượng khách bằng camera AI",
            "AI camera system for counting and forecasting visitors",
        ),
        solves: "nắm số lượng khách theo giờ để điều tiết và tránh quá tải",
        how: (
            "Camera IP tại cổng soát vé, bến thuyền và lối đi chạy mô hình nhận dạng người ngay trên thiết bị biên, chỉ gửi số đếm vào, ra (không gửi hình ảnh) về máy chủ mỗi phút. Mô hình dự báo kết hợp số đếm lịch sử, lịch lễ hội, thời tiết và số vé bán trước để ước lượng lượng khách 1–72 giờ tới.",
            "IP cameras at ticket gates, boat piers and walkways run a person-detection model on edge devices and send only in/out counts (no images) to the server every minute. A forecasting model combines historical counts, the festival calendar, weather and advance ticket sales to estimate visitor numbers 1–72 hours ahead.",
        ),
        gain: (
            "đếm khách với sai số dưới 5% và dự báo giờ cao điểm trước 1–3 ngày để bố trí thêm nhân viên, thuyền và xe điện",
            "counts visitors within 5% error and forecasts peak hours 1–3 days ahead so extra staff, boats and shuttles can be deployed",
        ),
        variants: [
            Variant {
                title: (
                    "Đếm lượng khách bằng camera AI xử lý tại biên, không lưu hình ảnh khuôn mặt",
                    "Visitor counting with edge-processing AI cameras, storing no facial images",
                ),
                detail: "Thiết bị biên chỉ xuất số đếm theo hướng vào, ra, đáp ứng yêu cầu bảo vệ dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP.",
            },
            Variant {
                title: (
                    "Dự báo lượng khách theo giờ bằng camera AI kết hợp lịch lễ hội và thời tiết",
                    "Hourly visitor forecasting from AI cameras combined with festival calendar and weather",
                ),
                detail: "Mô hình học từ ít nhất 12 tháng số đếm lịch sử để dự báo cao điểm dịp Tết, lễ hội chùa Bái Đính và kỳ nghỉ 30/4 – 1/5.",
            },
            Variant {
                title: (
                    "Đếm lượng khách bằng camera AI chạy trên camera an ninh sẵn có của khu du lịch",
                    "Visitor counting by AI running on a tourist site's existing security cameras",
                ),
                detail: "Phần mềm lấy luồng hình từ đầu ghi hiện có qua giao thức RTSP, không phải thay camera, chi phí từ 40 triệu đồng cho 10 điểm đo.",
            },
        ],
        users: [
            "ban quản lý quần thể danh thắng có nhiều cổng vào",
            "khu du lịch tâm linh đón khách hành hương đầu năm",
            "sở văn hóa, thể thao và du lịch theo dõi lượng khách toàn tỉnh",
        ],
        strengths: [
            "Bảng điều khiển cảnh báo ngay khi một khu vực vượt 80% sức chứa",
            "Không nhận dạng khuôn mặt, chỉ lưu số đếm ẩn danh",
        ],
    },
    Tech {
        name: (
            "ứng dụng đặt vé và điều phối thuyền du lịch trên sông",
            "booking and dispatch app for river tourist boats",
        ),
        solves: "xếp hàng chờ vé và điều phối thuyền tại bến vào ngày đông khách",
        how: (
            "Du khách mua vé trực tuyến theo khung giờ 15 phút và nhận mã QR; tại bến, hệ thống cấp số thứ tự, gọi lượt qua loa và màn hình. Thuyền được phân cho lái đò theo vòng quay công bằng, giờ xuất bến và về bến của từng thuyền được ghi lại để đối soát tiền vé và tiền công.",
            "Visitors buy tickets online in 15-minute time slots and receive a QR code; at the pier, the system issues queue numbers and calls turns over loudspeakers and screens. Boats are assigned to rowers on a fair rotation, and each boat's departure and return times are logged to reconcile ticket takings with rowers' pay.",
        ),
        gain: (
            "rút thời gian chờ tại bến từ 60–90 phút xuống dưới 20 phút vào ngày cao điểm và chia lượt chở đều cho lái đò",
            "cuts waiting at the pier from 60–90 minutes to under 20 minutes on peak days and shares trips fairly among rowers",
        ),
        variants: [
            Variant {
                title: (
                    "Đặt vé thuyền du lịch theo khung giờ trên điện thoại, soát vé bằng mã QR tại bến",
                    "Time-slot tourist-boat ticket booking on the phone, with QR-code checks at the pier",
                ),
                detail: "Bán vé trước theo khung giờ có giới hạn số khách mỗi lượt, khách chỉ cần có mặt 10 phút trước giờ xuống thuyền.",
            },
            Variant {
                title: (
                    "Điều phối thuyền du lịch theo vòng quay công bằng cho lái đò bằng thẻ RFID",
                    "Tourist-boat dispatch on a fair rotation for rowers using RFID cards",
                ),
                detail: "Lái đò quẹt thẻ khi về bến để vào hàng chờ lượt mới, số chuyến và tiền công của từng người được công khai trên điện thoại cuối ngày.",
            },
            Variant {
                title: (
                    "Đặt vé và điều phối thuyền du lịch cho bến nhỏ dưới 200 thuyền, chạy trên một máy tính bảng",
                    "Ticketing and dispatch of tourist boats for small piers under 200 boats, on a single tablet",
                ),
                detail: "Phiên bản gọn gồm một máy tính bảng và máy in vé nhiệt, phù hợp bến thuyền ở đầm Vân Long, Thung Nham hay bến đò xã.",
            },
        ],
        users: [
            "ban quản lý bến thuyền khu danh thắng",
            "hợp tác xã dịch vụ đò chở khách",
            "khu du lịch sinh thái đầm, hồ có tuyến thuyền nan",
        ],
        strengths: [
            "Giới hạn số khách mỗi khung giờ theo sức chở thực tế của bến",
            "Tự đối soát doanh thu vé và tiền công lái đò cuối mỗi ngày",
        ],
    },
    Tech {
        name: ("bản đồ số 3D và tham quan thực tế ảo khu di sản", "3D digital map and virtual tour of heritage sites"),
        solves: "giới thiệu khu di sản cho du khách trước và trong chuyến đi",
        how: (
            "Khu di sản được chụp bằng flycam và quét laser mặt đất để dựng mô hình 3D độ phân giải 2–5 cm, kết hợp ảnh 360° tại 100–300 điểm. Du khách xem trên web, điện thoại hoặc kính thực tế ảo, kèm lớp thông tin về di tích, lối đi, bến thuyền, nhà vệ sinh và chỉ đường trong khu.",
            "The heritage site is captured by drone and terrestrial laser scanning to build a 3D model at 2–5 cm resolution, combined with 360° photos at 100–300 points. Visitors view it on the web, on their phone or in a VR headset, with layers on monuments, paths, boat piers, toilets and on-site wayfinding.",
        ),
        gain: (
            "tăng 20–30% tỷ lệ khách đặt vé trực tuyến sau khi xem tham quan ảo và giảm một nửa số lượt du khách phải hỏi đường nhân viên",
            "raises online ticket bookings after a virtual tour by 20–30% and halves the number of visitors asking staff for directions",
        ),
        variants: [
            Variant {
                title: (
                    "Bản đồ số 3D khu di sản từ ảnh flycam và quét laser, có chỉ đường trong khu",
                    "3D digital map of heritage sites from drone imagery and laser scanning, with on-site wayfinding",
                ),
                detail: "Mô hình 3D độ phân giải 2 cm dùng chung cho quy hoạch, trùng tu và chỉ đường cho du khách trên điện thoại.",
            },
            Variant {
                title: (
                    "Tham quan thực tế ảo khu di sản bằng ảnh 360° trên web và mạng xã hội",
                    "Virtual tour of heritage sites with 360° photos on the web and social media",
                ),
                detail: "Chuỗi ảnh 360° có thuyết minh chữ và tiếng, nhúng vào trang bán tour để khách xem trước tuyến thuyền, hang động trước khi đặt vé.",
            },
            Variant {
                title: (
                    "Tham quan thực tế ảo khu di sản bằng kính VR tại trung tâm đón khách",
                    "Heritage-site virtual tour with VR headsets at the visitor centre",
                ),
                detail: "Phòng trải nghiệm 10–20 kính VR cho khách xem các hang, đền ít mở cửa hoặc cảnh quan theo mùa như mùa lúa chín Tam Cốc.",
            },
        ],
        users: [
            "ban quản lý quần thể danh thắng Tràng An",
            "công ty lữ hành bán tour trực tuyến",
            "trung tâm xúc tiến du lịch tỉnh",
        ],
        strengths: [
            "Một mô hình 3D dùng lại cho quảng bá, bảo tồn và quy hoạch",
            "Xem mượt trên điện thoại tầm trung qua mạng 4G",
        ],
    },
    Tech {
        name: (
            "giải pháp thanh toán không tiền mặt cho làng du lịch cộng đồng",
            "cashless payments for community tourism villages",
        ),
        solves: "thu tiền dịch vụ của du khách tại các hộ làm du lịch cộng đồng",
        how: (
            "Mỗi hộ làm homestay, nấu ăn, bán đặc sản hay cho thuê xe đạp được cấp mã QR động và ứng dụng bán hàng trên điện thoại; du khách quét mã bằng ứng dụng ngân hàng, tiền về thẳng tài khoản của hộ. Ban điều hành làng nhận báo cáo doanh thu từng hộ và phần phí đóng góp vào quỹ chung theo ngày.",
            "Each household running a homestay, cooking meals, selling local specialities or renting bicycles gets a dynamic QR code and a sales app on the phone; visitors scan with their banking app and the money goes straight to the household's account. The village board receives daily reports of each household's takings and its contribution to the common fund.",
        ),
        gain: (
            "đưa tỷ lệ giao dịch không tiền mặt trong làng lên 70–80% và tăng 10–15% chi tiêu bình quân của khách quốc tế",
            "raises the share of cashless transactions in the village to 70–80% and lifts international visitors' average spending by 10–15%",
        ),
        variants: [
            Variant {
                title: (
                    "Thanh toán không tiền mặt bằng mã QR cho hộ làm du lịch cộng đồng, tiền về thẳng tài khoản hộ",
                    "QR-code cashless payments for community-tourism households, paid straight into each household's account",
                ),
                detail: "Mỗi hộ có mã QR in trên biển gỗ và loa báo tiền về, không cần máy POS, phí giao dịch 0 đồng với chuyển khoản nội địa.",
            },
            Variant {
                title: (
                    "Thẻ trả trước không tiền mặt cho du khách tại làng du lịch cộng đồng",
                    "Prepaid cashless card for visitors in community tourism villages",
                ),
                detail: "Khách nạp tiền một lần tại nhà đón tiếp rồi chạm thẻ NFC để trả tiền ăn, thuê xe đạp, đi thuyền nan, hợp với khách quốc tế không có tài khoản ngân hàng Việt Nam.",
            },
            Variant {
                title: (
                    "Thanh toán không tiền mặt kèm chia doanh thu tự động cho ban điều hành làng du lịch cộng đồng",
                    "Cashless payments with automatic revenue sharing for community-tourism village boards",
                ),
                detail: "Mỗi giao dịch tự trích 5–10% vào quỹ chung của làng theo quy chế đã thống nhất, giảm tranh chấp giữa các hộ.",
            },
        ],
        users: [
            "hộ làm homestay ở vùng đệm Tràng An",
            "ban điều hành làng du lịch cộng đồng",
            "hợp tác xã dịch vụ du lịch ven rừng Cúc Phương",
        ],
        strengths: [
            "Chỉ cần điện thoại thông minh của chủ hộ, không cần máy POS",
            "Hướng dẫn bằng video ngắn cho chủ hộ lớn tuổi",
        ],
    },
    Tech {
        name: (
            "ứng dụng gợi ý lịch trình tham quan theo mật độ khách thời gian thực",
            "itinerary recommendation app based on real-time crowd levels",
        ),
        solves: "điều hướng du khách sang các điểm tham quan vắng hơn và giữ khách lưu trú thêm ngày",
        how: (
            "Ứng dụng lấy số đếm khách thời gian thực tại 20–40 điểm, giờ mở cửa, thời tiết và sở thích du khách khai báo để xếp lịch trình từ nửa ngày đến ba ngày, tự đề xuất điểm thay thế khi một điểm vượt 80% sức chứa. Ưu đãi vé, ăn uống tại các điểm ít khách do đối tác tài trợ được đẩy kèm lịch trình.",
            "The app takes real-time visitor counts at 20–40 sites, opening hours, weather and the preferences visitors enter to build itineraries of half a day to three days, proposing an alternative whenever a site passes 80% of capacity. Partner-funded ticket and dining discounts at quieter sites are pushed along with the itinerary.",
        ),
        gain: (
            "chuyển 15–25% lượt khách giờ cao điểm sang các điểm ít đông và kéo dài thời gian lưu trú bình quân thêm 0,3–0,5 đêm",
            "shifts 15–25% of peak-hour visitors to less crowded sites and extends the average stay by 0.3–0.5 nights",
        ),
        variants: [
            Variant {
                title: (
                    "Gợi ý lịch trình tham quan Ninh Bình theo mật độ khách thời gian thực trên ứng dụng di động",
                    "Ninh Bình itinerary recommendations by real-time crowd levels in a mobile app",
                ),
                detail: "Lịch trình tự đổi thứ tự điểm đến trong ngày khi Tràng An, Tam Cốc hay Hang Múa đông, kèm chỉ đường và giờ thuyền còn chỗ.",
            },
            Variant {
                title: (
                    "Gợi ý lịch trình tham quan qua chatbot nhắn tin đa ngôn ngữ cho khách tự túc",
                    "Itinerary recommendations through a multilingual messaging chatbot for independent travellers",
                ),
                detail: "Du khách nhắn sở thích, thời gian và ngân sách, chatbot trả về lịch trình theo giờ bằng tiếng Việt, Anh, Hàn, Trung mà không cần cài ứng dụng.",
            },
            Variant {
                title: (
                    "Gợi ý lịch trình tham quan kèm ưu đãi tại điểm vắng khách, cho cơ quan quản lý điều tiết luồng khách",
                    "Itinerary recommendations with discounts at quiet sites, for authorities steering visitor flows",
                ),
                detail: "Cơ quan quản lý đặt ngưỡng sức chứa và gói ưu đãi, hệ thống tự đẩy khuyến mãi vé, ăn uống tại điểm vắng khi điểm chính sắp quá tải.",
            },
        ],
        users: [
            "sở văn hóa, thể thao và du lịch cấp tỉnh",
            "công ty lữ hành bán tour tự túc cho khách lẻ",
            "khách sạn, homestay muốn giữ khách ở thêm đêm",
        ],
        strengths: [
            "Tự đổi lịch trình khi điểm đến vượt 80% sức chứa hoặc trời mưa",
            "Đưa vào lịch trình cả điểm mới như nhà thờ đá Phát Diệm, vườn chim Thung Nham, làng cói Kim Sơn",
        ],
    },
    Tech {
        name: (
            "phần mềm quản lý phòng và đồng bộ kênh đặt phòng cho homestay",
            "room management and booking-channel sync software for homestays",
        ),
        solves: "tránh trùng phòng và sai giá khi nhận khách từ nhiều kênh đặt phòng trực tuyến",
        how: (
            "Phần mềm trên điện thoại giữ một lịch phòng duy nhất, đồng bộ hai chiều tình trạng phòng và giá với các sàn đặt phòng trực tuyến qua iCal và API mỗi 1–5 phút. Kèm theo là khai báo lưu trú với công an, xuất hóa đơn điện tử và tin nhắn hướng dẫn nhận phòng gửi tự động cho khách.",
            "Phone-based software keeps a single room calendar and syncs availability and rates both ways with online booking sites via iCal and APIs every 1–5 minutes. It also files guest residence declarations with the police, issues e-invoices and sends guests check-in instructions automatically.",
        ),
        gain: (
            "đưa số lần trùng phòng về gần bằng không, nâng công suất phòng thêm 10–20% và tiết kiệm 1–2 giờ nhập liệu mỗi ngày",
            "brings double bookings close to zero, raises occupancy by 10–20% and saves 1–2 hours of data entry a day",
        ),
        variants: [
            Variant {
                title: (
                    "Quản lý phòng và đồng bộ kênh đặt phòng cho homestay dưới 15 phòng, dùng hoàn toàn trên điện thoại",
                    "Room management and booking-channel sync for homestays under 15 rooms, entirely on the phone",
                ),
                detail: "Giao diện lịch phòng dạng ô màu, thao tác bằng một tay, phí thuê bao 150.000 đồng mỗi tháng.",
            },
            Variant {
                title: (
                    "Quản lý phòng và đồng bộ kênh đặt phòng kèm khai báo lưu trú và hóa đơn điện tử",
                    "Room management and booking-channel sync with guest registration and e-invoicing",
                ),
                detail: "Đọc chip căn cước, hộ chiếu bằng camera điện thoại để khai báo lưu trú trong 1 phút và xuất hóa đơn điện tử đúng quy định thuế.",
            },
            Variant {
                title: (
                    "Quản lý phòng và đồng bộ kênh đặt phòng có giá tự điều chỉnh theo mùa lễ hội",
                    "Room management and booking-channel sync with rates that adjust to festival seasons",
                ),
                detail: "Giá phòng tự tăng giảm theo lịch lễ hội Bái Đính, Tràng An, mùa lúa chín Tam Cốc và tỷ lệ lấp đầy của các cơ sở quanh vùng.",
            },
        ],
        users: [
            "homestay gia đình ở Tam Cốc, Hoa Lư",
            "khách sạn mini 10–30 phòng",
            "hợp tác xã quản lý chung nhiều homestay trong làng",
        ],
        strengths: [
            "Đồng bộ tình trạng phòng dưới 5 phút, không cần máy tính",
            "Phí thuê bao 150.000–300.000 đồng mỗi tháng, vừa túi tiền cơ sở nhỏ",
        ],
    },
    Tech {
        name: (
            "hệ thống định vị và gọi cứu hộ du khách trên tuyến trekking và hang động",
            "location tracking and rescue-call system for visitors on trekking routes and in caves",
        ),
        solves: "xác định vị trí và cứu hộ kịp thời du khách gặp nạn ở nơi không có sóng điện thoại",
        how: (
            "Du khách, thuyền và hướng dẫn viên mang thẻ hoặc vòng đeo LoRa có nút SOS, phát vị trí GPS mỗi 30–60 giây về các trạm thu chạy năng lượng mặt trời đặt trên đỉnh núi, phủ bán kính 3–5 km nơi không có sóng di động. Trung tâm điều hành thấy vị trí trên bản đồ và nhận cảnh báo khi có người bấm SOS, đi ra ngoài tuyến hoặc quá giờ quay về.",
            "Visitors, boats and guides carry LoRa tags or wristbands with an SOS button that send their GPS position every 30–60 seconds to solar-powered receivers on hilltops, covering a 3–5 km radius where there is no mobile signal. The control room sees positions on a map and is alerted when someone presses SOS, strays off the route or is overdue.",
        ),
        gain: (
            "rút thời gian xác định vị trí người gặp nạn từ vài giờ xuống dưới 10 phút và biết chính xác số khách còn trong tuyến lúc đóng cửa",
            "cuts the time to locate a visitor in trouble from hours to under 10 minutes and gives an exact count of visitors still on the route at closing time",
        ),
        variants: [
            Variant {
                title: (
                    "Định vị và gọi cứu hộ du khách bằng vòng đeo LoRa có nút SOS trên tuyến trekking xuyên rừng",
                    "Visitor location and rescue calls with LoRa SOS wristbands on forest trekking routes",
                ),
                detail: "Vòng đeo chống nước IP67, pin 5 ngày, phát cho từng khách tại cổng vườn quốc gia và thu lại khi ra khỏi tuyến.",
            },
            Variant {
                title: (
                    "Định vị và cứu hộ du khách trên tuyến thuyền qua hang bằng thẻ gắn thuyền và áo phao",
                    "Locating and rescuing visitors on boat routes through caves with tags on boats and life jackets",
                ),
                detail: "Trạm đọc đặt hai đầu mỗi hang ghi nhận thuyền đi qua và báo ngay khi một thuyền dừng trong hang quá 15 phút hoặc áo phao rơi xuống nước.",
            },
            Variant {
                title: (
                    "Định vị và gọi cứu hộ du khách tại điểm leo núi ngắn bằng thiết bị cho thuê theo lượt",
                    "Visitor location and rescue calls at short climbing sites with devices rented per visit",
                ),
                detail: "Phát thiết bị tại quầy vé, thu lại ở cổng ra, phù hợp điểm leo núi như Hang Múa đón 3.000–5.000 lượt khách mỗi ngày.",
            },
        ],
        users: [
            "vườn quốc gia có tuyến du lịch sinh thái xuyên rừng",
            "ban quản lý bến thuyền có tuyến đi qua hang",
            "công ty tổ chức tour leo núi, khám phá hang động",
        ],
        strengths: [
            "Trạm thu LoRa chạy năng lượng mặt trời, phủ sóng nơi không có mạng di động",
            "Thiết bị chống nước IP67, pin dùng 3–5 ngày mỗi lần sạc",
        ],
    },
];
