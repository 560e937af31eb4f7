//! The education sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("đào tạo lại lao động cho nhà máy thông minh", "reskilling workers for smart factories"),
        cases: [
            Case {
                title: (
                    "đào tạo lại 150 công nhân lắp ráp điện tử khi nhà máy chuyển sang dây chuyền tự động",
                    "retraining 150 electronics assembly workers as the plant switches to automated lines",
                ),
                situation: (
                    "Nhà máy trong khu công nghiệp Gián Khẩu lắp thêm 3 dây chuyền có robot và camera kiểm tra, trong khi 150 công nhân phần lớn tốt nghiệp THCS, THPT và chỉ quen thao tác tay. Nhà cung cấp thiết bị chỉ đào tạo 5 kỹ sư trong 2 tuần, còn dây chuyền chạy 3 ca nên không thể dừng để dạy công nhân.",
                    "A plant in the Gián Khẩu industrial park is installing 3 more lines with robots and camera inspection, while its 150 workers mostly finished lower or upper secondary school and are used to manual work. The equipment supplier trains only 5 engineers for 2 weeks, and the lines run 3 shifts so they cannot be stopped to teach the workers.",
                ),
            },
            Case {
                title: (
                    "nâng kỹ năng vận hành máy CNC cho thợ cơ khí lớn tuổi ở xưởng 60 người tại Tam Điệp",
                    "upskilling older machinists to run CNC machines in a 60-worker shop in Tam Điệp",
                ),
                situation: (
                    "Xưởng vừa mua 12 máy CNC thay máy tiện, phay cơ, nhưng hơn nửa số thợ trên 45 tuổi chưa quen lập trình và đọc bản vẽ số. Mỗi lần chạy sai chương trình làm hỏng phôi, gãy dao trị giá 2–5 triệu đồng, và xưởng không thể cho thợ nghỉ dài ngày đi học.",
                    "The shop has just bought 12 CNC machines to replace manual lathes and mills, but more than half of its machinists are over 45 and unused to programming or reading digital drawings. Each wrongly run program ruins workpieces and breaks tools worth 2–5 million VND, and the shop cannot release workers for long courses.",
                ),
            },
            Case {
                title: (
                    "đào tạo tổ bảo trì vận hành hệ thống giám sát sản xuất 200 cảm biến ở nhà máy thực phẩm Khánh Phú",
                    "training the maintenance team to run a 200-sensor production-monitoring system at a Khánh Phú food plant",
                ),
                situation: (
                    "Nhà máy chế biến thực phẩm vừa đưa vào hệ thống giám sát sản xuất với 200 cảm biến, nhưng tổ bảo trì 12 người chỉ quen sửa cơ khí và điện cơ bản. Nhiều cảnh báo bị bỏ qua vì công nhân không hiểu màn hình, và ngân sách đào tạo dưới 300 triệu đồng mỗi năm.",
                    "The food-processing plant has just brought in a production-monitoring system with 200 sensors, but its 12-person maintenance team only knows basic mechanical and electrical repair. Many alerts are ignored because workers do not understand the screens, and the training budget is under 300 million VND a year.",
                ),
            },
        ],
        wanted: "Ít nhất 80% công nhân được đào tạo lại đạt chuẩn vận hành dây chuyền mới trong 3 tháng; thời gian dừng máy do lỗi thao tác giảm tối thiểu 30%.",
    },
    Problem {
        name: (
            "dạy thực hành khoa học ở trường thiếu phòng thí nghiệm",
            "teaching hands-on science in schools without laboratories",
        ),
        cases: [
            Case {
                title: (
                    "tổ chức thí nghiệm Hóa học cho 12 lớp của trường THCS miền núi chưa có phòng bộ môn",
                    "running chemistry experiments for 12 classes at a mountain lower-secondary school with no subject lab",
                ),
                situation: (
                    "Trường ở Nho Quan có 480 học sinh nhưng chỉ có một phòng học cải tạo làm phòng thí nghiệm chung, không có tủ hút và thiếu hóa chất. Giáo viên Hóa chủ yếu dạy thí nghiệm qua tranh và video, nhiều học sinh lên lớp 10 chưa từng cầm ống nghiệm.",
                    "The school in Nho Quan has 480 pupils but only one converted classroom serving as a shared lab, with no fume cupboard and too few chemicals. The chemistry teacher mostly teaches experiments through pictures and videos, and many pupils reach grade 10 without ever having held a test tube.",
                ),
            },
            Case {
                title: (
                    "dạy STEM cho 5 điểm trường lẻ không có giáo viên chuyên",
                    "teaching STEM at 5 satellite schools with no specialist teacher",
                ),
                situation: (
                    "Trường tiểu học có 5 điểm trường lẻ cách nhau 5–15 km, mỗi điểm 3–5 lớp, không có giáo viên được đào tạo về STEM. Hai điểm chỉ có sóng 4G yếu và kinh phí mua thiết bị mỗi năm dưới 50 triệu đồng.",
                    "The primary school has 5 satellite sites 5–15 km apart, each with 3–5 classes and no teacher trained in STEM. Two sites have only a weak 4G signal, and the annual equipment budget is under 50 million VND.",
                ),
            },
            Case {
                title: (
                    "cho học sinh THPT tự làm đủ thí nghiệm Vật lý phần điện và quang học",
                    "letting upper-secondary pupils do all the electricity and optics physics experiments themselves",
                ),
                situation: (
                    "Trường có 36 lớp nhưng chỉ 8 bộ dụng cụ thí nghiệm điện, quang, nhiều bộ đã hỏng đồng hồ đo, nên mỗi nhóm 10–12 học sinh dùng chung một bộ. Tiết thực hành 45 phút thường chỉ đủ để giáo viên biểu diễn, học sinh ít được tự lắp mạch và đo đạc.",
                    "The school has 36 classes but only 8 electricity and optics kits, many with broken meters, so groups of 10–12 pupils share one kit. A 45-minute practical usually leaves time only for a teacher demonstration, and pupils rarely build circuits or take measurements themselves.",
                ),
            },
        ],
        wanted: "Mỗi học sinh tự thực hiện 100% thí nghiệm bắt buộc của chương trình trong năm học; chi phí thiết bị, học liệu không quá 150 triệu đồng mỗi trường.",
    },
    Problem {
        name: (
            "bồi dưỡng tiếng Anh giao tiếp cho lao động dịch vụ du lịch",
            "building spoken English among tourism service workers",
        ),
        cases: [
            Case {
                title: (
                    "nâng tiếng Anh giao tiếp cho 80 nhân viên lễ tân, buồng phòng của khu nghỉ dưỡng ở Hoa Lư",
                    "improving spoken English for 80 reception and housekeeping staff at a Hoa Lư resort",
                ),
                situation: (
                    "Khu nghỉ dưỡng có 60% khách quốc tế nhưng chỉ 15% nhân viên giao tiếp tiếng Anh trôi chảy, điểm đánh giá trực tuyến hay bị trừ vì nhân viên không hiểu yêu cầu của khách. Nhân viên làm ca xoay nên không theo được lớp học cố định buổi tối.",
                    "International guests make up 60% of the resort's clientele, but only 15% of staff speak English fluently, and online review scores often suffer because staff misunderstand guests' requests. Staff work rotating shifts and cannot attend a fixed evening class.",
                ),
            },
            Case {
                title: (
                    "giúp 300 lái đò chào hỏi và giới thiệu cảnh quan bằng tiếng Anh",
                    "helping 300 boat rowers greet visitors and describe the scenery in English",
                ),
                situation: (
                    "Lái đò phần lớn là phụ nữ 40–60 tuổi, mỗi ngày chở 1–2 chuyến khách quốc tế dài 2 giờ nhưng chỉ nói được vài từ tiếng Anh. Họ không có thời gian đến lớp, nhiều người không quen đọc chữ tiếng Anh và chỉ dùng điện thoại để nghe gọi, nhắn tin thoại.",
                    "The rowers are mostly women aged 40–60 who take 1–2 two-hour trips with international visitors every day but know only a few words of English. They have no time for classes, many are not used to reading English and use their phones only for calls and voice messages.",
                ),
            },
            Case {
                title: (
                    "dạy tiếng Anh phục vụ khách cho 40 hộ homestay và bán hàng ở làng du lịch cộng đồng",
                    "teaching guest-service English to 40 homestay and stallholder households in a community-tourism village",
                ),
                situation: (
                    "Khách phương Tây chiếm một nửa lượng khách của làng nhưng chủ hộ chủ yếu giao tiếp bằng cử chỉ và ứng dụng dịch. Các lớp tiếng Anh miễn phí trước đây đều bỏ dở sau 2 tháng vì nội dung không sát việc hằng ngày.",
                    "Western visitors make up half of the village's guests, but hosts communicate mostly through gestures and translation apps. Earlier free English classes were all abandoned after 2 months because the content did not match their daily work.",
                ),
            },
        ],
        wanted: "Sau 3 tháng, ít nhất 70% người học xử lý được 20 tình huống giao tiếp thường gặp với khách; điểm đánh giá của khách quốc tế về giao tiếp tăng tối thiểu 0,3 điểm trên thang 5.",
    },
    Problem {
        name: ("huấn luyện an toàn lao động cho công nhân mới vào nghề", "safety training for newly hired workers"),
        cases: [
            Case {
                title: (
                    "giảm tai nạn trong 3 tháng đầu làm việc ở nhà máy may 2.000 lao động",
                    "reducing accidents in the first 3 months of work at a 2,000-worker garment factory",
                ),
                situation: (
                    "Nhà máy tuyển 300–400 công nhân mới mỗi năm và huấn luyện an toàn bằng một buổi giảng trong hội trường kèm bài trắc nghiệm. Năm qua có 18 vụ kim đâm tay, kẹt tay vào máy và một lần sơ tán chậm khi diễn tập báo cháy, phần lớn rơi vào người làm chưa đủ 6 tháng.",
                    "The factory hires 300–400 new workers a year and gives safety training as one lecture in the hall plus a multiple-choice test. Last year there were 18 needle-stick and caught-hand injuries and one slow evacuation during a fire drill, mostly involving people with less than 6 months' service.",
                ),
            },
            Case {
                title: (
                    "huấn luyện làm việc trên cao và trong silo cho 120 công nhân bảo trì nhà máy xi măng",
                    "training 120 cement-plant maintenance workers for work at height and inside silos",
                ),
                situation: (
                    "Công nhân bảo trì thường xuyên vào silo và leo tháp trao đổi nhiệt cao gần 100 m. Diễn tập thực tế tốn kém, có khi phải dừng lò, và ban an toàn muốn kiểm tra được từng người có đo khí, đeo dây an toàn đúng quy trình hay không.",
                    "Maintenance workers regularly enter silos and climb a preheater tower nearly 100 m high. Real drills are expensive and sometimes require stopping the kiln, and the safety team wants to check that each worker tests the air and wears a harness by the book.",
                ),
            },
            Case {
                title: (
                    "tổ chức huấn luyện an toàn định kỳ cho 30 xưởng cơ khí nhỏ trong cụm công nghiệp",
                    "periodic safety training for 30 small engineering workshops in an industrial cluster",
                ),
                situation: (
                    "Các xưởng có 10–40 công nhân, không có cán bộ an toàn chuyên trách và chủ yếu huấn luyện cho đủ hồ sơ. Thuê đơn vị huấn luyện đến tận nơi tốn kém, còn công nhân ngại nghỉ nửa ngày công để học lý thuyết.",
                    "The workshops have 10–40 workers each, no dedicated safety officer, and train mostly to complete the paperwork. Bringing in a training provider on site is costly, and workers are reluctant to give up half a day's pay to sit through theory.",
                ),
            },
        ],
        wanted: "Ít nhất 90% công nhân mới xử lý đúng các tình huống nguy hiểm trong bài sát hạch trước khi vào ca; số tai nạn lao động trong năm đầu giảm tối thiểu 30%.",
    },
];
