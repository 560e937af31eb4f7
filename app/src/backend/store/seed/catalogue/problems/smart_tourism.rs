//! The smart-tourism sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("giảm ùn tắc bến thuyền vào mùa lễ hội", "easing congestion at boat piers during festival season"),
        cases: [
            Case {
                title: (
                    "giảm thời gian chờ xuống thuyền tại bến 2.000 thuyền vào mùa lễ hội đầu xuân",
                    "cutting boarding waits at a 2,000-boat pier during the spring festival season",
                ),
                situation: (
                    "Tháng Giêng, bến đón 15.000–20.000 khách mỗi ngày, gấp ba ngày thường; khách xếp hàng mua vé rồi đứng chờ thuyền 60–90 phút ngoài trời. Lái đò được gọi lượt bằng loa tay nên thường có thuyền nằm chờ ở bãi này trong khi khách chờ ở bãi khác, và bến đã nhận nhiều phản ánh trên mạng xã hội.",
                    "In the first lunar month the pier receives 15,000–20,000 visitors a day, three times a normal day; visitors queue for tickets and then stand waiting for a boat for 60–90 minutes in the open. Rowers are called by handheld megaphone, so boats often sit idle at one landing while visitors wait at another, and the pier has drawn many complaints on social media.",
                ),
            },
            Case {
                title: (
                    "xếp lượt chở khách công bằng cho 600 lái đò tại bến Tam Cốc mùa lúa chín",
                    "fair trip allocation for 600 rowers at the Tam Cốc pier in rice-harvest season",
                ),
                situation: (
                    "Mùa lúa chín tháng 5–6, bến có ngày đón 6.000 khách, phần lớn là khách quốc tế đi lẻ đến dồn dập từ 8 đến 10 giờ sáng. Lái đò ghi lượt vào sổ tay nên hay xảy ra chen lượt, tranh cãi và khó đối soát tiền vé với tiền công; ban quản lý bến chỉ có 4 nhân viên điều phối.",
                    "In the May–June harvest season the pier has days with 6,000 visitors, mostly independent international travellers arriving in a rush between 8 and 10 am. Rowers log their turns in notebooks, so queue-jumping and disputes are common and ticket money is hard to reconcile with pay; the pier's management has only 4 dispatch staff.",
                ),
            },
            Case {
                title: (
                    "điều tiết khách tại bến thuyền nan đầm Vân Long dịp nghỉ lễ 30/4",
                    "managing visitors at the Vân Long wetland bamboo-boat pier over the 30 April holiday",
                ),
                situation: (
                    "Bến có 150 thuyền nan, ngày thường đón 500 khách nhưng dịp nghỉ lễ vọt lên 3.000 khách, xe khách đỗ tràn ra đường vào khu. Vé giấy bán tại một quầy duy nhất, bến không biết trước lượng khách để huy động thêm lái đò, và ngân sách đầu tư dưới 150 triệu đồng.",
                    "The pier has 150 bamboo boats and normally takes 500 visitors a day, but over the holiday this jumps to 3,000 and coaches park along the access road. Paper tickets are sold at a single counter, the pier cannot foresee arrivals to call in extra rowers, and the budget is under 150 million VND.",
                ),
            },
        ],
        wanted: "Thời gian từ lúc mua vé đến khi xuống thuyền không quá 20 phút vào ngày cao điểm; mỗi lái đò xem được số lượt chở và tiền công của mình trên điện thoại cuối ngày.",
    },
    Problem {
        name: (
            "số hóa trải nghiệm của du khách tại khu di tích",
            "digitising the visitor experience at heritage sites",
        ),
        cases: [
            Case {
                title: (
                    "thuyết minh cho khách quốc tế tại khu di tích cố đô Hoa Lư khi chỉ có 3 hướng dẫn viên ngoại ngữ",
                    "commentary for international visitors at the Hoa Lư ancient capital with only 3 foreign-language guides",
                ),
                situation: (
                    "Khoảng 30% khách đến khu di tích là người nước ngoài, nói tiếng Anh, Pháp, Hàn, nhưng đơn vị chỉ có 3 hướng dẫn viên tiếng Anh. Phần lớn khách tự đi, đọc vài bảng chỉ dẫn ngắn rồi rời đi sau 30–40 phút mà không hiểu ý nghĩa đền thờ vua Đinh, vua Lê.",
                    "About 30% of visitors to the site are foreigners speaking English, French or Korean, but the site has only 3 English-speaking guides. Most visitors walk around alone, read a few short signs and leave after 30–40 minutes without grasping the significance of the temples of King Đinh and King Lê.",
                ),
            },
            Case {
                title: (
                    "giới thiệu trước chuyến đi khu chùa núi rộng hàng trăm hecta cho khách hành hương lớn tuổi",
                    "introducing a hillside pagoda complex of hundreds of hectares to elderly pilgrims before their trip",
                ),
                situation: (
                    "Khu chùa có nhiều tầng điện và hành lang dài gần 2 km, khách lớn tuổi thường không biết lộ trình nên đi bộ mệt và bỏ dở giữa chừng. Trang giới thiệu hiện chỉ có ảnh tĩnh và văn bản, trong khi các công ty lữ hành muốn cho khách xem trước để chọn tuyến xe điện phù hợp.",
                    "The pagoda complex has several tiers of halls and corridors nearly 2 km long; elderly visitors often do not know the route, tire on foot and give up halfway. The website only has still photos and text, while tour operators want guests to preview the site and choose a suitable electric-shuttle route.",
                ),
            },
            Case {
                title: (
                    "tạo trải nghiệm tham quan có hướng dẫn cho khách lẻ tại quần thể nhà thờ đá ở Kim Sơn",
                    "a guided visit for independent travellers at a stone cathedral complex in Kim Sơn",
                ),
                situation: (
                    "Quần thể nhà thờ bằng đá và gỗ hơn 130 năm tuổi đón khoảng 2.000 khách mỗi ngày cuối tuần nhưng không bán vé và không có đội thuyết minh. Khách tự đi, bỏ qua các chi tiết chạm khắc quý, trong khi ban quản lý muốn hạn chế khách vào khu vực đang trùng tu.",
                    "The stone-and-timber cathedral complex, over 130 years old, receives about 2,000 visitors a day at weekends but sells no tickets and has no guiding team. Visitors wander on their own and miss the valuable carvings, while the management wants to keep people out of areas under restoration.",
                ),
            },
        ],
        wanted: "Ít nhất 50% khách quốc tế nghe thuyết minh bằng ngôn ngữ của mình; thời gian tham quan bình quân tăng từ 40 lên 70 phút trong năm đầu.",
    },
    Problem {
        name: ("phân bổ lượng khách giữa các điểm du lịch", "spreading visitors across tourist sites"),
        cases: [
            Case {
                title: (
                    "giãn khách giữa Tràng An, Tam Cốc và Hang Múa vào sáng cuối tuần",
                    "spreading weekend-morning visitors between Tràng An, Tam Cốc and Hang Múa",
                ),
                situation: (
                    "Cuối tuần, khoảng 70% khách dồn vào ba điểm trong khung 8–11 giờ sáng, đường vào Hang Múa tắc xe 1–2 km trong khi Thung Nham, Vân Long còn vắng. Các điểm chưa chia sẻ số liệu khách với nhau và cơ quan quản lý chỉ biết tổng số vé bán ra vào cuối ngày.",
                    "At weekends about 70% of visitors converge on three sites between 8 and 11 am, with 1–2 km of traffic on the road to Hang Múa while Thung Nham and Vân Long stay quiet. The sites share no visitor data with one another and the authorities only learn total ticket sales at the end of the day.",
                ),
            },
            Case {
                title: (
                    "đưa khách đoàn từ khu du lịch tâm linh về các điểm mới ở Kim Sơn, Yên Mô",
                    "drawing tour groups from the spiritual tourism site to new destinations in Kim Sơn and Yên Mô",
                ),
                situation: (
                    "Khách đoàn thường đi trong ngày Bái Đính – Tràng An rồi về Hà Nội, thời gian lưu trú bình quân chỉ 1,3 ngày. Các điểm mới như làng cói Kim Sơn, hồ Yên Thắng ít người biết, và công ty lữ hành thiếu thông tin giờ vắng khách để thiết kế tuyến.",
                    "Tour groups usually do Bái Đính and Tràng An as a day trip and return to Hanoi, so the average stay is only 1.3 days. Newer destinations such as the Kim Sơn sedge village and Yên Thắng lake are little known, and tour operators lack data on quiet hours to design routes.",
                ),
            },
            Case {
                title: (
                    "điều tiết luồng khách giữa các điểm lễ hội ở Ninh Bình, Nam Định và Phủ Lý dịp đầu xuân",
                    "balancing visitor flows between festival sites in Ninh Bình, Nam Định and Phủ Lý in early spring",
                ),
                situation: (
                    "Dịp Tết và lễ hội đầu năm, đền Trần ở Nam Định, chùa Tam Chúc và chùa Bái Đính cùng lúc đón hàng chục nghìn khách mỗi ngày, gây ùn tắc trên quốc lộ và cao tốc. Cơ quan quản lý du lịch muốn biết trước 1–2 giờ điểm nào sắp quá tải để khuyến cáo khách qua phát thanh và mạng xã hội, nhưng chưa có nguồn dữ liệu chung.",
                    "Over Tết and the early-year festivals, the Trần temples in Nam Định, Tam Chúc pagoda and Bái Đính pagoda each receive tens of thousands of visitors a day at the same time, jamming national roads and the expressway. The tourism authority wants to know 1–2 hours ahead which site is about to overflow so it can advise visitors by radio and social media, but there is no shared data source.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 20% lượng khách tại điểm đông nhất trong khung giờ cao điểm; cảnh báo quá tải và gợi ý điểm thay thế được phát trước 1–2 giờ.",
    },
    Problem {
        name: ("quản lý đặt phòng đa kênh cho homestay nhỏ", "managing multi-channel bookings for small homestays"),
        cases: [
            Case {
                title: (
                    "tránh trùng phòng cho homestay 12 phòng ở Tam Cốc nhận khách từ 4 sàn đặt phòng",
                    "avoiding double bookings at a 12-room Tam Cốc homestay taking guests from 4 booking sites",
                ),
                situation: (
                    "Chủ nhà tự cập nhật phòng trống trên 4 sàn đặt phòng và trang cá nhân bằng tay, mỗi tháng bị trùng phòng 3–5 lần, phải chuyển khách sang nhà khác và nhận đánh giá thấp. Mùa cao điểm, hai vợ chồng mất khoảng 2 giờ mỗi tối để trả lời tin nhắn và khai báo lưu trú.",
                    "The owners update free rooms on 4 booking sites and their own page by hand and suffer 3–5 double bookings a month, having to send guests to other houses and collecting poor reviews. In high season the couple spend about 2 hours every evening answering messages and filing guest registrations.",
                ),
            },
            Case {
                title: (
                    "quản lý chung 25 homestay của hợp tác xã du lịch cộng đồng ở Nho Quan",
                    "jointly managing 25 homestays of a community-tourism cooperative in Nho Quan",
                ),
                situation: (
                    "Hợp tác xã nhận khách đoàn và khách lẻ rồi chia về các hộ bằng điện thoại và sổ ghi chép, nhiều chủ hộ không dùng máy tính. Công suất phòng bình quân chỉ 35%, chênh lệch lớn giữa hộ gần đường và hộ trong làng, và hợp tác xã khó thu phí dịch vụ chung.",
                    "The cooperative takes groups and individual guests and allocates them to households by phone and notebook; many hosts do not use computers. Average occupancy is only 35%, with a wide gap between roadside and village-centre households, and the cooperative struggles to collect its common service fee.",
                ),
            },
            Case {
                title: (
                    "điều chỉnh giá phòng theo mùa lễ hội cho khách sạn mini 20 phòng ở Hoa Lư",
                    "seasonal rate setting for a 20-room mini hotel in Hoa Lư",
                ),
                situation: (
                    "Khách sạn để một mức giá cố định quanh năm trên các sàn, cháy phòng từ sớm vào dịp lễ hội nhưng vắng khách tháng 7–9, công suất cả năm 48%. Lễ tân ca đêm kiêm nhiều việc và hay quên khóa phòng trên sàn khi khách đặt trực tiếp qua điện thoại.",
                    "The hotel keeps one fixed rate all year on every site, sells out early at festival time but is empty in July–September, with 48% occupancy over the year. The night receptionist juggles many tasks and often forgets to close rooms on the sites when guests book directly by phone.",
                ),
            },
        ],
        wanted: "Không còn trường hợp trùng phòng sau 3 tháng sử dụng; công suất phòng cả năm tăng ít nhất 10 điểm phần trăm với chi phí dưới 300.000 đồng mỗi tháng.",
    },
];
