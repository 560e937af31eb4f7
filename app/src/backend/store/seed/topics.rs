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
