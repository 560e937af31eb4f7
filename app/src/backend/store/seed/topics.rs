//! Technologies and problems by sector, in Vietnamese and English, lower-case first so that
//! templates can embed them ("Đánh giá hiệu quả {t}"); titles capitalise the first letter.

/// (vi, en) technologies a provider can offer or research, by sector code.
pub fn technologies(sector: &str) -> &'static [(&'static str, &'static str)] {
    match sector {
        "smart-tourism" => &[
            (
                "nền tảng thuyết minh tự động đa ngôn ngữ cho điểm du lịch",
                "multilingual automatic audio-guide platform for tourist sites",
            ),
            (
                "hệ thống đếm và dự báo lượng khách bằng camera AI",
                "AI camera system for counting and forecasting visitors",
            ),
            (
                "ứng dụng đặt vé và điều phối thuyền du lịch trên sông",
                "booking and dispatch app for river tourist boats",
            ),
            ("bản đồ số 3D và tham quan thực tế ảo khu di sản", "3D digital map and virtual tour of heritage sites"),
            (
                "giải pháp thanh toán không tiền mặt cho làng du lịch cộng đồng",
                "cashless payments for community tourism villages",
            ),
        ],
        "cultural-industry" => &[
            ("công nghệ số hóa 3D hiện vật và di tích", "3D digitisation of artefacts and monuments"),
            (
                "nền tảng thương mại điện tử cho sản phẩm cói và mây tre đan",
                "e-commerce platform for sedge, rattan and bamboo crafts",
            ),
            ("kho dữ liệu số nghệ thuật chèo và hát xẩm", "digital archive of chèo theatre and xẩm singing"),
            ("công nghệ in UV và khắc laser trang trí gốm", "UV printing and laser engraving for ceramic decoration"),
            ("trò chơi giáo dục về lịch sử kinh đô Hoa Lư", "educational game on the history of the Hoa Lư capital"),
        ],
        "high-tech-industry" => &[
            ("robot cộng tác cho dây chuyền lắp ráp", "collaborative robot for assembly lines"),
            (
                "hệ thống thị giác máy kiểm tra lỗi bề mặt sản phẩm",
                "machine-vision system for surface defect inspection",
            ),
            ("giải pháp bảo trì dự đoán cho máy CNC", "predictive maintenance for CNC machines"),
            ("công nghệ in 3D kim loại cho khuôn mẫu", "metal 3D printing for moulds and dies"),
            (
                "phần mềm điều hành sản xuất MES cho doanh nghiệp nhỏ và vừa",
                "MES software for small and medium manufacturers",
            ),
        ],
        "electronics-semiconductors" => &[
            ("thiết kế vi mạch điều khiển động cơ công suất thấp", "low-power motor-controller chip design"),
            ("mô-đun cảm biến môi trường tích hợp LoRa", "environmental sensor module with LoRa"),
            (
                "quy trình đóng gói và kiểm thử linh kiện bán dẫn",
                "packaging and test process for semiconductor components",
            ),
            ("bo mạch điều khiển nhúng cho thiết bị nông nghiệp", "embedded controller board for farm equipment"),
            ("công nghệ hàn linh kiện SMT độ chính xác cao", "high-precision SMT soldering"),
        ],
        "high-tech-agriculture" => &[
            ("quy trình sản xuất giống lúa chịu mặn", "production process for salt-tolerant rice seed"),
            (
                "hệ thống tưới nhỏ giọt thông minh điều khiển qua điện thoại",
                "smart drip irrigation controlled by smartphone",
            ),
            ("chế phẩm vi sinh xử lý rơm rạ sau thu hoạch", "microbial product for treating rice straw after harvest"),
            ("nhà màng trồng dưa lưới điều khiển tự động", "automated greenhouse for netted melons"),
            ("truy xuất nguồn gốc nông sản bằng mã QR", "QR-code traceability for farm produce"),
            ("nuôi cấy mô cây lan và cây dược liệu", "tissue culture of orchids and medicinal plants"),
        ],
        "green-circular-economy" => &[
            ("công nghệ tái chế xỉ than thành gạch không nung", "recycling coal slag into unfired bricks"),
            ("bao bì sinh học từ bã mía và vỏ trấu", "bio-based packaging from bagasse and rice husks"),
            ("hệ thống ủ phân compost từ rác hữu cơ đô thị", "composting system for urban organic waste"),
            ("giải pháp đo đếm và báo cáo phát thải khí nhà kính", "greenhouse-gas measurement and reporting"),
            ("tái chế nhựa phế thải thành vật liệu xây dựng", "recycling waste plastic into building materials"),
        ],
        "digital-ai-iot" => &[
            ("trợ lý ảo hỏi đáp thủ tục hành chính", "virtual assistant for administrative procedures"),
            ("nền tảng IoT giám sát nhà xưởng", "IoT platform for factory monitoring"),
            ("mô hình nhận dạng tiếng nói tiếng Việt cho tổng đài", "Vietnamese speech recognition for call centres"),
            ("phân tích dữ liệu lớn hỗ trợ ra quyết định", "big-data analytics for decision support"),
            ("giải pháp chữ ký số và hợp đồng điện tử", "digital signatures and e-contracts"),
        ],
        "biotech-health" => &[
            ("bộ kit chẩn đoán nhanh bệnh trên tôm", "rapid diagnostic kit for shrimp diseases"),
            (
                "chiết xuất hoạt chất từ cây dược liệu bản địa",
                "extraction of active compounds from native medicinal plants",
            ),
            ("men vi sinh cho chăn nuôi không kháng sinh", "probiotics for antibiotic-free livestock farming"),
            ("phần mềm quản lý hồ sơ sức khỏe điện tử", "electronic health-record software"),
            ("công nghệ lên men rút ngắn thời gian chế biến nước mắm", "accelerated fermentation for fish sauce"),
        ],
        "education" => &[
            ("nền tảng học trực tuyến STEM cho học sinh", "online STEM learning platform for pupils"),
            ("phòng thí nghiệm ảo cho môn Vật lý và Hóa học", "virtual laboratory for physics and chemistry"),
            ("hệ thống đánh giá kỹ năng nghề bằng mô phỏng", "simulation-based vocational skills assessment"),
            ("ứng dụng học tiếng Anh du lịch cho người lao động", "tourism English app for workers"),
        ],
        "logistics" => &[
            ("tối ưu hóa lộ trình giao hàng chặng cuối", "last-mile delivery route optimisation"),
            ("kho lạnh mini dùng năng lượng mặt trời cho nông sản", "solar-powered mini cold store for produce"),
            ("nền tảng kết nối vận tải thủy nội địa", "inland-waterway freight matching platform"),
            ("quản lý kho thông minh bằng RFID", "RFID smart warehouse management"),
        ],
        "manufacturing" => &[
            ("dây chuyền tự động đóng gói thực phẩm", "automated food packaging line"),
            ("công nghệ sơn tĩnh điện tiết kiệm năng lượng", "energy-saving powder coating"),
            ("máy dệt chiếu cói bán tự động", "semi-automatic sedge-mat loom"),
            ("hệ thống quản lý chất lượng theo thời gian thực", "real-time quality management system"),
        ],
        "construction-materials" => &[
            ("bê tông nhẹ cách nhiệt từ tro bay", "lightweight insulating concrete from fly ash"),
            ("đá nhân tạo từ bột đá vôi", "engineered stone from limestone powder"),
            ("giám sát sức khỏe kết cấu công trình bằng cảm biến", "sensor-based structural health monitoring"),
            ("phụ gia xi măng giảm phát thải", "low-emission cement additive"),
        ],
        "energy" => &[
            ("hệ thống điện mặt trời áp mái kèm lưu trữ", "rooftop solar with battery storage"),
            ("giải pháp quản lý năng lượng cho khách sạn", "energy management for hotels"),
            ("lò hơi sinh khối đốt trấu hiệu suất cao", "high-efficiency rice-husk biomass boiler"),
            ("trạm sạc xe điện thông minh", "smart EV charging station"),
        ],
        "environment" => &[
            ("xử lý nước thải làng nghề bằng công nghệ sinh học", "biological treatment of craft-village wastewater"),
            ("trạm quan trắc chất lượng không khí giá rẻ", "low-cost air-quality monitoring station"),
            ("công nghệ xử lý bùn thải ao nuôi", "treatment of aquaculture pond sludge"),
            ("cảnh báo sớm ngập lụt bằng cảm biến mực nước", "early flood warning with water-level sensors"),
        ],
        _ => &[
            ("nền tảng chấm điểm tín dụng cho hộ kinh doanh", "credit scoring for household businesses"),
            ("ví điện tử cho hợp tác xã", "e-wallet for cooperatives"),
            ("phần mềm kế toán đám mây cho doanh nghiệp nhỏ", "cloud accounting for small businesses"),
            ("giải pháp gọi vốn cộng đồng cho dự án xanh", "crowdfunding for green projects"),
        ],
    }
}

/// (vi, en) problems an enterprise or agency wants solved, by sector code.
pub fn problems(sector: &str) -> &'static [(&'static str, &'static str)] {
    match sector {
        "smart-tourism" => &[
            ("giảm ùn tắc bến thuyền vào mùa lễ hội", "easing congestion at boat piers during festival season"),
            ("số hóa trải nghiệm của du khách tại khu di tích", "digitising the visitor experience at heritage sites"),
            ("phân bổ lượng khách giữa các điểm du lịch", "spreading visitors across tourist sites"),
        ],
        "cultural-industry" => &[
            (
                "bảo tồn và quảng bá làng nghề truyền thống trên môi trường số",
                "preserving and promoting craft villages online",
            ),
            ("thiết kế mẫu mã mới cho sản phẩm thủ công xuất khẩu", "new designs for export handicrafts"),
        ],
        "high-tech-industry" => &[
            ("tự động hóa khâu kiểm tra chất lượng cuối dây chuyền", "automating end-of-line quality inspection"),
            ("giảm thời gian dừng máy ngoài kế hoạch", "reducing unplanned machine downtime"),
        ],
        "electronics-semiconductors" => &[
            (
                "nội địa hóa bo mạch điều khiển cho thiết bị gia dụng",
                "localising controller boards for home appliances",
            ),
            ("kiểm thử tự động linh kiện trước khi xuất xưởng", "automated component testing before shipment"),
        ],
        "high-tech-agriculture" => &[
            ("giảm tỷ lệ hao hụt sau thu hoạch lúa", "cutting post-harvest rice losses"),
            ("tưới tiết kiệm nước cho vùng trồng rau an toàn", "water-saving irrigation for safe-vegetable areas"),
            ("xử lý rơm rạ thay cho đốt đồng", "treating rice straw instead of field burning"),
        ],
        "green-circular-economy" => &[
            ("tái sử dụng phụ phẩm và chất thải rắn công nghiệp", "reusing industrial by-products and solid waste"),
            ("giảm phát thải khí nhà kính trong sản xuất", "cutting greenhouse-gas emissions in production"),
        ],
        "digital-ai-iot" => &[
            ("chuyển đổi số quy trình quản lý doanh nghiệp", "digitising company management processes"),
            ("giám sát thiết bị từ xa theo thời gian thực", "real-time remote equipment monitoring"),
        ],
        "biotech-health" => &[
            ("phát hiện sớm dịch bệnh trên vật nuôi", "early detection of livestock diseases"),
            ("nâng cao giá trị sản phẩm dược liệu địa phương", "adding value to local medicinal herbs"),
        ],
        "education" => &[("đào tạo lại lao động cho nhà máy thông minh", "reskilling workers for smart factories")],
        "logistics" => &[
            ("tối ưu chi phí vận chuyển nông sản đi tiêu thụ", "lowering the cost of shipping produce to market"),
            ("bảo quản lạnh nông sản tại vùng trồng", "cold storage of produce at the farm"),
        ],
        "manufacturing" => &[
            ("nâng cao năng suất xưởng dệt chiếu cói", "raising productivity of sedge-mat workshops"),
            ("giảm tiêu hao năng lượng dây chuyền sản xuất", "reducing energy use on production lines"),
        ],
        "construction-materials" => &[
            ("sử dụng tro xỉ nhiệt điện làm vật liệu san lấp", "using power-plant ash as fill material"),
            ("giám sát an toàn công trình cầu đường", "safety monitoring of bridges and roads"),
        ],
        "energy" => &[
            (
                "giảm chi phí điện năng cho cơ sở lưu trú du lịch",
                "lowering electricity costs for tourist accommodation",
            ),
            ("sử dụng sinh khối thay than trong lò hơi", "replacing coal with biomass in boilers"),
        ],
        "environment" => &[
            ("xử lý nước thải làng nghề chế biến nông sản", "treating wastewater of food-processing villages"),
            (
                "quan trắc chất lượng nước sông Đáy theo thời gian thực",
                "real-time water-quality monitoring of the Đáy river",
            ),
            ("cảnh báo ngập úng đô thị", "urban flood warning"),
        ],
        _ => &[("tiếp cận vốn cho hộ kinh doanh nông nghiệp", "access to finance for farming households")],
    }
}

/// What a technology of `technologies` solves, as the offer's problem states it ("khó khăn
/// trong việc {…}"): its own problem, so that an offer's text never claims a need it cannot
/// meet (matching reads these texts).
pub fn solves(technology: &str) -> &'static str {
    match technology {
        "nền tảng thuyết minh tự động đa ngôn ngữ cho điểm du lịch" => {
            "thuyết minh cho du khách nước ngoài khi thiếu hướng dẫn viên ngoại ngữ"
        }
        "hệ thống đếm và dự báo lượng khách bằng camera AI" => {
            "nắm số lượng khách theo giờ để điều tiết và tránh quá tải"
        }
        "ứng dụng đặt vé và điều phối thuyền du lịch trên sông" => {
            "xếp hàng chờ vé và điều phối thuyền tại bến vào ngày đông khách"
        }
        "bản đồ số 3D và tham quan thực tế ảo khu di sản" => {
            "giới thiệu khu di sản cho du khách trước và trong chuyến đi"
        }
        "giải pháp thanh toán không tiền mặt cho làng du lịch cộng đồng" => {
            "thu tiền dịch vụ của du khách tại các hộ làm du lịch cộng đồng"
        }
        "công nghệ số hóa 3D hiện vật và di tích" => "lưu giữ và trưng bày hiện vật quý dễ hư hỏng",
        "nền tảng thương mại điện tử cho sản phẩm cói và mây tre đan" => {
            "bán sản phẩm cói, mây tre đan trực tiếp cho khách ở xa"
        }
        "kho dữ liệu số nghệ thuật chèo và hát xẩm" => {
            "lưu trữ và khai thác tư liệu chèo, hát xẩm đang mai một"
        }
        "công nghệ in UV và khắc laser trang trí gốm" => {
            "trang trí hoa văn gốm nhanh, đồng đều theo đơn hàng nhỏ"
        }
        "trò chơi giáo dục về lịch sử kinh đô Hoa Lư" => "thu hút học sinh tìm hiểu lịch sử địa phương",
        "robot cộng tác cho dây chuyền lắp ráp" => "thiếu công nhân cho các công đoạn lắp ráp lặp lại",
        "hệ thống thị giác máy kiểm tra lỗi bề mặt sản phẩm" => {
            "phát hiện lỗi bề mặt sản phẩm bằng mắt thường ở cuối dây chuyền"
        }
        "giải pháp bảo trì dự đoán cho máy CNC" => "dừng máy CNC đột ngột do hỏng hóc không được báo trước",
        "công nghệ in 3D kim loại cho khuôn mẫu" => {
            "chế tạo khuôn mẫu kim loại lâu và đắt khi sản xuất loạt nhỏ"
        }
        "phần mềm điều hành sản xuất MES cho doanh nghiệp nhỏ và vừa" => {
            "theo dõi tiến độ, sản lượng và thời gian dừng máy trên xưởng bằng giấy tờ"
        }
        "thiết kế vi mạch điều khiển động cơ công suất thấp" => {
            "phụ thuộc chip điều khiển động cơ nhập khẩu"
        }
        "mô-đun cảm biến môi trường tích hợp LoRa" => {
            "đo nhiệt độ, độ ẩm, khí thải ở nơi không có mạng di động"
        }
        "quy trình đóng gói và kiểm thử linh kiện bán dẫn" => {
            "tỷ lệ lỗi cao khi đóng gói và kiểm thử linh kiện bán dẫn"
        }
        "bo mạch điều khiển nhúng cho thiết bị nông nghiệp" => {
            "thiếu bộ điều khiển cho máy bơm, máy sấy và thiết bị nông nghiệp"
        }
        "công nghệ hàn linh kiện SMT độ chính xác cao" => "hàn lỗi linh kiện dán bề mặt trên bo mạch",
        "quy trình sản xuất giống lúa chịu mặn" => "lúa giảm năng suất trên đất nhiễm mặn ven biển",
        "hệ thống tưới nhỏ giọt thông minh điều khiển qua điện thoại" => {
            "tưới rau màu tốn nước và tốn công"
        }
        "chế phẩm vi sinh xử lý rơm rạ sau thu hoạch" => "đốt rơm rạ ngoài đồng gây ô nhiễm sau mỗi vụ gặt",
        "nhà màng trồng dưa lưới điều khiển tự động" => {
            "trồng dưa lưới ngoài trời phụ thuộc thời tiết và sâu bệnh"
        }
        "truy xuất nguồn gốc nông sản bằng mã QR" => {
            "chứng minh nguồn gốc nông sản khi bán vào siêu thị và xuất khẩu"
        }
        "nuôi cấy mô cây lan và cây dược liệu" => "thiếu cây giống lan và dược liệu sạch bệnh, đồng đều",
        "công nghệ tái chế xỉ than thành gạch không nung" => "xử lý xỉ than tồn đọng từ lò hơi và nhà máy",
        "bao bì sinh học từ bã mía và vỏ trấu" => {
            "thay bao bì nhựa dùng một lần bằng vật liệu phân hủy được"
        }
        "hệ thống ủ phân compost từ rác hữu cơ đô thị" => "xử lý rác hữu cơ đô thị đang phải chôn lấp",
        "giải pháp đo đếm và báo cáo phát thải khí nhà kính" => {
            "kiểm kê và báo cáo phát thải khí nhà kính theo quy định"
        }
        "tái chế nhựa phế thải thành vật liệu xây dựng" => "xử lý nhựa phế thải khó tái chế",
        "trợ lý ảo hỏi đáp thủ tục hành chính" => {
            "trả lời người dân về thủ tục hành chính ngoài giờ làm việc"
        }
        "nền tảng IoT giám sát nhà xưởng" => "giám sát thiết bị và điện năng nhà xưởng từ xa",
        "mô hình nhận dạng tiếng nói tiếng Việt cho tổng đài" => {
            "quá tải cuộc gọi tại tổng đài chăm sóc khách hàng"
        }
        "phân tích dữ liệu lớn hỗ trợ ra quyết định" => {
            "dữ liệu kinh doanh rời rạc, khó dùng để ra quyết định"
        }
        "giải pháp chữ ký số và hợp đồng điện tử" => "ký và lưu hợp đồng giấy mất thời gian",
        "bộ kit chẩn đoán nhanh bệnh trên tôm" => "phát hiện muộn bệnh trên tôm nuôi, gây chết hàng loạt",
        "chiết xuất hoạt chất từ cây dược liệu bản địa" => {
            "bán dược liệu thô với giá thấp, chưa chế biến sâu"
        }
        "men vi sinh cho chăn nuôi không kháng sinh" => "lạm dụng kháng sinh và dịch bệnh trong chăn nuôi",
        "phần mềm quản lý hồ sơ sức khỏe điện tử" => {
            "quản lý hồ sơ bệnh nhân bằng giấy tại trạm y tế và phòng khám"
        }
        "công nghệ lên men rút ngắn thời gian chế biến nước mắm" => {
            "thời gian ủ chượp nước mắm kéo dài hàng năm"
        }
        "nền tảng học trực tuyến STEM cho học sinh" => "thiếu giáo viên và học liệu STEM ở trường vùng xa",
        "phòng thí nghiệm ảo cho môn Vật lý và Hóa học" => {
            "trường học thiếu phòng thí nghiệm và hóa chất thực hành"
        }
        "hệ thống đánh giá kỹ năng nghề bằng mô phỏng" => {
            "đánh giá tay nghề học viên tốn vật tư và thiết bị thật"
        }
        "ứng dụng học tiếng Anh du lịch cho người lao động" => {
            "người lao động ngành du lịch yếu tiếng Anh giao tiếp"
        }
        "tối ưu hóa lộ trình giao hàng chặng cuối" => "chi phí giao hàng chặng cuối cao, xe chạy rỗng",
        "kho lạnh mini dùng năng lượng mặt trời cho nông sản" => {
            "nông sản hư hỏng sau thu hoạch vì thiếu kho lạnh"
        }
        "nền tảng kết nối vận tải thủy nội địa" => {
            "tìm tàu, sà lan chở hàng đường thủy còn thủ công"
        }
        "quản lý kho thông minh bằng RFID" => "kiểm kê kho chậm và sai lệch hàng tồn",
        "dây chuyền tự động đóng gói thực phẩm" => {
            "đóng gói thực phẩm thủ công, năng suất thấp và khó đảm bảo vệ sinh"
        }
        "công nghệ sơn tĩnh điện tiết kiệm năng lượng" => "tiêu hao điện và gas lớn ở khâu sơn sấy",
        "máy dệt chiếu cói bán tự động" => "dệt chiếu cói thủ công năng suất thấp, thiếu thợ",
        "hệ thống quản lý chất lượng theo thời gian thực" => {
            "phát hiện muộn sai lệch chất lượng trong ca sản xuất"
        }
        "bê tông nhẹ cách nhiệt từ tro bay" => "tận dụng tro bay và làm mát nhà xưởng, nhà ở",
        "đá nhân tạo từ bột đá vôi" => "lãng phí bột đá vôi thải ra khi khai thác và chế biến đá",
        "giám sát sức khỏe kết cấu công trình bằng cảm biến" => {
            "phát hiện muộn hư hỏng kết cấu cầu và nhà cao tầng"
        }
        "phụ gia xi măng giảm phát thải" => "phát thải khí nhà kính cao khi sản xuất xi măng",
        "hệ thống điện mặt trời áp mái kèm lưu trữ" => "chi phí điện cao và mất điện giờ cao điểm",
        "giải pháp quản lý năng lượng cho khách sạn" => "hóa đơn điện lớn của khách sạn và khu nghỉ dưỡng",
        "lò hơi sinh khối đốt trấu hiệu suất cao" => "chi phí nhiên liệu lò hơi đốt than và dầu cao",
        "trạm sạc xe điện thông minh" => "thiếu điểm sạc cho xe điện của khách và đội xe",
        "xử lý nước thải làng nghề bằng công nghệ sinh học" => {
            "nước thải làng nghề chưa được xử lý xả ra kênh mương"
        }
        "trạm quan trắc chất lượng không khí giá rẻ" => {
            "thiếu số liệu bụi và khí thải quanh khu công nghiệp"
        }
        "công nghệ xử lý bùn thải ao nuôi" => "bùn thải đáy ao nuôi gây ô nhiễm và dịch bệnh",
        "cảnh báo sớm ngập lụt bằng cảm biến mực nước" => {
            "nhận cảnh báo ngập lụt quá muộn để di dời"
        }
        "nền tảng chấm điểm tín dụng cho hộ kinh doanh" => {
            "hộ kinh doanh khó vay vốn vì thiếu lịch sử tín dụng"
        }
        "ví điện tử cho hợp tác xã" => "thu chi tiền mặt của hợp tác xã khó minh bạch",
        "phần mềm kế toán đám mây cho doanh nghiệp nhỏ" => "sổ sách kế toán thủ công, dễ sai sót",
        "giải pháp gọi vốn cộng đồng cho dự án xanh" => "dự án xanh quy mô nhỏ khó tiếp cận vốn",
        _ => "ứng dụng công nghệ mới vào sản xuất với chi phí hợp lý",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every technology states its own problem, never the fallback.
    #[test]
    fn every_technology_solves_its_own_problem() {
        let fallback = solves("");
        for sector in crate::domain::sector::SECTORS.iter().map(|s| s.code).chain(["other"]) {
            for (t, _) in technologies(sector) {
                assert_ne!(solves(t), fallback, "{t}");
            }
        }
    }
}
