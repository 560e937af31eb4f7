//! The finance sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("nền tảng chấm điểm tín dụng cho hộ kinh doanh", "credit scoring for household businesses"),
        solves: "hộ kinh doanh khó vay vốn vì thiếu lịch sử tín dụng",
        how: (
            "Khi chủ hộ đồng ý, nền tảng thu thập dữ liệu thay thế như dòng tiền qua tài khoản thanh toán và mã QR, hóa đơn điện tử, lịch sử nộp thuế, hóa đơn điện nước và đơn hàng trên sàn thương mại điện tử, rồi mô hình học máy chấm điểm trên thang 300–900 kèm giải thích các yếu tố ảnh hưởng. Tổ chức tín dụng nhận điểm và hạn mức gợi ý qua giao diện lập trình (API) trong vài phút.",
            "With the owner's consent, the platform collects alternative data such as cash flows through payment accounts and QR codes, e-invoices, tax-payment history, utility bills and marketplace orders, and a machine-learning model produces a 300–900 score with an explanation of the factors behind it. Lenders receive the score and a suggested credit limit through an API within minutes.",
        ),
        gain: (
            "rút thời gian thẩm định khoản vay nhỏ từ 7–10 ngày xuống dưới 1 ngày và tăng 25–35% số hộ đủ điều kiện vay tín chấp",
            "shortens appraisal of small loans from 7–10 days to under a day and increases the number of households eligible for unsecured loans by 25–35%",
        ),
        variants: [
            Variant {
                title: (
                    "Chấm điểm tín dụng hộ kinh doanh từ dòng tiền thanh toán QR và hóa đơn điện tử",
                    "Household-business credit scoring from QR payment flows and e-invoices",
                ),
                detail: "Dùng 6–12 tháng giao dịch QR, chuyển khoản và hóa đơn điện tử để ước tính doanh thu thật của hộ bán lẻ, ăn uống.",
            },
            Variant {
                title: (
                    "Chấm điểm tín dụng hộ kinh doanh nông nghiệp theo mùa vụ và diện tích ao, ruộng",
                    "Credit scoring for farming household businesses based on crop cycles and pond or field area",
                ),
                detail: "Kết hợp ảnh vệ tinh diện tích canh tác, lịch mùa vụ và giá nông sản để định hạn mức và kỳ trả nợ theo vụ thu hoạch.",
            },
            Variant {
                title: (
                    "Nền tảng chấm điểm tín dụng hộ kinh doanh cho quỹ tín dụng nhân dân, dùng trên máy tính bảng",
                    "Tablet-based household-business credit-scoring platform for people's credit funds",
                ),
                detail: "Bản gọn chạy trên trình duyệt, cán bộ tín dụng nhập phiếu khảo sát tại nhà khách hàng và nhận điểm ngay trên máy tính bảng.",
            },
        ],
        users: [
            "quỹ tín dụng nhân dân cấp xã",
            "phòng khách hàng cá nhân của ngân hàng thương mại chi nhánh tỉnh",
            "công ty tài chính cho vay vốn kinh doanh nhỏ",
        ],
        strengths: [
            "Giải thích rõ từng yếu tố làm tăng, giảm điểm để cán bộ tín dụng tư vấn lại cho khách",
            "Chỉ dùng dữ liệu khi chủ hộ đồng ý, tuân thủ quy định bảo vệ dữ liệu cá nhân",
        ],
    },
    Tech {
        name: ("ví điện tử cho hợp tác xã", "e-wallet for cooperatives"),
        solves: "thu chi tiền mặt của hợp tác xã khó minh bạch",
        how: (
            "Hợp tác xã có một ví tổ chức liên kết tài khoản ngân hàng, mỗi thành viên có ví cá nhân; tiền bán nông sản, phí dịch vụ thủy lợi, tiền mua vật tư đều chuyển qua ví và tự ghi vào sổ thu chi theo từng thành viên. Khoản chi trên 5 triệu đồng cần hai người duyệt trên điện thoại, thành viên xem được số dư vốn góp và công nợ vật tư bất kỳ lúc nào.",
            "The cooperative holds an organisational wallet linked to its bank account and each member has a personal wallet; produce sales, irrigation service fees and input purchases all pass through the wallets and are posted automatically to a per-member cash book. Payments above 5 million VND need two approvals on the phone, and members can check their capital contribution and input debts at any time.",
        ),
        gain: (
            "giảm 80–90% giao dịch tiền mặt của hợp tác xã và rút thời gian quyết toán cuối vụ từ 2 tuần xuống 2 ngày",
            "cuts a cooperative's cash transactions by 80–90% and shortens end-of-season settlement from two weeks to two days",
        ),
        variants: [
            Variant {
                title: (
                    "Ví điện tử cho hợp tác xã nông nghiệp thu phí dịch vụ và bán vật tư ghi nợ đến vụ",
                    "Cooperative e-wallet for collecting service fees and selling farm inputs on credit until harvest",
                ),
                detail: "Ghi nợ phân bón, giống cho từng xã viên và tự trừ khi hợp tác xã thu mua lúa, tôm của họ.",
            },
            Variant {
                title: (
                    "Ví điện tử cho hợp tác xã thủ công trả tiền công theo sản phẩm cho thợ cói, thợ thêu",
                    "Cooperative e-wallet paying piece rates to sedge weavers and embroiderers",
                ),
                detail: "Tính tiền công theo số chiếu, số sản phẩm được nghiệm thu và chuyển vào ví thợ mỗi tuần, có lịch sử cho từng người.",
            },
            Variant {
                title: (
                    "Ví điện tử cho hợp tác xã có đồng duyệt chi và báo cáo cho ban kiểm soát",
                    "Cooperative e-wallet with dual payment approval and reporting for the supervisory board",
                ),
                detail: "Ban kiểm soát và thành viên xem sổ thu chi theo thời gian thực, xuất báo cáo tài chính theo mẫu dành cho hợp tác xã.",
            },
        ],
        users: [
            "hợp tác xã dịch vụ nông nghiệp cấp xã có 300–800 thành viên",
            "hợp tác xã cói, thêu ren ở Kim Sơn",
            "hợp tác xã nuôi trồng thủy sản ven biển Giao Thủy, Hải Hậu",
        ],
        strengths: [
            "Thành viên lớn tuổi dùng được qua tin nhắn và giao diện chữ to",
            "Mọi khoản chi đều có hai người duyệt điện tử và ảnh chứng từ đính kèm",
        ],
    },
    Tech {
        name: ("phần mềm kế toán đám mây cho doanh nghiệp nhỏ", "cloud accounting for small businesses"),
        solves: "sổ sách kế toán thủ công, dễ sai sót",
        how: (
            "Phần mềm chạy trên trình duyệt và điện thoại, tự lấy hóa đơn điện tử đầu vào từ hệ thống của cơ quan thuế, sao kê ngân hàng và đơn bán hàng để hạch toán theo chế độ kế toán doanh nghiệp nhỏ và vừa (Thông tư 133). Cuối kỳ, phần mềm lập tờ khai thuế giá trị gia tăng, báo cáo tài chính và nộp bằng chữ ký số.",
            "The software runs in the browser and on phones, automatically pulling incoming e-invoices from the tax authority's system, bank statements and sales orders, and posts them under the accounting regime for small and medium enterprises (Circular 133). At period end it prepares VAT returns and financial statements and files them with a digital signature.",
        ),
        gain: (
            "giảm 50–70% thời gian ghi sổ, khai thuế mỗi tháng và tránh tiền phạt chậm nộp tờ khai",
            "cuts monthly bookkeeping and tax-filing time by 50–70% and avoids late-filing penalties",
        ),
        variants: [
            Variant {
                title: (
                    "Phần mềm kế toán đám mây cho doanh nghiệp nhỏ kèm dịch vụ kế toán thuê ngoài",
                    "Cloud accounting for small businesses bundled with outsourced bookkeeping",
                ),
                detail: "Kế toán viên của nhà cung cấp rà soát chứng từ và ký tờ khai hằng tháng, phí trọn gói 1,5–3 triệu đồng mỗi tháng.",
            },
            Variant {
                title: (
                    "Phần mềm kế toán đám mây cho doanh nghiệp xây dựng nhỏ, tính giá thành theo công trình",
                    "Cloud accounting for small construction firms with job costing",
                ),
                detail: "Tập hợp vật tư, nhân công, máy thi công theo từng công trình và cảnh báo khi chi phí vượt dự toán.",
            },
            Variant {
                title: (
                    "Phần mềm kế toán đám mây cho hộ kinh doanh chuyển lên doanh nghiệp",
                    "Cloud accounting for household businesses converting into companies",
                ),
                detail: "Giao diện giản lược như sổ thu chi, tự chuyển sang hệ thống tài khoản đầy đủ khi hộ đăng ký thành lập doanh nghiệp.",
            },
        ],
        users: [
            "công ty thương mại dưới 20 nhân viên",
            "doanh nghiệp xây dựng nhỏ nhận thầu công trình dân dụng",
            "hộ kinh doanh vừa chuyển đổi thành doanh nghiệp",
        ],
        strengths: [
            "Tự tải và đối chiếu hóa đơn điện tử đầu vào, cảnh báo hóa đơn của doanh nghiệp bỏ địa chỉ kinh doanh",
            "Giám đốc xem lãi lỗ, công nợ, tiền mặt ngay trên điện thoại",
        ],
    },
    Tech {
        name: ("giải pháp gọi vốn cộng đồng cho dự án xanh", "crowdfunding for green projects"),
        solves: "dự án xanh quy mô nhỏ khó tiếp cận vốn",
        how: (
            "Nền tảng đăng các dự án xanh như điện mặt trời mái nhà trường học, hầm biogas, trồng rừng ngập mặn sau khi thẩm định kỹ thuật và pháp lý; người góp vốn cá nhân góp từ 1 triệu đồng vào tài khoản do ngân hàng giám sát. Tiền chỉ được giải ngân theo tiến độ nghiệm thu, dự án báo cáo sản lượng điện, lượng CO₂ giảm và trả lãi hoặc chia doanh thu định kỳ trên nền tảng.",
            "The platform lists green projects such as school rooftop solar, biogas digesters and mangrove planting after technical and legal due diligence; individuals contribute from 1 million VND into a bank-supervised account. Funds are released only against verified milestones, and projects report electricity output and CO₂ avoided and pay interest or revenue shares on the platform.",
        ),
        gain: (
            "huy động 300 triệu – 3 tỷ đồng cho mỗi dự án trong 30–60 ngày với chi phí vốn thấp hơn vay thương mại 2–3 điểm phần trăm",
            "raises 300 million to 3 billion VND per project in 30–60 days at a cost of capital 2–3 percentage points below commercial loans",
        ),
        variants: [
            Variant {
                title: (
                    "Gọi vốn cộng đồng cho dự án điện mặt trời áp mái của trường học, trạm y tế",
                    "Crowdfunding for rooftop solar on schools and health stations",
                ),
                detail: "Người góp vốn nhận lợi nhuận từ tiền điện mà trường học trả hằng tháng thấp hơn giá lưới, hệ thống được chuyển giao sau 10 năm.",
            },
            Variant {
                title: (
                    "Gọi vốn cộng đồng cho dự án trồng rừng ngập mặn gắn tín chỉ carbon",
                    "Crowdfunding for mangrove planting linked to carbon credits",
                ),
                detail: "Mỗi suất góp gắn với số cây và diện tích cụ thể ở ven biển Kim Sơn, Giao Thủy, theo dõi bằng ảnh vệ tinh và ảnh hiện trường.",
            },
            Variant {
                title: (
                    "Gọi vốn cộng đồng cho dự án xanh theo hình thức đặt trước sản phẩm thay thế nhựa",
                    "Crowdfunding for green projects through pre-orders of plastic-free products",
                ),
                detail: "Người ủng hộ đặt trước ống hút cỏ, túi cói thay túi ni lông, giúp cơ sở có vốn mua nguyên liệu và máy móc.",
            },
        ],
        users: [
            "trường học, trạm y tế muốn lắp điện mặt trời mái nhà",
            "hợp tác xã trồng rừng ngập mặn và nuôi tôm sinh thái",
            "cơ sở khởi nghiệp sản xuất sản phẩm thay thế nhựa dùng một lần",
        ],
        strengths: [
            "Tiền góp nằm trong tài khoản do ngân hàng giám sát, chỉ giải ngân theo nghiệm thu",
            "Báo cáo tác động môi trường như số tấn CO₂ giảm, số cây sống được cập nhật hằng quý",
        ],
    },
    Tech {
        name: (
            "máy tính tiền kết nối hóa đơn điện tử cho hộ kinh doanh",
            "e-invoicing cash registers for household businesses",
        ),
        solves: "chuyển từ nộp thuế khoán sang tự kê khai doanh thu và xuất hóa đơn",
        how: (
            "Ứng dụng bán hàng trên điện thoại hoặc máy POS in hóa đơn điện tử khởi tạo từ máy tính tiền và gửi dữ liệu từng giao dịch về cơ quan thuế ngay sau khi thanh toán, nhận tiền bằng mã QR hoặc tiền mặt. Cuối tháng, cuối quý, phần mềm tổng hợp doanh thu, tính thuế giá trị gia tăng và thuế thu nhập cá nhân theo tỷ lệ trên doanh thu rồi lập tờ khai để chủ hộ nộp điện tử.",
            "A sales app on a phone or a POS terminal prints cash-register e-invoices and sends each transaction to the tax authority as soon as it is paid, by QR code or in cash. At the end of each month or quarter the software totals revenue, computes VAT and personal income tax as percentages of revenue and prepares the return for the owner to file online.",
        ),
        gain: (
            "chủ hộ kê khai thuế đúng hạn trong dưới 15 phút mỗi kỳ và theo dõi doanh thu, lãi gộp từng ngày",
            "lets owners file tax returns on time in under 15 minutes a period and track daily revenue and gross margin",
        ),
        variants: [
            Variant {
                title: (
                    "Máy tính tiền kết nối hóa đơn điện tử cho quán ăn, quán cà phê ở khu du lịch",
                    "E-invoicing cash register for eateries and cafés in tourist areas",
                ),
                detail: "Gọi món tại bàn bằng điện thoại, in hóa đơn kèm mã tra cứu cho khách và tách doanh thu theo món, theo ca.",
            },
            Variant {
                title: (
                    "Máy tính tiền kết nối hóa đơn điện tử cho cửa hàng tạp hóa, vật tư nông nghiệp",
                    "E-invoicing cash register for grocery and farm-supply shops",
                ),
                detail: "Quét mã vạch, quản lý tồn kho hàng nghìn mã hàng và ghi sổ nợ cho khách quen mua chịu.",
            },
            Variant {
                title: (
                    "Máy tính tiền kết nối hóa đơn điện tử trên điện thoại, không cần mua máy POS",
                    "Smartphone e-invoicing cash register, no POS hardware needed",
                ),
                detail: "Cài trên điện thoại sẵn có, in hóa đơn qua máy in nhiệt bluetooth giá khoảng 1 triệu đồng, thuê bao dưới 100.000 đồng mỗi tháng.",
            },
        ],
        users: [
            "hộ kinh doanh ăn uống, nhà nghỉ ở Tam Cốc, Tràng An",
            "cửa hàng tạp hóa, vật tư nông nghiệp ở các xã",
            "hộ bán đặc sản, quà lưu niệm tại điểm du lịch",
        ],
        strengths: [
            "Dữ liệu hóa đơn tự gửi đến cơ quan thuế, chủ hộ không phải học nghiệp vụ kế toán",
            "Vẫn bán hàng được khi mất mạng, tự đồng bộ hóa đơn khi có kết nối trở lại",
        ],
    },
    Tech {
        name: ("bảo hiểm nông nghiệp theo chỉ số thời tiết", "weather-index agricultural insurance"),
        solves: "bù đắp thiệt hại khi bão, rét đậm, mưa lớn kéo dài làm mất trắng vụ nuôi trồng",
        how: (
            "Hợp đồng bảo hiểm chi trả theo chỉ số đo được như lượng mưa tích lũy, số ngày nhiệt độ trung bình dưới 13°C hay cấp gió bão tại trạm khí tượng hoặc từ dữ liệu vệ tinh gần nhất, thay vì cử người giám định thiệt hại từng thửa. Khi chỉ số vượt ngưỡng, hệ thống tự tính tiền bồi thường và chuyển vào tài khoản người tham gia trong 7–10 ngày.",
            "The policy pays out on measured indices such as cumulative rainfall, the number of days with mean temperature below 13°C or storm wind force at the nearest weather station or from satellite data, instead of sending assessors to every plot. When an index crosses its threshold, the system calculates the payout and transfers it to the policyholder's account within 7–10 days.",
        ),
        gain: (
            "rút thời gian nhận bồi thường từ 2–3 tháng xuống 7–10 ngày và giảm 30–40% chi phí giám định so với bảo hiểm truyền thống",
            "shortens payouts from 2–3 months to 7–10 days and cuts loss-assessment costs by 30–40% compared with conventional insurance",
        ),
        variants: [
            Variant {
                title: (
                    "Bảo hiểm theo chỉ số thời tiết cho lúa vụ xuân, tính theo số ngày rét đậm, rét hại",
                    "Weather-index insurance for spring rice based on days of severe cold",
                ),
                detail: "Chi trả khi số ngày rét đậm trong giai đoạn gieo mạ, cấy vượt ngưỡng, giúp hộ có tiền mua giống gieo cấy lại.",
            },
            Variant {
                title: (
                    "Bảo hiểm theo chỉ số thời tiết cho ao nuôi tôm ven biển, tính theo lượng mưa và độ mặn",
                    "Weather-index insurance for coastal shrimp ponds based on rainfall and salinity",
                ),
                detail: "Mưa lớn làm độ mặn ao giảm đột ngột khiến tôm chết, hợp đồng chi trả theo lượng mưa 3 ngày tại trạm đo và cảm biến độ mặn ao.",
            },
            Variant {
                title: (
                    "Bảo hiểm theo chỉ số thời tiết gắn với khoản vay mùa vụ của quỹ tín dụng",
                    "Weather-index insurance bundled with seasonal loans from credit funds",
                ),
                detail: "Phí bảo hiểm được cộng vào khoản vay, tiền bồi thường trả nợ trước rồi chuyển phần còn lại cho hộ, giúp quỹ yên tâm cho vay.",
            },
        ],
        users: [
            "hộ trồng lúa, rau màu vùng trũng Yên Khánh, Kim Sơn",
            "hộ nuôi tôm thẻ chân trắng ven biển Giao Thủy, Hải Hậu",
            "quỹ tín dụng nhân dân cho vay vốn mùa vụ",
        ],
        strengths: [
            "Không cần giám định từng thửa ruộng, ao nuôi, không tranh cãi về mức thiệt hại",
            "Phí bảo hiểm tính theo chuỗi số liệu khí tượng 30 năm của từng vùng",
        ],
    },
    Tech {
        name: ("nền tảng chiết khấu hóa đơn cho nhà cung cấp nhỏ", "invoice discounting platform for small suppliers"),
        solves: "xoay vòng vốn lưu động khi khách hàng lớn thanh toán chậm 60–90 ngày",
        how: (
            "Nhà cung cấp tải lên hóa đơn điện tử đã được bên mua xác nhận trên nền tảng, ngân hàng hoặc công ty tài chính đối tác ứng trước 70–90% giá trị trong 24 giờ và thu lại từ bên mua khi đến hạn. Nền tảng đối chiếu hóa đơn với dữ liệu của cơ quan thuế để chống trùng lặp, phí chiết khấu tính theo số ngày và theo xếp hạng tín nhiệm của bên mua.",
            "Suppliers upload e-invoices that the buyer has confirmed on the platform; a partner bank or finance company advances 70–90% of the value within 24 hours and collects from the buyer at maturity. The platform checks invoices against tax-authority data to prevent double financing, and the discount fee depends on the number of days and the buyer's credit rating.",
        ),
        gain: (
            "nhà cung cấp nhận tiền trong 24 giờ thay vì chờ 60–90 ngày, với chi phí thấp hơn vay thấu chi 1–3 điểm phần trăm mỗi năm",
            "lets suppliers get paid within 24 hours instead of waiting 60–90 days, at 1–3 percentage points a year less than an overdraft",
        ),
        variants: [
            Variant {
                title: (
                    "Chiết khấu hóa đơn cho nhà cung cấp nhỏ của nhà máy trong khu công nghiệp",
                    "Invoice discounting for small suppliers of industrial-park factories",
                ),
                detail: "Nhà máy lớn xác nhận hóa đơn trên nền tảng, hàng chục xưởng gia công, bao bì phía sau được ứng tiền theo tín nhiệm của nhà máy.",
            },
            Variant {
                title: (
                    "Chiết khấu hóa đơn cho nhà cung cấp nhỏ bán hàng vào chuỗi siêu thị",
                    "Invoice discounting for small suppliers selling to supermarket chains",
                ),
                detail: "Kết nối dữ liệu nhận hàng của siêu thị để tự xác nhận hóa đơn, phù hợp cơ sở đặc sản, hợp tác xã rau an toàn.",
            },
            Variant {
                title: (
                    "Chiết khấu hóa đơn cho nhà thầu phụ xây dựng theo khối lượng nghiệm thu",
                    "Invoice discounting for construction subcontractors based on certified work",
                ),
                detail: "Dựa trên biên bản nghiệm thu khối lượng có chữ ký số của nhà thầu chính để ứng vốn cho nhà thầu phụ mua vật tư.",
            },
        ],
        users: [
            "xưởng gia công bao bì, linh kiện cung cấp cho nhà máy vốn đầu tư nước ngoài",
            "cơ sở sản xuất đặc sản bán vào chuỗi siêu thị",
            "nhà thầu phụ xây dựng có 10–50 công nhân",
        ],
        strengths: [
            "Không cần tài sản thế chấp, dựa vào tín nhiệm của bên mua",
            "Đối chiếu hóa đơn với dữ liệu cơ quan thuế, một hóa đơn không thể chiết khấu hai lần",
        ],
    },
    Tech {
        name: ("định danh điện tử eKYC cho quỹ tín dụng nhân dân", "eKYC digital onboarding for people's credit funds"),
        solves: "định danh khách hàng từ xa khi mở tài khoản, giải ngân thay vì kiểm tra giấy tờ tại quầy",
        how: (
            "Ứng dụng đọc chip căn cước công dân qua NFC, so khớp khuôn mặt người thật với ảnh trong chip, kiểm tra chống giả mạo bằng ảnh chụp, video và đối chiếu với cơ sở dữ liệu quốc gia về dân cư. Hồ sơ khách hàng được tạo tự động, cán bộ quỹ chỉ duyệt trên màn hình và có thể mở tài khoản, ký khế ước vay ngay tại nhà khách hàng bằng máy tính bảng.",
            "The app reads the chip of the citizen ID card over NFC, matches the live face against the chip photo, runs liveness checks against photos and videos and verifies the data against the national population database. The customer file is created automatically; fund staff only approve it on screen and can open accounts or sign loan agreements at the customer's home on a tablet.",
        ),
        gain: (
            "rút thời gian mở tài khoản từ 30–45 phút xuống dưới 5 phút và loại bỏ hồ sơ vay dùng giấy tờ giả",
            "cuts account opening from 30–45 minutes to under 5 and weeds out loan applications with forged documents",
        ),
        variants: [
            Variant {
                title: (
                    "Định danh điện tử eKYC cho quỹ tín dụng nhân dân bằng máy tính bảng tại nhà khách hàng",
                    "Tablet-based eKYC for people's credit funds at the customer's home",
                ),
                detail: "Cán bộ mang máy tính bảng có đầu đọc chip đến nhà thành viên, mở tài khoản và ký khế ước vay ngay tại chỗ.",
            },
            Variant {
                title: (
                    "Định danh điện tử eKYC kèm chấm điểm chống gian lận cho quỹ tín dụng nhân dân",
                    "eKYC with fraud scoring for people's credit funds",
                ),
                detail: "Phát hiện một người đứng tên nhiều khoản vay, số điện thoại dùng chung và thiết bị đáng ngờ trước khi duyệt.",
            },
            Variant {
                title: (
                    "Định danh điện tử eKYC dùng chung theo thuê bao cho nhiều quỹ tín dụng nhân dân nhỏ",
                    "Shared subscription eKYC service for small people's credit funds",
                ),
                detail: "Nhiều quỹ nhỏ dùng chung một hệ thống đặt tại trung tâm dữ liệu, trả phí 3.000–5.000 đồng mỗi lượt định danh.",
            },
        ],
        users: [
            "quỹ tín dụng nhân dân cấp xã có 2.000–8.000 thành viên",
            "tổ chức tài chính vi mô cho vay phụ nữ nông thôn",
            "công ty tài chính cho vay tiêu dùng qua đại lý",
        ],
        strengths: [
            "Đọc chip căn cước và so khớp khuôn mặt, chống mạo danh bằng ảnh chụp, video",
            "Lưu vết mọi bước định danh, đáp ứng yêu cầu thanh tra của Ngân hàng Nhà nước",
        ],
    },
];
