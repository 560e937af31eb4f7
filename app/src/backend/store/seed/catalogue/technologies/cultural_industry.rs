//! The cultural-industry sector's technologies (see `super::super`).

use super::super::{Tech, Variant};

pub const TECHNOLOGIES: &[Tech] = &[
    Tech {
        name: ("công nghệ số hóa 3D hiện vật và di tích", "3D digitisation of artefacts and monuments"),
        solves: "lưu giữ và trưng bày hiện vật quý dễ hư hỏng",
        how: (
            "Hiện vật nhỏ được quét bằng máy quét ánh sáng cấu trúc độ chính xác 0,05–0,1 mm, còn kiến trúc và bia đá được chụp ảnh đa góc (photogrammetry) 300–2.000 ảnh để dựng mô hình 3D có màu thật. Mô hình được lưu theo định dạng lưu trữ lâu dài, đưa lên bảo tàng ảo hoặc in 3D bản sao để trưng bày thay hiện vật gốc.",
            "Small artefacts are scanned with a structured-light scanner at 0.05–0.1 mm accuracy, while buildings and stone steles are photographed from many angles (photogrammetry, 300–2,000 images) to build true-colour 3D models. The models are stored in long-term archival formats, published in a virtual museum or 3D-printed as replicas displayed in place of the originals.",
        ),
        gain: (
            "lưu hồ sơ hình học chính xác đến 0,1 mm cho từng hiện vật và giảm 80–90% số lần phải đưa hiện vật gốc ra khỏi kho",
            "keeps a geometric record accurate to 0.1 mm for each artefact and cuts by 80–90% the number of times originals leave storage",
        ),
        variants: [
            Variant {
                title: (
                    "Số hóa 3D hiện vật bảo tàng bằng máy quét ánh sáng cấu trúc, độ chính xác 0,05 mm",
                    "3D digitisation of museum artefacts by structured-light scanning at 0.05 mm accuracy",
                ),
                detail: "Phù hợp đồ gốm, đồ đồng, tượng gỗ cao dưới 1 m, lưu cả bản đồ màu và vết nứt để theo dõi mức xuống cấp qua các năm.",
            },
            Variant {
                title: (
                    "Số hóa 3D di tích kiến trúc và bia đá bằng flycam và chụp ảnh đa góc",
                    "3D digitisation of historic buildings and stone steles by drone and multi-angle photogrammetry",
                ),
                detail: "Dựng mô hình đình, đền, cổng thành và bia đá ngoài trời, dùng làm hồ sơ trùng tu và đo biến dạng kết cấu theo năm.",
            },
            Variant {
                title: (
                    "Số hóa 3D hiện vật kèm in 3D bản sao trưng bày và bảo tàng ảo trên web",
                    "3D digitisation of artefacts with 3D-printed display replicas and a web virtual museum",
                ),
                detail: "Bản sao in nhựa được sơn giả chất liệu đặt trong tủ trưng bày, bản gốc nằm trong kho ổn định nhiệt độ, độ ẩm.",
            },
        ],
        users: [
            "bảo tàng tỉnh và nhà trưng bày di tích",
            "ban quản lý khu di tích cố đô Hoa Lư",
            "đơn vị tư vấn tu bổ, trùng tu di tích",
        ],
        strengths: [
            "Lưu đồng thời hình khối 3D và màu sắc bề mặt thật của hiện vật",
            "Không tiếp xúc, an toàn cho hiện vật mục, giòn, dễ vỡ",
        ],
    },
    Tech {
        name: (
            "nền tảng thương mại điện tử cho sản phẩm cói và mây tre đan",
            "e-commerce platform for sedge, rattan and bamboo crafts",
        ),
        solves: "bán sản phẩm cói, mây tre đan trực tiếp cho khách ở xa",
        how: (
            "Mỗi cơ sở có gian hàng với ảnh chụp nền trắng chuẩn sàn, video quy trình đan và mã truy xuất ghi làng nghề, người làm, nguyên liệu. Nền tảng đồng bộ đơn hàng lên các sàn trong nước và quốc tế, tính cước theo kích thước hàng cồng kềnh và gom hàng về kho ở Kim Sơn để đóng gói, gửi đi.",
            "Each workshop gets a storefront with marketplace-standard white-background photos, a video of the weaving process and a traceability code naming the craft village, the maker and the materials. The platform syncs orders to domestic and international marketplaces, prices shipping by the volume of bulky goods and consolidates items at a warehouse in Kim Sơn for packing and dispatch.",
        ),
        gain: (
            "đưa phần bán lẻ trực tiếp lên 20–30% doanh thu và nâng giá bán bình quân 15–25% so với bán qua thương lái",
            "raises direct retail sales to 20–30% of revenue and lifts average selling prices by 15–25% compared with selling through middlemen",
        ),
        variants: [
            Variant {
                title: (
                    "Thương mại điện tử sản phẩm cói và mây tre đan kèm dịch vụ chụp ảnh, viết mô tả song ngữ cho hộ làng nghề",
                    "E-commerce for sedge, rattan and bamboo crafts with photography and bilingual listings for craft households",
                ),
                detail: "Đội dịch vụ đến tận nhà chụp ảnh, quay video và viết mô tả tiếng Việt, tiếng Anh, hộ làm nghề chỉ cần xác nhận đơn và giao hàng cho kho.",
            },
            Variant {
                title: (
                    "Thương mại điện tử xuyên biên giới cho sản phẩm cói, mây tre đan, có kho gom hàng và đóng gói xuất khẩu",
                    "Cross-border e-commerce for sedge, rattan and bamboo crafts with a consolidation warehouse and export packing",
                ),
                detail: "Gom đơn lẻ từ nhiều hộ về một kho, xử lý chống mốc, đóng thùng và gửi bưu chính quốc tế đến Mỹ, châu Âu, Nhật Bản.",
            },
            Variant {
                title: (
                    "Thương mại điện tử qua livestream cho sản phẩm cói, mây tre đan phát ngay từ xưởng đan",
                    "Livestream e-commerce for sedge, rattan and bamboo crafts broadcast straight from the weaving workshop",
                ),
                detail: "Cung cấp bộ thiết bị phát trực tiếp và đào tạo thợ vừa đan vừa giới thiệu, chốt đơn ngay trong phiên phát.",
            },
        ],
        users: [
            "hợp tác xã dệt chiếu, đan giỏ cói ở Kim Sơn",
            "cơ sở mây tre đan 20–50 lao động làm hàng xuất khẩu",
            "doanh nghiệp xuất khẩu thảm cói muốn bán lẻ trực tuyến",
        ],
        strengths: [
            "Mã truy xuất kể câu chuyện người thợ và làng nghề trên từng sản phẩm",
            "Bảng cước riêng cho hàng cồng kềnh như giỏ, thảm, hộp đựng",
        ],
    },
    Tech {
        name: ("kho dữ liệu số nghệ thuật chèo và hát xẩm", "digital archive of chèo theatre and xẩm singing"),
        solves: "lưu trữ và khai thác tư liệu chèo, hát xẩm đang mai một",
        how: (
            "Băng từ, đĩa than và bản ghi của nghệ nhân được số hóa ở 96 kHz/24 bit, lọc nhiễu và gắn siêu dữ liệu về làn điệu, trích đoạn, nghệ nhân, địa phương; các nghệ nhân cao tuổi được ghi hình mới bằng nhiều camera. Toàn bộ đưa vào kho trực tuyến tra cứu theo làn điệu và lời ca, có phân quyền khai thác theo thỏa thuận bản quyền.",
            "Tapes, vinyl records and artists' recordings are digitised at 96 kHz/24-bit, denoised and tagged with metadata on melody, excerpt, artist and locality; elderly master artists are newly filmed with several cameras. Everything goes into an online archive searchable by melody and lyrics, with access rights set by the copyright agreements.",
        ),
        gain: (
            "cứu 1.000–3.000 giờ tư liệu trước khi băng từ hỏng và cho người học tìm đúng một làn điệu trong vài giây",
            "rescues 1,000–3,000 hours of recordings before the tapes fail and lets learners find a given melody within seconds",
        ),
        variants: [
            Variant {
                title: (
                    "Kho dữ liệu số chèo và hát xẩm từ băng từ cũ, phục hồi âm thanh bằng AI lọc nhiễu",
                    "Digital chèo and xẩm archive from old tapes, with AI noise-reduction restoration",
                ),
                detail: "Phục hồi tiếng hát, tiếng đàn bầu, nhị từ băng cassette và băng cối bị rè, tách tạp âm mà giữ nguyên âm sắc giọng nghệ nhân.",
            },
            Variant {
                title: (
                    "Kho dữ liệu số chèo và hát xẩm ghi hình nghệ nhân bằng nhiều camera và thu âm đa kênh",
                    "Digital chèo and xẩm archive with multi-camera filming and multitrack recording of master artists",
                ),
                detail: "Ghi trọn trích đoạn, động tác, bộ gõ và cách nhả chữ của nghệ nhân trên 70 tuổi để làm tư liệu truyền dạy.",
            },
            Variant {
                title: (
                    "Kho dữ liệu số chèo và hát xẩm tra cứu theo làn điệu, lời ca cho nhà hát và trường nghệ thuật",
                    "Digital chèo and xẩm archive searchable by melody and lyrics for theatres and arts schools",
                ),
                detail: "Lời ca được nhận dạng tự động và gắn nhãn làn điệu để giáo viên, diễn viên trẻ tìm bản mẫu tập luyện, quyền xem tùy thỏa thuận với nghệ nhân.",
            },
        ],
        users: ["nhà hát chèo cấp tỉnh", "câu lạc bộ chèo, hát xẩm ở xã, phường", "trường cao đẳng văn hóa nghệ thuật"],
        strengths: [
            "Gắn nhãn đến từng làn điệu và trích đoạn theo chuẩn siêu dữ liệu lưu trữ",
            "Ghi nhận và bảo vệ quyền của nghệ nhân biểu diễn, người sưu tầm",
        ],
    },
    Tech {
        name: ("công nghệ in UV và khắc laser trang trí gốm", "UV printing and laser engraving for ceramic decoration"),
        solves: "trang trí hoa văn gốm nhanh, đồng đều theo đơn hàng nhỏ",
        how: (
            "Máy in phun UV phẳng in trực tiếp hoa văn nhiều màu lên gốm đã tráng men ở độ phân giải 1.440 dpi, mực đóng rắn ngay dưới đèn LED UV và được phủ lớp vecni chống trầy. Máy khắc laser 30–60 W khắc chữ, logo, hoa văn chìm lên phôi gốm mộc hoặc mặt men theo file thiết kế dùng lại được, nhận đơn từ 1 sản phẩm.",
            "A flatbed UV inkjet printer prints multicolour motifs directly onto glazed ceramics at 1,440 dpi, the ink cures instantly under UV LEDs and is sealed with a scratch-resistant varnish. A 30–60 W laser engraves text, logos and incised motifs into unfired clay or glaze from reusable design files, so orders can start at a single piece.",
        ),
        gain: (
            "rút thời gian trang trí một mẫu từ 2–3 ngày vẽ tay xuống 15–30 phút và nhận được đơn quà tặng từ 20 sản phẩm",
            "cuts decoration time per design from 2–3 days of hand painting to 15–30 minutes and makes gift orders from 20 pieces viable",
        ),
        variants: [
            Variant {
                title: (
                    "Trang trí gốm bằng in UV nhiều màu cho quà tặng doanh nghiệp theo đơn nhỏ",
                    "Ceramic decoration by multicolour UV printing for small-batch corporate gifts",
                ),
                detail: "In logo, tên người nhận lên bình, đĩa, cốc gốm ngay trong ngày, phủ vecni UV chống trầy cho đồ trưng bày.",
            },
            Variant {
                title: (
                    "Trang trí gốm bằng khắc laser hoa văn chìm trên phôi mộc trước khi nung",
                    "Ceramic decoration by laser-engraving incised motifs on unfired clay before firing",
                ),
                detail: "Khắc lên phôi đã se trước khi tráng men và nung, cho nét khắc bền như khắc tay, dùng để phục dựng hoa văn gốm Bồ Bát.",
            },
            Variant {
                title: (
                    "Trang trí gốm kết hợp in UV và khắc laser cho xưởng gốm dưới 20 thợ",
                    "Ceramic decoration combining UV printing and laser engraving for potteries with under 20 workers",
                ),
                detail: "Trọn gói một máy in UV khổ A3, một máy khắc laser 40 W và thư viện 200 mẫu hoa văn, đào tạo thợ vận hành trong 5 ngày.",
            },
        ],
        users: [
            "xưởng gốm mỹ nghệ làm hàng lưu niệm",
            "cơ sở phục dựng nghề gốm Bồ Bát ở Yên Mô",
            "doanh nghiệp quà tặng và đồ lưu niệm du lịch",
        ],
        strengths: [
            "Đổi mẫu không tốn khuôn in, làm được từ 1 sản phẩm",
            "Tái hiện chính xác hoa văn cổ từ bản vẽ đã số hóa",
        ],
    },
    Tech {
        name: ("trò chơi giáo dục về lịch sử kinh đô Hoa Lư", "educational game on the history of the Hoa Lư capital"),
        solves: "thu hút học sinh tìm hiểu lịch sử địa phương",
        how: (
            "Trò chơi nhập vai trên điện thoại và máy tính đưa học sinh vào thế kỷ X, giải nhiệm vụ về Đinh Bộ Lĩnh dẹp loạn 12 sứ quân, xây thành Hoa Lư, Lê Hoàn chống Tống và dời đô ra Thăng Long năm 1010. Nội dung bám chương trình Lịch sử phổ thông 2018 và tài liệu giáo dục địa phương Ninh Bình, có thêm chặng thực địa quét mã QR tại khu di tích.",
            "A role-playing game on phones and computers takes pupils back to the 10th century, with quests on Đinh Bộ Lĩnh ending the war of the 12 warlords, building the Hoa Lư citadel, Lê Hoàn resisting the Song and the move of the capital to Thăng Long in 1010. Content follows the 2018 general-education History curriculum and Ninh Bình's local-education materials, with field stages unlocked by QR codes at the heritage site.",
        ),
        gain: (
            "nâng 20–30% điểm kiểm tra phần lịch sử địa phương và thu hút học sinh tự chơi trung bình 3–4 buổi mỗi tuần",
            "raises local-history test scores by 20–30% and has pupils playing of their own accord 3–4 sessions a week on average",
        ),
        variants: [
            Variant {
                title: (
                    "Trò chơi nhập vai lịch sử kinh đô Hoa Lư thế kỷ X trên điện thoại cho học sinh THCS",
                    "Role-playing game on the 10th-century Hoa Lư capital on phones for lower-secondary pupils",
                ),
                detail: "Cốt truyện 12 chương, mỗi chương 15–20 phút, cuối chương có câu hỏi kiểm tra kiến thức gắn với bài học trên lớp.",
            },
            Variant {
                title: (
                    "Trò chơi giải đố lịch sử kinh đô Hoa Lư tại thực địa bằng mã QR ở khu di tích",
                    "On-site QR-code puzzle trail on the history of the Hoa Lư capital at the heritage site",
                ),
                detail: "Học sinh đi theo nhóm, quét mã tại đền vua Đinh, đền vua Lê, giải câu đố để mở chặng tiếp theo trong buổi trải nghiệm 2 giờ.",
            },
            Variant {
                title: (
                    "Trò chơi lịch sử kinh đô Hoa Lư cho lớp học, có bảng xếp hạng và ngân hàng câu hỏi cho giáo viên",
                    "Classroom game on the history of the Hoa Lư capital with leaderboards and a teacher question bank",
                ),
                detail: "Giáo viên chọn chủ đề, cho cả lớp thi đấu trên máy chiếu và xem báo cáo các câu sai nhiều nhất để ôn lại.",
            },
        ],
        users: [
            "trường tiểu học và THCS dạy tài liệu giáo dục địa phương",
            "ban quản lý di tích tổ chức chương trình trải nghiệm cho học sinh",
            "nhà văn hóa thiếu nhi và trung tâm hoạt động thanh thiếu nhi",
        ],
        strengths: [
            "Nội dung được giáo viên lịch sử và nhà nghiên cứu thời Đinh – Tiền Lê thẩm định",
            "Chơi ngoại tuyến được trên máy tính bảng cấu hình thấp của nhà trường",
        ],
    },
    Tech {
        name: (
            "thư viện họa tiết số và thiết kế mẫu có AI hỗ trợ cho hàng thủ công",
            "digital motif library and AI-assisted design for handicrafts",
        ),
        solves: "ra mẫu mới theo thị hiếu nhà nhập khẩu mà vẫn giữ họa tiết truyền thống",
        how: (
            "Họa tiết từ chiếu cói, gốm cổ, chạm khắc đình chùa được vectơ hóa thành thư viện 1.000–2.000 mẫu có ghi nguồn gốc; mô hình AI tạo ảnh phối họa tiết với màu sắc, kiểu dáng theo xu hướng nội thất của thị trường đích. Nhà thiết kế chọn lọc rồi xuất bản vẽ kỹ thuật, định mức nguyên liệu và ảnh dựng 3D để chào khách trước khi làm mẫu thật.",
            "Motifs from sedge mats, ancient pottery and communal-house carvings are vectorised into a library of 1,000–2,000 patterns with recorded provenance; an AI model generates images combining motifs with the colours and shapes of the target market's interior trends. Designers shortlist them and export technical drawings, material quantities and 3D renders to show buyers before any physical sample is made.",
        ),
        gain: (
            "rút thời gian ra một bộ sưu tập mới từ 3–4 tháng xuống 3–5 tuần và giảm 50–60% chi phí làm mẫu thử",
            "cuts the time to launch a new collection from 3–4 months to 3–5 weeks and reduces sample-making costs by 50–60%",
        ),
        variants: [
            Variant {
                title: (
                    "Thiết kế mẫu hàng thủ công có AI hỗ trợ từ thư viện họa tiết chiếu cói và gốm cổ",
                    "AI-assisted handicraft design from a library of sedge-mat and ancient pottery motifs",
                ),
                detail: "Thư viện 1.500 họa tiết Ninh Bình đã vectơ hóa, AI đề xuất 20–30 phương án phối màu, phối hình cho mỗi yêu cầu của khách.",
            },
            Variant {
                title: (
                    "Thiết kế mẫu hàng thủ công theo xu hướng nội thất châu Âu, có ảnh dựng 3D để chào hàng",
                    "Handicraft design following European interior trends, with 3D renders for sales pitches",
                ),
                detail: "Nhóm thiết kế phân tích xu hướng màu, chất liệu theo mùa hội chợ và gửi ảnh dựng 3D để nhà nhập khẩu duyệt trước khi đan mẫu.",
            },
            Variant {
                title: (
                    "Thiết kế mẫu hàng thủ công theo bộ sưu tập cho làng nghề, đào tạo thợ cả tự dùng phần mềm",
                    "Collection-based handicraft design for craft villages, training master craftsmen to use the software",
                ),
                detail: "Thợ cả được tập huấn 10 buổi để tự phối họa tiết, tính định mức sợi cói, mây và in bản vẽ kỹ thuật cho thợ đan.",
            },
        ],
        users: [
            "doanh nghiệp xuất khẩu thảm, giỏ cói",
            "hợp tác xã mây tre đan nhận đơn theo mẫu của khách",
            "nhà thiết kế sản phẩm thủ công tự do",
        ],
        strengths: [
            "Mỗi họa tiết có hồ sơ nguồn gốc, hạn chế tranh chấp kiểu dáng công nghiệp",
            "Bản vẽ kỹ thuật kèm định mức sợi cói, mây, tre cho từng mẫu",
        ],
    },
    Tech {
        name: (
            "trình diễn 3D mapping và ánh sáng nghệ thuật trên di tích về đêm",
            "3D projection mapping and light-art shows on monuments at night",
        ),
        solves: "tạo sản phẩm văn hóa về đêm để giữ du khách ở lại qua đêm",
        how: (
            "Từ mô hình 3D mặt đứng công trình, đội sáng tạo dựng nội dung hoạt hình 15–20 phút rồi chiếu lên tường, vách núi hoặc màn nước bằng 4–12 máy chiếu laser 20.000–30.000 lumen, đồng bộ với âm thanh vòm và đèn LED. Thiết bị đặt trên giá tự đứng, không khoan bắt vào di tích và không dùng nguồn sáng có tia UV.",
            "From a 3D model of the building's façade, the creative team produces a 15–20 minute animation projected onto walls, cliffs or water screens by 4–12 laser projectors of 20,000–30,000 lumens, synchronised with surround sound and LED lighting. The equipment stands on free-standing rigs, with no drilling into the monument and no UV-emitting light sources.",
        ),
        gain: (
            "giữ 20–30% khách ban ngày ở lại buổi tối và tăng 30–50% doanh thu ăn uống, lưu trú quanh điểm diễn",
            "keeps 20–30% of day visitors for the evening and lifts food and lodging revenue around the venue by 30–50%",
        ),
        variants: [
            Variant {
                title: (
                    "Trình diễn 3D mapping trên mặt tường di tích kể lịch sử kinh đô Hoa Lư",
                    "3D mapping show on monument walls telling the history of the Hoa Lư capital",
                ),
                detail: "Chiếu lên cổng và tường đền không tác động vật lý, mỗi suất 20 phút cho 500–800 khách, 3 suất mỗi tối.",
            },
            Variant {
                title: (
                    "Trình diễn 3D mapping trên vách núi đá vôi và màn nước cho tour thuyền đêm",
                    "3D mapping shows on limestone cliffs and water screens for night boat tours",
                ),
                detail: "Khách xem từ thuyền, nội dung chiếu kết hợp hát chèo, hát xẩm biểu diễn trực tiếp, ánh sáng hướng xuống để hạn chế ảnh hưởng chim và động vật.",
            },
            Variant {
                title: (
                    "Trình diễn 3D mapping lưu động cho lễ hội làng và sự kiện văn hóa, thuê theo đêm",
                    "Mobile 3D mapping shows for village festivals and cultural events, rented by the night",
                ),
                detail: "Bộ 4 máy chiếu lắp trên xe tải, dựng xong trong 4 giờ, nội dung tùy biến theo tích lễ hội của từng đình, đền.",
            },
        ],
        users: [
            "ban quản lý khu di tích muốn mở cửa về đêm",
            "công ty tổ chức sự kiện và lễ hội",
            "khu du lịch sinh thái có tuyến thuyền đêm",
        ],
        strengths: [
            "Không khoan bắt, không tác động vật lý lên bề mặt di tích",
            "Đổi nội dung theo mùa lễ hội mà không phải mua thêm thiết bị",
        ],
    },
    Tech {
        name: (
            "số hóa và phiên dịch tư liệu Hán Nôm bằng AI nhận dạng chữ",
            "AI character recognition for digitising and translating Hán Nôm documents",
        ),
        solves: "đọc và lưu giữ sắc phong, gia phả, văn bia Hán Nôm đang mục nát, phong hóa",
        how: (
            "Tư liệu được chụp bằng máy quét sách hình chữ V độ phân giải 600 dpi, không ép phẳng, dùng đèn LED không tia UV; thác bản văn bia được chụp trên bàn sáng. Mô hình nhận dạng chữ Hán Nôm chuyển ảnh thành văn bản với độ chính xác 90–95% cho chữ khắc, in và 80–85% cho chữ viết tay, rồi gợi ý phiên âm Hán Việt và dịch nghĩa để chuyên gia hiệu đính.",
            "Documents are captured on a V-shaped book scanner at 600 dpi without flattening, under UV-free LED light; stele rubbings are photographed on a light table. A Hán Nôm character-recognition model turns the images into text with 90–95% accuracy for carved and printed characters and 80–85% for handwriting, then suggests Sino-Vietnamese readings and translations for specialists to revise.",
        ),
        gain: (
            "rút thời gian phiên âm, dịch nghĩa một đạo sắc phong từ 1–2 ngày xuống 1–2 giờ và có bản số an toàn trước khi giấy dó mục nát",
            "cuts the transcription and translation of a royal decree from 1–2 days to 1–2 hours and secures a digital copy before the paper decays",
        ),
        variants: [
            Variant {
                title: (
                    "Số hóa tư liệu Hán Nôm tại chỗ cho đình, đền, nhà thờ họ bằng máy quét lưu động",
                    "On-site Hán Nôm document digitisation for communal houses, temples and clan halls with mobile scanners",
                ),
                detail: "Đội kỹ thuật mang máy quét và đèn không tia UV đến tận di tích, tư liệu không phải rời nơi thờ tự.",
            },
            Variant {
                title: (
                    "Nhận dạng chữ Hán Nôm bằng AI cho văn bia và sắc phong, kèm phiên âm và dịch nghĩa",
                    "AI recognition of Hán Nôm script on steles and royal decrees, with transliteration and translation",
                ),
                detail: "Giao diện so sánh song song ảnh gốc, chữ nhận dạng, phiên âm và bản dịch để chuyên gia hiệu đính từng dòng.",
            },
            Variant {
                title: (
                    "Kho tư liệu Hán Nôm số hóa tra cứu trực tuyến theo dòng họ, làng xã và niên hiệu",
                    "Online archive of digitised Hán Nôm documents searchable by clan, village and reign era",
                ),
                detail: "Bản số được gắn siêu dữ liệu về niên hiệu, người được phong, địa danh để nhà nghiên cứu và con cháu dòng họ tra cứu.",
            },
        ],
        users: [
            "ban quản lý di tích cấp xã có đình, đền giữ sắc phong",
            "hội đồng gia tộc lưu giữ gia phả chữ Hán Nôm",
            "thư viện và bảo tàng tỉnh",
        ],
        strengths: [
            "Nhận dạng được cả chữ Nôm và chữ Hán dị thể thường gặp trong sắc phong",
            "Không ép phẳng, không dùng đèn flash làm hại giấy dó",
        ],
    },
];
