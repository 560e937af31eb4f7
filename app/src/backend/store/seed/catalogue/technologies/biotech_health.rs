//! The biotech-health sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("bộ kit chẩn đoán nhanh bệnh trên tôm", "rapid diagnostic kit for shrimp diseases"),
        solves: "phát hiện muộn bệnh trên tôm nuôi, gây chết hàng loạt",
        how: (
            "Bộ kit dùng kỹ thuật khuếch đại đẳng nhiệt LAMP: mẫu chân bơi hoặc gan tụy tôm được nghiền, tách DNA bằng dung dịch trong 5 phút, ủ ở 63 °C trong bộ gia nhiệt cầm tay 30–40 phút rồi đọc kết quả qua đổi màu. Kit phát hiện virus gây bệnh đốm trắng (WSSV), vi khuẩn gây hoại tử gan tụy cấp (AHPND) và vi bào tử trùng EHP với độ nhạy tương đương PCR ở mức 100 bản sao.",
            "The kit uses loop-mediated isothermal amplification (LAMP): shrimp pleopods or hepatopancreas are ground, DNA is extracted with a reagent in 5 minutes and incubated at 63 °C in a handheld heat block for 30–40 minutes, and the result is read by colour change. It detects white spot syndrome virus (WSSV), the bacteria causing acute hepatopancreatic necrosis (AHPND) and the microsporidian EHP with sensitivity comparable to PCR at 100 copies.",
        ),
        gain: (
            "cho kết quả ngay bên bờ ao trong dưới 1 giờ với chi phí 60.000–80.000 đồng/mẫu, sớm hơn 2–3 ngày so với gửi mẫu về phòng thí nghiệm",
            "gives results at the pond side in under an hour for 60,000–80,000 VND per sample, 2–3 days sooner than sending samples to a laboratory",
        ),
        variants: [
            Variant {
                title: (
                    "Bộ kit LAMP chẩn đoán nhanh bệnh đốm trắng và hoại tử gan tụy trên tôm tại ao",
                    "Pond-side LAMP kit for rapid diagnosis of white spot and hepatopancreatic necrosis in shrimp",
                ),
                detail: "Đọc kết quả bằng mắt qua màu dung dịch, không cần máy PCR và kỹ thuật viên xét nghiệm.",
            },
            Variant {
                title: (
                    "Bộ kit chẩn đoán nhanh bệnh trên tôm bằng que thử sắc ký miễn dịch",
                    "Lateral-flow strip kit for rapid diagnosis of shrimp diseases",
                ),
                detail: "Que thử cho kết quả sau 15 phút, dùng để sàng lọc nhanh từng lô tôm giống khi nhập về trước khi thả.",
            },
            Variant {
                title: (
                    "Bộ kit chẩn đoán nhanh bệnh trên tôm kèm ứng dụng đọc kết quả và bản đồ dịch",
                    "Rapid shrimp disease kit with a result-reading app and outbreak map",
                ),
                detail: "Ứng dụng chụp ống phản ứng để đọc kết quả và gửi cảnh báo ẩn danh lên bản đồ dịch bệnh của cả vùng nuôi.",
            },
        ],
        users: [
            "hộ nuôi tôm thẻ chân trắng thâm canh ở Kim Sơn và Giao Thủy",
            "trại sản xuất và ương dưỡng tôm giống",
            "chi cục chăn nuôi, thú y và thủy sản của tỉnh",
        ],
        strengths: [
            "Phát hiện đồng thời 3 tác nhân gây bệnh phổ biến trong một lần thử",
            "Kit bảo quản ở nhiệt độ thường đến 6 tháng, không cần tủ âm",
        ],
    },
    Tech {
        name: (
            "chiết xuất hoạt chất từ cây dược liệu bản địa",
            "extraction of active compounds from native medicinal plants",
        ),
        solves: "bán dược liệu thô với giá thấp, chưa chế biến sâu",
        how: (
            "Dược liệu như xạ đen, giảo cổ lam, đinh lăng được sấy, nghiền rồi chiết bằng ethanol 50–70% hoặc CO2 siêu tới hạn, cô đặc chân không ở 50–60 °C và sấy phun thành cao khô. Hoạt chất chỉ điểm (flavonoid, saponin) của từng lô được định lượng bằng HPLC để làm nguyên liệu viên nang, cốm tan và trà túi lọc.",
            "Herbs such as Celastrus hindsii, Gynostemma and Polyscias are dried, ground and extracted with 50–70% ethanol or supercritical CO2, vacuum-concentrated at 50–60 °C and spray-dried into a dry extract. The marker compounds (flavonoids, saponins) of every batch are quantified by HPLC so the extract can go into capsules, instant granules and tea bags.",
        ),
        gain: (
            "nâng giá trị mỗi kg dược liệu lên 5–10 lần so với bán khô, với hàm lượng hoạt chất chênh lệch không quá ±10% giữa các lô",
            "raises the value of each kg of herb 5–10 times over selling it dried, with active content varying by no more than ±10% between batches",
        ),
        variants: [
            Variant {
                title: (
                    "Chiết xuất cao khô hoạt chất từ dược liệu bản địa bằng ethanol và sấy phun",
                    "Dry extracts of native medicinal plants by ethanol extraction and spray-drying",
                ),
                detail: "Dây chuyền 200–500 kg dược liệu mỗi mẻ, cao khô dùng ngay để đóng viên nang và cốm tan.",
            },
            Variant {
                title: (
                    "Chiết xuất tinh dầu và hoạt chất dược liệu bản địa bằng CO2 siêu tới hạn",
                    "Supercritical CO2 extraction of essential oils and actives from native herbs",
                ),
                detail: "Không để lại dư lượng dung môi và giữ được hoạt chất nhạy nhiệt, hợp làm nguyên liệu mỹ phẩm xuất khẩu.",
            },
            Variant {
                title: (
                    "Chiết xuất hoạt chất từ xạ đen, giảo cổ lam quy mô pilot đặt tại hợp tác xã",
                    "Pilot-scale extraction of actives from Celastrus and Gynostemma at cooperatives",
                ),
                detail: "Thiết bị chiết 50 kg mỗi mẻ đặt ngay tại hợp tác xã, kèm hồ sơ công bố thực phẩm bảo vệ sức khỏe.",
            },
        ],
        users: [
            "hợp tác xã trồng dược liệu ở vùng đệm Cúc Phương",
            "doanh nghiệp sản xuất thực phẩm bảo vệ sức khỏe",
            "cơ sở làm trà thảo mộc và sản phẩm OCOP",
        ],
        strengths: [
            "Mỗi lô cao chiết có phiếu định lượng hoạt chất bằng HPLC",
            "Dây chuyền đạt điều kiện GMP cho thực phẩm bảo vệ sức khỏe",
        ],
    },
    Tech {
        name: ("men vi sinh cho chăn nuôi không kháng sinh", "probiotics for antibiotic-free livestock farming"),
        solves: "lạm dụng kháng sinh và dịch bệnh trong chăn nuôi",
        how: (
            "Chế phẩm phối trộn Bacillus subtilis, Lactobacillus acidophilus và nấm men Saccharomyces với mật độ 10⁹ CFU/g, trộn vào thức ăn 1–2 kg/tấn hoặc hòa nước uống cho lợn và gà. Vi sinh vật có lợi chiếm chỗ bám trong ruột, ức chế E. coli và Salmonella, đồng thời tiết enzyme giúp tiêu hóa thức ăn.",
            "The product blends Bacillus subtilis, Lactobacillus acidophilus and Saccharomyces yeast at 10⁹ CFU/g and is mixed into feed at 1–2 kg per tonne or into drinking water for pigs and chickens. The beneficial microbes take up attachment sites in the gut, suppress E. coli and Salmonella and secrete enzymes that help digest feed.",
        ),
        gain: (
            "giảm 50–70% lượng kháng sinh điều trị, giảm 30–40% tỷ lệ tiêu chảy ở lợn con và cải thiện hệ số chuyển hóa thức ăn 5–8%",
            "cuts therapeutic antibiotic use by 50–70%, lowers piglet diarrhoea by 30–40% and improves feed conversion by 5–8%",
        ),
        variants: [
            Variant {
                title: (
                    "Men vi sinh Bacillus và Lactobacillus trộn thức ăn cho lợn không kháng sinh",
                    "Bacillus and Lactobacillus feed probiotic for antibiotic-free pigs",
                ),
                detail: "Dạng bột chịu nhiệt đến 85 °C nên trộn được vào cám viên ngay tại nhà máy thức ăn.",
            },
            Variant {
                title: (
                    "Men vi sinh hòa nước uống cho gà thả vườn không kháng sinh",
                    "Drinking-water probiotic for antibiotic-free free-range chickens",
                ),
                detail: "Dạng lỏng cấp qua hệ thống núm uống, dùng cho gà đồi, gà thả vườn bán vào chuỗi thực phẩm sạch.",
            },
            Variant {
                title: (
                    "Men vi sinh lên men thức ăn lỏng cho trang trại lợn nái",
                    "Probiotic liquid-feed fermentation for sow farms",
                ),
                detail: "Lên men cám và phụ phẩm tại trại 24–48 giờ trước khi cho ăn, hạ pH thức ăn xuống dưới 4,5 để giảm mầm bệnh.",
            },
        ],
        users: [
            "trang trại lợn thịt quy mô 500–2.000 con",
            "hộ nuôi gà đồi và gà thả vườn ở Nho Quan, Tam Điệp",
            "nhà máy thức ăn chăn nuôi trong khu công nghiệp",
        ],
        strengths: [
            "Chủng Bacillus tạo bào tử, sống sót qua công đoạn ép viên thức ăn",
            "Giúp trại đáp ứng quy định bỏ kháng sinh phòng bệnh trong thức ăn chăn nuôi từ năm 2026",
        ],
    },
    Tech {
        name: ("phần mềm quản lý hồ sơ sức khỏe điện tử", "electronic health-record software"),
        solves: "quản lý hồ sơ bệnh nhân bằng giấy tại trạm y tế và phòng khám",
        how: (
            "Phần mềm chạy trên nền tảng đám mây, lưu hồ sơ khám chữa bệnh, tiêm chủng và theo dõi bệnh mạn tính theo số định danh cá nhân, liên thông dữ liệu với cổng giám định bảo hiểm y tế và sổ sức khỏe điện tử của người dân. Nhân viên trạm y tế nhập liệu trên máy tính bảng, kê đơn điện tử, in phiếu hẹn tái khám; dữ liệu được mã hóa và phân quyền theo vai trò.",
            "Cloud-based software stores consultation, immunisation and chronic-disease follow-up records under each person's identification number and exchanges data with the health-insurance claims portal and citizens' electronic health books. Health-station staff enter data on tablets, write e-prescriptions and print follow-up slips; data are encrypted and access is role-based.",
        ),
        gain: (
            "rút thời gian tra cứu hồ sơ một bệnh nhân từ 10–15 phút xuống dưới 1 phút và bỏ được 80% sổ sách giấy tại trạm y tế",
            "cuts the time to look up a patient's record from 10–15 minutes to under a minute and removes 80% of the paper registers at health stations",
        ),
        variants: [
            Variant {
                title: (
                    "Phần mềm hồ sơ sức khỏe điện tử cho trạm y tế xã liên thông bảo hiểm y tế",
                    "Electronic health-record software for commune health stations linked to health insurance",
                ),
                detail: "Tự đẩy dữ liệu khám bảo hiểm y tế lên cổng giám định, nhân viên không phải nhập lại hai lần.",
            },
            Variant {
                title: (
                    "Phần mềm hồ sơ sức khỏe điện tử và bệnh án cho phòng khám tư nhân",
                    "Electronic health and medical-record software for private clinics",
                ),
                detail: "Tích hợp đặt lịch hẹn, hóa đơn điện tử và tin nhắn nhắc tái khám gửi tới điện thoại người bệnh.",
            },
            Variant {
                title: (
                    "Phần mềm hồ sơ sức khỏe điện tử theo dõi người bệnh tăng huyết áp, đái tháo đường",
                    "Electronic health-record software for following up hypertension and diabetes patients",
                ),
                detail: "Nhận chỉ số huyết áp, đường huyết từ máy đo tại nhà và cảnh báo bác sĩ khi vượt ngưỡng.",
            },
        ],
        users: [
            "trạm y tế xã, phường",
            "phòng khám đa khoa tư nhân ở Hoa Lư và Phủ Lý",
            "trung tâm y tế quản lý bệnh không lây nhiễm",
        ],
        strengths: [
            "Liên thông dữ liệu với cổng giám định bảo hiểm y tế",
            "Vẫn nhập liệu được khi mạng chập chờn và tự đồng bộ khi có mạng trở lại",
        ],
    },
    Tech {
        name: ("công nghệ lên men rút ngắn thời gian chế biến nước mắm", "accelerated fermentation for fish sauce"),
        solves: "thời gian ủ chượp nước mắm kéo dài hàng năm",
        how: (
            "Cá cơm hoặc cá nục được trộn 20–25% muối cùng enzyme protease bổ sung hoặc chủng vi khuẩn chịu mặn sinh protease, ủ trong thùng composite có áo nhiệt giữ 40–45 °C. Nhờ nhiệt độ và enzyme, protein cá thủy phân đạt độ đạm 25–30 g N/l sau 3–6 tháng thay vì 12–18 tháng.",
            "Anchovy or scad is mixed with 20–25% salt plus added protease enzymes or a salt-tolerant protease-producing bacterial strain and fermented in jacketed composite tanks held at 40–45 °C. The heat and enzymes hydrolyse the fish protein to 25–30 g N/l in 3–6 months instead of 12–18.",
        ),
        gain: (
            "rút thời gian ủ chượp còn 3–6 tháng, tăng gấp 3 vòng quay thùng ủ mà vẫn giữ hương vị đặc trưng và histamine dưới 400 mg/l",
            "shortens fermentation to 3–6 months and triples tank turnover while keeping the characteristic flavour and histamine below 400 mg/l",
        ),
        variants: [
            Variant {
                title: (
                    "Lên men nước mắm bằng enzyme protease bổ sung, rút ngắn còn 3 tháng",
                    "Enzyme-assisted fish sauce fermentation shortened to 3 months",
                ),
                detail: "Bổ sung enzyme protease thực vật ngay lúc muối cá, phù hợp nước mắm phổ thông độ đạm 15–20.",
            },
            Variant {
                title: (
                    "Lên men nước mắm gia nhiệt bằng nhà kính mặt trời cho làng nghề ven biển",
                    "Fish sauce fermentation heated by solar greenhouses for coastal villages",
                ),
                detail: "Thùng ủ đặt trong nhà kính hấp thu nhiệt mặt trời, giữ chượp ở 40–45 °C mà không tốn điện.",
            },
            Variant {
                title: (
                    "Lên men nước mắm bằng chủng vi khuẩn chịu mặn tuyển chọn giảm histamine",
                    "Fish sauce fermentation with selected halophilic bacteria that lower histamine",
                ),
                detail: "Chủng vi khuẩn tuyển chọn vừa đẩy nhanh thủy phân vừa phân giải histamine, giúp sản phẩm đạt chuẩn xuất khẩu.",
            },
        ],
        users: [
            "làng nghề nước mắm ven biển Hải Hậu và Giao Thủy",
            "doanh nghiệp chế biến nước mắm đóng chai",
            "hợp tác xã khai thác và chế biến hải sản",
        ],
        strengths: [
            "Giữ hương vị nước mắm truyền thống, không dùng chất bảo quản",
            "Hàm lượng histamine dưới 400 mg/l theo yêu cầu của thị trường xuất khẩu",
        ],
    },
    Tech {
        name: (
            "bộ xét nghiệm LAMP phát hiện dịch tả lợn châu Phi tại trại",
            "on-farm LAMP test for African swine fever",
        ),
        solves: "phát hiện sớm dịch tả lợn châu Phi trước khi lây ra cả đàn",
        how: (
            "Mẫu máu, dịch mũi hoặc nước bọt thu bằng dây thừng treo trong ô chuồng được xử lý nhanh, rồi gen p72 của virus được khuếch đại ở 65 °C trong máy LAMP cầm tay 8 giếng trong 30 phút, kết quả hiện trên điện thoại. Mỗi lần chạy xét nghiệm 8 mẫu gộp, mỗi mẫu gộp đại diện cho 5 con.",
            "Blood, nasal swabs or oral fluid collected with ropes hung in the pens are quickly prepared, and the virus's p72 gene is amplified at 65 °C in an 8-well handheld LAMP device in 30 minutes, with the result shown on a phone. Each run tests 8 pooled samples, each pool standing for 5 pigs.",
        ),
        gain: (
            "phát hiện virus dịch tả lợn châu Phi 2–4 ngày trước khi lợn có triệu chứng, cho phép cách ly ô chuồng và giảm 60–80% số lợn phải tiêu hủy",
            "detects African swine fever virus 2–4 days before pigs show symptoms, so pens can be isolated and 60–80% fewer pigs have to be culled",
        ),
        variants: [
            Variant {
                title: (
                    "Xét nghiệm LAMP dịch tả lợn châu Phi từ mẫu nước bọt dây thừng, không phải bắt lợn",
                    "Rope oral-fluid LAMP test for African swine fever without catching pigs",
                ),
                detail: "Treo dây thừng cho lợn nhai 30 phút để lấy mẫu cả ô chuồng, không gây stress cho đàn.",
            },
            Variant {
                title: (
                    "Xét nghiệm LAMP dịch tả lợn châu Phi trên mẫu môi trường và xe ra vào trại",
                    "LAMP testing for African swine fever on environmental swabs and vehicles entering farms",
                ),
                detail: "Lấy mẫu lau bánh xe, thùng xe chở cám, chở lợn và dụng cụ để kiểm soát an toàn sinh học tại cổng trại.",
            },
            Variant {
                title: (
                    "Mạng lưới xét nghiệm LAMP dịch tả lợn châu Phi cho thú y cơ sở",
                    "African swine fever LAMP testing network for commune veterinarians",
                ),
                detail: "Trang bị máy và đào tạo cán bộ thú y xã, kết quả dương tính tự gửi về chi cục để khoanh vùng ổ dịch.",
            },
        ],
        users: [
            "trang trại lợn nái và lợn thịt quy mô trên 300 con",
            "cán bộ thú y xã và trạm chăn nuôi, thú y khu vực",
            "công ty chăn nuôi gia công liên kết nhiều trại vệ tinh",
        ],
        strengths: [
            "Độ nhạy tương đương real-time PCR ở mức 10–100 bản sao gen p72",
            "Có kết quả trong 30–40 phút ngay tại trại, không phải gửi mẫu đi xa",
        ],
    },
    Tech {
        name: (
            "nuôi trồng nấm đông trùng hạ thảo trên giá thể nhân tạo",
            "Cordyceps militaris cultivation on artificial substrate",
        ),
        solves: "nuôi nấm đông trùng hạ thảo đạt năng suất và hàm lượng cordycepin ổn định",
        how: (
            "Giống nấm Cordyceps militaris thuần chủng được nhân trong môi trường lỏng rồi cấy vào hộp giá thể gạo lứt và nhộng tằm đã hấp khử trùng, nuôi trong phòng sạch điều khiển nhiệt độ 18–22 °C, độ ẩm 80–90% và đèn LED theo chu kỳ. Sau 55–60 ngày thu quả thể và sấy thăng hoa để giữ cordycepin, adenosine.",
            "Pure Cordyceps militaris strains are propagated in liquid culture and inoculated into jars of sterilised brown rice and silkworm pupae, then grown in a clean room controlled at 18–22 °C and 80–90% humidity with cycled LED light. Fruiting bodies are harvested after 55–60 days and freeze-dried to preserve cordycepin and adenosine.",
        ),
        gain: (
            "thu 20–25 g quả thể tươi trên mỗi hộp 800 ml với hàm lượng cordycepin ổn định trên 2 mg/g khô",
            "yields 20–25 g of fresh fruiting bodies per 800 ml jar with cordycepin consistently above 2 mg/g dry weight",
        ),
        variants: [
            Variant {
                title: (
                    "Nuôi trồng đông trùng hạ thảo trên giá thể nhộng tằm cho hàm lượng cordycepin cao",
                    "Cordyceps militaris grown on silkworm-pupa substrate for high cordycepin",
                ),
                detail: "Bổ sung nhộng tằm vào giá thể gạo lứt, nâng hàm lượng cordycepin lên 3–4 mg/g khô.",
            },
            Variant {
                title: (
                    "Phòng nuôi trồng đông trùng hạ thảo trong container lạnh chuyển giao trọn gói",
                    "Turnkey cold-container room for Cordyceps militaris cultivation",
                ),
                detail: "Container 40 feet cải tạo thành phòng nuôi 3.000 hộp, kèm tủ điều khiển và quy trình vận hành.",
            },
            Variant {
                title: (
                    "Nuôi trồng đông trùng hạ thảo kèm chế biến trà, rượu và cao chiết",
                    "Cordyceps militaris cultivation with processing into tea, wine and extracts",
                ),
                detail: "Chuyển giao cả quy trình chế biến sâu và hồ sơ công bố chất lượng để bán thành sản phẩm OCOP.",
            },
        ],
        users: [
            "thanh niên khởi nghiệp nuôi trồng nấm dược liệu",
            "hợp tác xã nấm ăn và nấm dược liệu ở Yên Khánh",
            "doanh nghiệp sản xuất thực phẩm chức năng",
        ],
        strengths: [
            "Giống nấm được lưu giữ và phục tráng định kỳ, không thoái hóa sau nhiều lứa",
            "Mỗi lô có kết quả định lượng cordycepin bằng HPLC",
        ],
    },
    Tech {
        name: (
            "sàng lọc bệnh võng mạc đái tháo đường bằng ảnh đáy mắt và AI",
            "AI screening for diabetic retinopathy from fundus photographs",
        ),
        solves: "khám đáy mắt định kỳ cho người bệnh đái tháo đường ở tuyến xã",
        how: (
            "Nhân viên y tế chụp ảnh đáy mắt bằng máy chụp cầm tay không cần nhỏ thuốc giãn đồng tử, ảnh được gửi lên máy chủ, nơi mô hình học sâu huấn luyện trên hơn 100.000 ảnh đáy mắt phân độ bệnh võng mạc trong vài giây. Ca từ mức trung bình trở lên được chuyển bác sĩ nhãn khoa đọc lại và hẹn điều trị laser hoặc tiêm nội nhãn.",
            "Health workers photograph the fundus with a handheld non-mydriatic camera; the images go to a server where a deep-learning model trained on more than 100,000 fundus photos grades the retinopathy within seconds. Cases graded moderate or worse are passed to an ophthalmologist for review and booked for laser treatment or intravitreal injection.",
        ),
        gain: (
            "khám sàng lọc 60–80 người bệnh mỗi ngày ngay tại trạm y tế với độ nhạy trên 90%, phát hiện bệnh võng mạc trước khi thị lực suy giảm",
            "screens 60–80 patients a day at the health station with over 90% sensitivity, catching retinopathy before sight deteriorates",
        ),
        variants: [
            Variant {
                title: (
                    "Sàng lọc bệnh võng mạc đái tháo đường bằng máy chụp đáy mắt cầm tay tại trạm y tế xã",
                    "Diabetic retinopathy screening with handheld fundus cameras at commune health stations",
                ),
                detail: "Máy chụp cầm tay giá khoảng 150 triệu đồng, y sĩ trạm y tế được đào tạo chụp trong 2 ngày.",
            },
            Variant {
                title: (
                    "Sàng lọc bệnh võng mạc đái tháo đường bằng AI chạy ngoại tuyến trên máy tính bảng",
                    "Offline AI diabetic retinopathy screening on tablets",
                ),
                detail: "Mô hình AI thu gọn chạy ngay trên máy tính bảng, cho kết quả tại chỗ khi khám lưu động ở vùng sóng yếu.",
            },
            Variant {
                title: (
                    "Sàng lọc võng mạc đái tháo đường từ xa: AI và bác sĩ nhãn khoa đọc ảnh cho bệnh viện tuyến dưới",
                    "Remote diabetic retinopathy screening: AI and ophthalmologists read images for lower-level hospitals",
                ),
                detail: "AI lọc trước ảnh bình thường, bác sĩ nhãn khoa tuyến tỉnh chỉ đọc lại 20–30% ca nghi ngờ trong vòng 24 giờ.",
            },
        ],
        users: [
            "trạm y tế xã quản lý người bệnh đái tháo đường",
            "khoa nội tiết của bệnh viện đa khoa khu vực",
            "phòng khám mắt tư nhân tổ chức khám lưu động",
        ],
        strengths: [
            "Không phải nhỏ thuốc giãn đồng tử, chụp mỗi mắt dưới 1 phút",
            "Độ nhạy trên 90% với bệnh võng mạc từ mức trung bình trở lên",
        ],
    },
];
