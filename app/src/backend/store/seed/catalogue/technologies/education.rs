//! The education sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("nền tảng học trực tuyến STEM cho học sinh", "online STEM learning platform for pupils"),
        solves: "thiếu giáo viên và học liệu STEM ở trường vùng xa",
        how: (
            "Nền tảng có 300–500 bài học STEM gồm video ngắn, mô phỏng tương tác và dự án làm từ vật liệu rẻ như ống nhựa, động cơ mini, bo mạch vi điều khiển, bám chương trình giáo dục phổ thông 2018 từ lớp 4 đến lớp 9. Giáo viên STEM ở thành phố dạy trực tuyến theo lịch cho nhiều điểm trường cùng lúc, giáo viên tại chỗ được hướng dẫn làm trợ giảng.",
            "The platform holds 300–500 STEM lessons made of short videos, interactive simulations and projects built from cheap materials such as plastic tubing, mini motors and microcontroller boards, following the 2018 general-education curriculum from grade 4 to grade 9. STEM teachers in town teach live online on a timetable to several satellite schools at once, with local teachers coached to act as classroom assistants.",
        ),
        gain: (
            "bảo đảm mỗi học sinh vùng xa có ít nhất 2 tiết STEM mỗi tháng và nâng 15–25% điểm đánh giá năng lực khoa học sau một năm học",
            "gives every remote pupil at least 2 STEM lessons a month and raises science-competence scores by 15–25% after one school year",
        ),
        variants: [
            Variant {
                title: (
                    "Học trực tuyến STEM kèm bộ dụng cụ thực hành gửi tận trường vùng xa",
                    "Online STEM learning with hands-on kits delivered to remote schools",
                ),
                detail: "Mỗi bài học kèm một hộp dụng cụ cho nhóm 4 học sinh, gửi theo học kỳ, học sinh làm theo video và nộp ảnh sản phẩm lên nền tảng.",
            },
            Variant {
                title: (
                    "Học trực tuyến STEM có giáo viên dạy trực tiếp qua mạng cho nhiều điểm trường lẻ",
                    "Online STEM learning with live teachers streaming to several satellite schools",
                ),
                detail: "Một giáo viên STEM dạy trực tiếp cho 5–10 lớp ở các điểm trường cùng lúc, giáo viên chủ nhiệm hỗ trợ học sinh tại lớp.",
            },
            Variant {
                title: (
                    "Học liệu STEM trực tuyến chạy được ngoại tuyến trên máy chủ mini cho trường mạng yếu",
                    "Online STEM content that also runs offline on a mini server for schools with weak internet",
                ),
                detail: "Toàn bộ video, mô phỏng được nạp sẵn vào máy chủ mini phát Wi-Fi trong trường, kết quả học tập đồng bộ lên nền tảng khi có mạng.",
            },
        ],
        users: [
            "trường tiểu học và THCS ở xã miền núi Nho Quan",
            "sở giáo dục và đào tạo triển khai giáo dục STEM",
            "trung tâm giáo dục thường xuyên",
        ],
        strengths: [
            "Bài học bám chương trình giáo dục phổ thông 2018, dùng ngay trong tiết chính khóa",
            "Dụng cụ thực hành dưới 50.000 đồng cho mỗi nhóm học sinh",
        ],
    },
    Tech {
        name: ("phòng thí nghiệm ảo cho môn Vật lý và Hóa học", "virtual laboratory for physics and chemistry"),
        solves: "trường học thiếu phòng thí nghiệm và hóa chất thực hành",
        how: (
            "Phần mềm mô phỏng 150–200 thí nghiệm Vật lý, Hóa học THCS và THPT với dụng cụ, hóa chất và hiện tượng hiển thị 3D theo đúng định luật, cho học sinh tự lắp mạch, pha dung dịch, đo đạc và ghi số liệu. Phần mềm chạy trên máy tính phòng tin học, máy tính bảng hoặc kính thực tế ảo, giáo viên theo dõi thao tác của từng em trên bảng điều khiển.",
            "The software simulates 150–200 lower- and upper-secondary physics and chemistry experiments, with apparatus, chemicals and phenomena shown in 3D according to physical laws, so pupils assemble circuits, mix solutions, take measurements and record data themselves. It runs on computer-room PCs, tablets or VR headsets, and the teacher follows each pupil's actions on a dashboard.",
        ),
        gain: (
            "cho học sinh làm đủ 100% thí nghiệm bắt buộc của chương trình và giảm 40–60% chi phí hóa chất tiêu hao mỗi năm",
            "lets pupils carry out 100% of the compulsory experiments in the curriculum and cuts consumable chemical costs by 40–60% a year",
        ),
        variants: [
            Variant {
                title: (
                    "Phòng thí nghiệm ảo Hóa học mô phỏng phản ứng nguy hiểm, chạy trên máy tính phòng tin học",
                    "Virtual chemistry lab simulating hazardous reactions, on computer-room PCs",
                ),
                detail: "Học sinh làm thí nghiệm với axit đặc, natri, khí clo trên mô phỏng, không có rủi ro cháy nổ, bỏng hay ngộ độc.",
            },
            Variant {
                title: (
                    "Phòng thí nghiệm ảo Vật lý bằng kính thực tế ảo cho lớp 10–12",
                    "Virtual physics lab with VR headsets for grades 10–12",
                ),
                detail: "Học sinh dùng tay cầm để lắp mạch điện, bố trí quang cụ, đo dao động trong không gian 3D, mỗi phòng trang bị 20 kính.",
            },
            Variant {
                title: (
                    "Phòng thí nghiệm ảo kết hợp cảm biến đo thật cho trường ít dụng cụ",
                    "Virtual lab combined with real measuring sensors for schools short of apparatus",
                ),
                detail: "Cảm biến nhiệt độ, pH, lực, điện áp giá rẻ gửi số liệu thật vào phần mềm để học sinh so sánh với kết quả mô phỏng.",
            },
        ],
        users: [
            "trường THCS chưa có phòng học bộ môn đạt chuẩn",
            "trường THPT ở vùng nông thôn",
            "trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên",
        ],
        strengths: [
            "Bám danh mục thí nghiệm bắt buộc của chương trình giáo dục phổ thông 2018",
            "Không tốn hóa chất, không phát sinh chất thải phòng thí nghiệm",
        ],
    },
    Tech {
        name: ("hệ thống đánh giá kỹ năng nghề bằng mô phỏng", "simulation-based vocational skills assessment"),
        solves: "đánh giá tay nghề học viên tốn vật tư và thiết bị thật",
        how: (
            "Học viên thao tác trên mô phỏng hàn, vận hành máy CNC, lái xe nâng hoặc đấu điện công nghiệp với tay cầm và bàn điều khiển giống thật. Phần mềm ghi lại góc mỏ hàn, tốc độ, trình tự thao tác, lỗi an toàn và chấm điểm theo tiêu chuẩn kỹ năng nghề quốc gia, chỉ bài thi cuối mới dùng thiết bị và vật tư thật.",
            "Trainees work on simulators for welding, CNC operation, forklift driving or industrial wiring with true-to-life handles and control panels. The software records torch angle, speed, sequence of operations and safety errors and scores them against the national occupational skills standards, so only the final exam uses real equipment and materials.",
        ),
        gain: (
            "giảm 50–70% vật tư tiêu hao cho thực hành và thi tay nghề, đồng thời chấm điểm mọi học viên theo cùng một tiêu chí",
            "cuts consumables for practice and skills exams by 50–70% and scores every trainee against the same criteria",
        ),
        variants: [
            Variant {
                title: (
                    "Đánh giá kỹ năng hàn bằng mô phỏng thực tế ảo, chấm góc mỏ hàn và tốc độ di chuyển",
                    "Welding skills assessment by VR simulation, scoring torch angle and travel speed",
                ),
                detail: "Không tốn que hàn, phôi thép và khí bảo vệ, học viên tập lại không giới hạn trước khi thi trên phôi thật.",
            },
            Variant {
                title: (
                    "Đánh giá kỹ năng vận hành máy CNC bằng mô phỏng bảng điều khiển giống thật",
                    "CNC operating skills assessment on a simulated true-to-life control panel",
                ),
                detail: "Học viên lập trình, gá phôi, chạy thử trên mô phỏng, hệ thống phát hiện va chạm dao và lỗi tọa độ trước khi chạy máy thật.",
            },
            Variant {
                title: (
                    "Đánh giá kỹ năng lái xe nâng và đấu điện công nghiệp bằng mô phỏng cho doanh nghiệp tuyển dụng",
                    "Simulation-based forklift and industrial wiring skills assessment for recruiting employers",
                ),
                detail: "Nhà máy trong khu công nghiệp dùng để sát hạch ứng viên trong 30 phút trước khi nhận vào làm.",
            },
        ],
        users: [
            "trường cao đẳng nghề có khoa cơ khí, điện",
            "trung tâm đánh giá kỹ năng nghề quốc gia",
            "phòng nhân sự nhà máy trong khu công nghiệp",
        ],
        strengths: [
            "Ghi lại từng thao tác để giáo viên xem lại và chỉ lỗi cụ thể",
            "Chấm điểm theo tiêu chuẩn kỹ năng nghề quốc gia, không phụ thuộc người chấm",
        ],
    },
    Tech {
        name: ("ứng dụng học tiếng Anh du lịch cho người lao động", "tourism English app for workers"),
        solves: "người lao động ngành du lịch yếu tiếng Anh giao tiếp",
        how: (
            "Ứng dụng gồm 200–300 tình huống giao tiếp theo vị trí việc làm như lễ tân, buồng phòng, phục vụ bàn, lái đò, bán hàng lưu niệm; người học nghe mẫu, nói lại và được AI nhận dạng giọng nói chấm phát âm, sửa lỗi ngay. Mỗi bài dài 10 phút, học được trong giờ nghỉ giữa ca.",
            "The app holds 200–300 conversation scenarios organised by job – reception, housekeeping, table service, boat rowing, souvenir selling; learners listen to a model, repeat it and have their pronunciation scored and corrected on the spot by AI speech recognition. Each lesson lasts 10 minutes and fits into a break between shifts.",
        ),
        gain: (
            "đưa 70% học viên đến mức xử lý được các tình huống giao tiếp cơ bản sau 3 tháng học 10 phút mỗi ngày",
            "brings 70% of learners to handling basic conversation scenarios after 3 months of 10 minutes a day",
        ),
        variants: [
            Variant {
                title: (
                    "Học tiếng Anh du lịch theo vị trí lễ tân, buồng phòng, phục vụ cho nhân viên khách sạn",
                    "Tourism English by job role – reception, housekeeping, service – for hotel staff",
                ),
                detail: "Lộ trình riêng cho từng vị trí, quản lý khách sạn xem tiến độ và điểm phát âm của nhân viên hằng tuần.",
            },
            Variant {
                title: (
                    "Học tiếng Anh du lịch cho lái đò, người bán hàng và chủ homestay qua tin nhắn thoại",
                    "Tourism English for boat rowers, vendors and homestay hosts through voice messages",
                ),
                detail: "Bài học 3–5 câu gửi bằng tin nhắn thoại mỗi sáng, không cần đọc phiên âm, phù hợp người lớn tuổi ít dùng ứng dụng.",
            },
            Variant {
                title: (
                    "Học tiếng Anh du lịch với AI luyện nói nhập vai du khách nước ngoài",
                    "Tourism English with an AI that role-plays foreign visitors for speaking practice",
                ),
                detail: "Trợ lý ảo đóng vai khách hỏi đường, phàn nàn, đặt dịch vụ để người học luyện phản xạ hội thoại không sợ sai.",
            },
        ],
        users: [
            "khách sạn 2–4 sao ở Tràng An, Tam Cốc",
            "hợp tác xã dịch vụ đò và hộ làm homestay",
            "trường trung cấp nghề du lịch",
        ],
        strengths: [
            "Tình huống lấy từ thực tế bến thuyền, homestay và khu di tích Ninh Bình",
            "Chấm phát âm tự động, học 10 phút mỗi ngày trên điện thoại",
        ],
    },
    Tech {
        name: (
            "mô hình dây chuyền tự động thu nhỏ điều khiển PLC cho đào tạo vận hành",
            "miniature PLC-controlled automated line for operator training",
        ),
        solves: "đào tạo công nhân vận hành, xử lý sự cố dây chuyền tự động mà không phải dừng sản xuất",
        how: (
            "Bộ mô hình gồm băng tải, trạm cấp phôi, cánh tay robot 4–6 trục, trạm kiểm tra bằng camera và trạm đóng gói, điều khiển bằng PLC và màn hình HMI, nối mạng công nghiệp với phần mềm SCADA, MES như nhà máy thật. Giáo viên cài sẵn 30–50 lỗi giả lập như kẹt phôi, hỏng cảm biến, sai tham số để học viên tìm và khắc phục.",
            "The rig comprises a conveyor, a part-feeding station, a 4–6-axis robot arm, a camera inspection station and a packing station, controlled by a PLC and HMI screen and networked to SCADA and MES software as in a real plant. The trainer can trigger 30–50 simulated faults such as jammed parts, failed sensors and wrong parameters for trainees to find and fix.",
        ),
        gain: (
            "rút thời gian đào tạo công nhân vận hành dây chuyền mới từ 8–12 tuần xuống 4–6 tuần mà không phải dừng dây chuyền thật để dạy",
            "cuts training for new automated-line operators from 8–12 weeks to 4–6 weeks without stopping the real line for teaching",
        ),
        variants: [
            Variant {
                title: (
                    "Mô hình dây chuyền tự động thu nhỏ có robot và camera kiểm tra cho trường cao đẳng kỹ thuật",
                    "Miniature automated line with robot and camera inspection for technical colleges",
                ),
                detail: "Bộ chuẩn 5 trạm kèm giáo trình 20 bài từ lập trình PLC đến vận hành cả dây chuyền, dùng cho lớp 20–24 sinh viên.",
            },
            Variant {
                title: (
                    "Mô hình dây chuyền tự động thu nhỏ đặt tại nhà máy, mô phỏng đúng dây chuyền đang chạy",
                    "Miniature automated line installed at the factory, replicating the line in operation",
                ),
                detail: "Cấu hình theo đúng thiết bị và quy trình của nhà máy đặt hàng để đào tạo công nhân mới và luyện xử lý sự cố.",
            },
            Variant {
                title: (
                    "Mô hình dây chuyền tự động thu nhỏ kèm bản sao số trên máy tính cho học viên tự luyện",
                    "Miniature automated line with a digital twin on PC for trainee self-practice",
                ),
                detail: "Học viên lập trình và chạy thử trên bản sao số trước khi nạp vào PLC thật, nhờ đó một bộ mô hình phục vụ được 20–30 học viên.",
            },
        ],
        users: [
            "trường cao đẳng kỹ thuật công nghiệp",
            "nhà máy lắp ráp trong khu công nghiệp Gián Khẩu",
            "trung tâm đào tạo nội bộ của doanh nghiệp FDI",
        ],
        strengths: [
            "Dùng PLC, cảm biến và robot công nghiệp thật, không phải đồ mô phỏng",
            "Thư viện 30–50 lỗi giả lập theo sự cố thường gặp ở nhà máy",
        ],
    },
    Tech {
        name: (
            "hệ thống chấm bài tự luận và phân tích tiến bộ học sinh bằng AI",
            "AI essay marking and pupil-progress analytics",
        ),
        solves: "chấm bài tự luận và nhận xét riêng cho từng học sinh ở lớp 40–45 em",
        how: (
            "Giáo viên chụp bài làm bằng điện thoại, hệ thống nhận dạng chữ viết tay tiếng Việt và công thức toán, chấm theo đáp án và thang điểm giáo viên đặt, gợi ý lời nhận xét cho từng bài. Điểm và lỗi sai được tổng hợp thành bản đồ kiến thức của từng học sinh, từng lớp để giáo viên giao bài ôn đúng chỗ hổng.",
            "Teachers photograph the scripts with a phone; the system recognises Vietnamese handwriting and maths formulas, marks against the teacher's answer key and rubric and suggests feedback for each script. Marks and errors are compiled into a knowledge map per pupil and per class so teachers can set revision exactly where the gaps are.",
        ),
        gain: (
            "giảm 50–60% thời gian chấm một đợt kiểm tra và chỉ ra cho từng học sinh 3–5 nội dung cần ôn lại",
            "cuts marking time per test round by 50–60% and shows each pupil the 3–5 topics to revise",
        ),
        variants: [
            Variant {
                title: (
                    "Chấm bài tự luận môn Toán bằng AI, nhận dạng chữ viết tay và công thức",
                    "AI marking of written Maths answers, recognising handwriting and formulas",
                ),
                detail: "Chấm theo từng bước giải, cho điểm thành phần như giáo viên và đánh dấu bước sai trên ảnh bài làm.",
            },
            Variant {
                title: (
                    "Chấm bài tự luận Ngữ văn và tiếng Anh bằng AI, gợi ý lời nhận xét",
                    "AI marking of Literature and English essays with suggested feedback",
                ),
                detail: "Đánh giá bố cục, luận điểm, lỗi chính tả, ngữ pháp theo thang điểm giáo viên đặt, giáo viên duyệt lại trước khi trả bài.",
            },
            Variant {
                title: (
                    "Chấm bài và phân tích tiến bộ học sinh bằng AI cho tổ chuyên môn và ban giám hiệu",
                    "AI marking and pupil-progress analytics for subject teams and school leaders",
                ),
                detail: "Báo cáo theo lớp, khối, chủ đề kiến thức để tổ chuyên môn điều chỉnh kế hoạch dạy học và phụ đạo học sinh yếu.",
            },
        ],
        users: [
            "giáo viên THCS, THPT dạy lớp 40–45 học sinh",
            "trường phổ thông dân tộc nội trú",
            "trung tâm ôn thi vào lớp 10 và tốt nghiệp THPT",
        ],
        strengths: [
            "Giáo viên luôn duyệt điểm cuối cùng, AI chỉ đề xuất",
            "Nhận dạng chữ viết tay tiếng Việt có dấu của học sinh",
        ],
    },
    Tech {
        name: (
            "nền tảng kết nối thực tập và tuyển dụng giữa trường nghề và doanh nghiệp khu công nghiệp",
            "internship and recruitment platform linking vocational schools with industrial-park employers",
        ),
        solves: "tìm chỗ thực tập đúng ngành cho học viên và tuyển đúng tay nghề cho nhà máy",
        how: (
            "Doanh nghiệp đăng vị trí thực tập, việc làm kèm yêu cầu kỹ năng; hồ sơ học viên lấy điểm học phần, kết quả thi tay nghề và nhận xét của giáo viên từ phần mềm quản lý đào tạo của trường, thuật toán ghép cặp theo ngành, kỹ năng, khoảng cách và ca làm. Nhà trường theo dõi nhật ký thực tập, doanh nghiệp đánh giá học viên trên cùng ứng dụng.",
            "Employers post internships and jobs with skill requirements; student profiles pull module grades, skills-test results and teachers' comments from the school's training-management software, and an algorithm matches them by trade, skills, distance and shift. The school follows internship logbooks and employers assess the students in the same app.",
        ),
        gain: (
            "rút thời gian tìm chỗ thực tập từ 4–6 tuần xuống dưới 2 tuần và nâng tỷ lệ học viên được giữ lại làm việc sau thực tập lên 40–50%",
            "cuts the time to find an internship from 4–6 weeks to under 2 weeks and raises the share of interns kept on afterwards to 40–50%",
        ),
        variants: [
            Variant {
                title: (
                    "Kết nối thực tập cho học viên cao đẳng nghề với nhà máy ở khu công nghiệp Khánh Phú, Gián Khẩu",
                    "Internship matching for vocational-college students with factories in the Khánh Phú and Gián Khẩu industrial parks",
                ),
                detail: "Ghép cặp theo ngành cơ khí, điện, điện tử, may và tuyến xe đưa đón công nhân để học viên đi lại thuận tiện.",
            },
            Variant {
                title: (
                    "Kết nối thực tập và tuyển dụng kèm đào tạo theo đơn đặt hàng của doanh nghiệp",
                    "Internship and recruitment matching with employer-ordered training courses",
                ),
                detail: "Doanh nghiệp đặt trước số lượng và kỹ năng cần tuyển, nhà trường mở lớp 3–6 tháng và cam kết giới thiệu học viên đạt chuẩn.",
            },
            Variant {
                title: (
                    "Kết nối thực tập có sổ nhật ký điện tử và đánh giá của người hướng dẫn tại doanh nghiệp",
                    "Internship matching with an electronic logbook and workplace-mentor assessments",
                ),
                detail: "Học viên chấm công, ghi nhật ký hằng ngày trên điện thoại, người hướng dẫn đánh giá theo tuần để nhà trường công nhận học phần thực tập.",
            },
        ],
        users: [
            "trường cao đẳng và trung cấp nghề",
            "phòng nhân sự doanh nghiệp trong khu công nghiệp",
            "trung tâm dịch vụ việc làm tỉnh",
        ],
        strengths: [
            "Ghép cặp theo kỹ năng đã được nhà trường xác nhận, không chỉ theo bằng cấp",
            "Nhà trường và doanh nghiệp theo dõi, đánh giá thực tập trên cùng một ứng dụng",
        ],
    },
    Tech {
        name: (
            "huấn luyện an toàn lao động bằng thực tế ảo cho công nhân",
            "virtual-reality occupational safety training for workers",
        ),
        solves: "huấn luyện công nhân xử lý tình huống nguy hiểm sát thực tế mà không gây rủi ro",
        how: (
            "Công nhân đeo kính thực tế ảo trải qua 20–30 tình huống nguy hiểm dựng theo nhà xưởng thật như cháy nổ, điện giật, kẹt tay vào máy, ngã cao, rò rỉ hóa chất, và phải làm đúng quy trình khóa, treo thẻ, dùng bình chữa cháy, sơ cứu. Hệ thống chấm điểm từng thao tác và lưu hồ sơ huấn luyện theo quy định về an toàn, vệ sinh lao động.",
            "Workers wearing VR headsets go through 20–30 hazardous scenarios modelled on real workshops – fire and explosion, electric shock, hands caught in machines, falls from height, chemical leaks – and must follow the correct lockout-tagout, fire-extinguisher and first-aid procedures. The system scores each action and keeps training records as occupational safety and health regulations require.",
        ),
        gain: (
            "nâng tỷ lệ công nhân xử lý đúng tình huống nguy hiểm từ 40–50% lên trên 85% và giảm 30–40% tai nạn, sự cố trong năm đầu làm việc",
            "raises the share of workers handling hazards correctly from 40–50% to over 85% and cuts accidents and incidents in the first year of work by 30–40%",
        ),
        variants: [
            Variant {
                title: (
                    "Huấn luyện an toàn lao động bằng thực tế ảo cho công nhân may, da giày mới tuyển",
                    "VR occupational safety training for newly hired garment and footwear workers",
                ),
                detail: "Tập trung thoát hiểm khi cháy, an toàn điện và máy may công nghiệp, huấn luyện 50 người mỗi ngày với 10 kính.",
            },
            Variant {
                title: (
                    "Huấn luyện an toàn lao động bằng thực tế ảo khi làm việc trên cao và trong không gian hạn chế",
                    "VR occupational safety training for work at height and in confined spaces",
                ),
                detail: "Dành cho nhà máy xi măng, thép và công trình xây dựng, với tình huống đeo dây an toàn, đo khí trước khi vào bồn, silo.",
            },
            Variant {
                title: (
                    "Huấn luyện an toàn lao động bằng thực tế ảo lưu động, thuê theo đợt cho xưởng nhỏ",
                    "Mobile VR occupational safety training rented per session for small workshops",
                ),
                detail: "Đội huấn luyện mang kính đến tận xưởng, cấp chứng nhận huấn luyện, chi phí từ 300.000 đồng mỗi công nhân.",
            },
        ],
        users: [
            "nhà máy may, da giày trong khu công nghiệp",
            "nhà máy xi măng và vật liệu xây dựng ở Tam Điệp",
            "tổ chức huấn luyện an toàn, vệ sinh lao động",
        ],
        strengths: [
            "Trải nghiệm tình huống nguy hiểm như thật mà không có rủi ro thật",
            "Dựng nội dung theo mặt bằng và máy móc của chính nhà xưởng khách hàng",
        ],
    },
];
