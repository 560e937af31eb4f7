//! The construction-materials sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("sử dụng tro xỉ nhiệt điện làm vật liệu san lấp", "using power-plant ash as fill material"),
        cases: [
            Case {
                title: (
                    "tiêu thụ 2 triệu tấn tro xỉ tồn ở bãi chứa của nhà máy nhiệt điện ở Hải Hậu",
                    "using up 2 million tonnes of ash stockpiled at a power plant's yard in Hải Hậu",
                ),
                situation: (
                    "Nhà máy nhiệt điện than 1.200 MW thải ra khoảng 1,4 triệu tấn tro xỉ mỗi năm nhưng chỉ bán được 40% cho nhà máy xi măng và gạch. Bãi chứa còn sức chứa khoảng 18 tháng, lại nằm ven biển nên gió mùa đông bắc thổi bụi tro vào khu dân cư.",
                    "The 1,200 MW coal power plant produces about 1.4 million tonnes of ash and slag a year but sells only 40% to cement and brick plants. The yard has about 18 months of capacity left and lies on the coast, so the north-east monsoon blows ash dust into residential areas.",
                ),
            },
            Case {
                title: (
                    "tìm vật liệu đắp nền thay cát sông cho 12 km đường liên xã ở Giao Thủy",
                    "finding embankment material to replace river sand for 12 km of inter-commune roads in Giao Thủy",
                ),
                situation: (
                    "Dự án cần khoảng 180.000 m³ vật liệu đắp nền trên vùng đất yếu ven biển, giá cát đắp đã lên 180.000–220.000 đồng/m³ và nguồn cung thất thường. Tổng mức đầu tư cố định, thời gian thi công 18 tháng, và công trình không được ảnh hưởng đến ao tôm, ruộng muối hai bên tuyến.",
                    "The project needs about 180,000 m³ of embankment fill on soft coastal ground; sand fill has risen to 180,000–220,000 VND/m³ and supply is erratic. The budget is fixed, construction time is 18 months, and the works must not affect the shrimp ponds and salt fields along the route.",
                ),
            },
            Case {
                title: (
                    "san nền 40 ha mở rộng khu công nghiệp Khánh Phú bằng vật liệu tái chế",
                    "filling 40 hectares for the Khánh Phú industrial park expansion with recycled material",
                ),
                situation: (
                    "Mặt bằng là ruộng trũng phải tôn cao trung bình 2,2 m, tương đương gần 900.000 m³ vật liệu san lấp. Chủ đầu tư muốn dùng tro xỉ để giảm chi phí nhưng lo kim loại nặng thấm xuống nước ngầm và lo thủ tục chấp thuận của cơ quan môi trường.",
                    "The site is low-lying paddy that must be raised by 2.2 m on average, nearly 900,000 m³ of fill. The developer wants to use ash to cut costs but worries about heavy metals leaching into groundwater and about getting environmental approval.",
                ),
            },
        ],
        wanted: "Sử dụng ít nhất 300.000 tấn tro xỉ làm vật liệu san lấp đạt TCVN 12249:2018 trong năm đầu. Nước ngầm quanh khối đắp không vượt quy chuẩn và chi phí thấp hơn cát đắp ít nhất 20%.",
    },
    Problem {
        name: ("giám sát an toàn công trình cầu đường", "safety monitoring of bridges and roads"),
        cases: [
            Case {
                title: (
                    "theo dõi độ võng và vết nứt của 3 cầu dầm bê tông trên quốc lộ qua sông Đáy",
                    "tracking deflection and cracks on 3 concrete girder bridges carrying national roads over the Đáy river",
                ),
                situation: (
                    "Ba cầu xây dựng từ những năm 1990–2000, lưu lượng xe tải chở đá, xi măng tăng gấp đôi trong 5 năm, đợt kiểm định năm 2024 phát hiện vết nứt dầm rộng 0,2–0,3 mm. Đơn vị quản lý chỉ kiểm tra bằng mắt mỗi quý và không có số liệu khi xe quá tải đi qua.",
                    "The three bridges date from the 1990s–2000s, truck traffic carrying stone and cement has doubled in five years, and the 2024 inspection found girder cracks 0.2–0.3 mm wide. The operator only inspects visually once a quarter and has no data when overloaded trucks cross.",
                ),
            },
            Case {
                title: (
                    "giám sát 46 cầu nhỏ trên đường giao thông nông thôn ở Nho Quan sau mùa lũ",
                    "monitoring 46 small rural road bridges in Nho Quan after the flood season",
                ),
                situation: (
                    "Sau trận lũ tháng 9/2024 trên sông Hoàng Long, nhiều mố trụ cầu bị xói chân, lún nghiêng, trong khi địa phương chỉ có 2 cán bộ kỹ thuật giao thông. Kinh phí giám sát không quá 150 triệu đồng mỗi cầu, và cần biết cầu nào phải hạn chế tải trọng trước mùa mưa tới.",
                    "After the September 2024 flood on the Hoàng Long river many abutments and piers were scoured and tilted, while the locality has only 2 road engineers. Monitoring may cost no more than 150 million VND per bridge, and they need to know which bridges must be load-restricted before the next rainy season.",
                ),
            },
            Case {
                title: (
                    "cảnh báo sạt trượt mái taluy đường qua vùng núi đá vôi Tam Điệp",
                    "warning of slope failures on road cuttings through the Tam Điệp limestone hills",
                ),
                situation: (
                    "Tuyến đường dài 14 km có 9 đoạn taluy đá cao 15–40 m, mùa mưa năm trước xảy ra 3 vụ đá lăn xuống mặt đường khiến phải cấm đường 2 ngày. Đơn vị quản lý cần biết sớm dấu hiệu dịch chuyển để chặn xe kịp thời, hiện chỉ có công nhân tuần đường đi bộ kiểm tra mỗi ngày.",
                    "The 14 km road has 9 rock cuttings 15–40 m high; last rainy season three rockfalls reached the carriageway and the road was closed for two days. The operator needs early signs of movement to stop traffic in time, and today relies only on a road patrolman walking the route daily.",
                ),
            },
        ],
        wanted: "Cảnh báo tự động trong vòng 10 phút khi độ võng, độ nghiêng hoặc dịch chuyển vượt giới hạn thiết kế. Chi phí lắp đặt và vận hành năm đầu không quá 200 triệu đồng mỗi công trình.",
    },
    Problem {
        name: ("thiếu cát sông cho bê tông và vữa xây dựng", "shortage of river sand for concrete and mortar"),
        cases: [
            Case {
                title: (
                    "thay cát vàng cho trạm trộn bê tông 120 m³/giờ ở Phủ Lý",
                    "replacing yellow river sand at a 120 m³/h concrete batching plant in Phủ Lý",
                ),
                situation: (
                    "Trạm dùng khoảng 60.000 m³ cát vàng mỗi năm, giá cát tăng từ 350.000 lên 550.000 đồng/m³ trong 2 năm và nhiều tháng mùa mưa không có hàng. Những lần thử trước đây với cát thay thế làm bê tông mất độ sụt nhanh và khó bơm lên cao.",
                    "The plant uses about 60,000 m³ of yellow sand a year; the price has risen from 350,000 to 550,000 VND/m³ in two years and for several rainy-season months none is available. Earlier trials with substitute sand made the concrete lose slump quickly and hard to pump to height.",
                ),
            },
            Case {
                title: (
                    "dùng 150.000 tấn đá mạt tồn đọng của mỏ đá vôi ở Gia Viễn làm cát xây dựng",
                    "turning 150,000 tonnes of stockpiled fines at a Gia Viễn limestone quarry into building sand",
                ),
                situation: (
                    "Mỏ khai thác 800.000 tấn đá mỗi năm, đá mạt 0–5 mm tồn khoảng 150.000 tấn chiếm hết bãi chứa và chỉ bán được 60.000 đồng/tấn. Đá mạt lẫn nhiều bụi nên không đạt yêu cầu cát cho bê tông, mỏ lại ở xa nguồn nước nên khó rửa.",
                    "The quarry extracts 800,000 tonnes of stone a year and has about 150,000 tonnes of 0–5 mm fines filling its yard, selling at only 60,000 VND per tonne. The fines are too dusty to qualify as concrete sand, and the quarry is far from water, making washing difficult.",
                ),
            },
            Case {
                title: (
                    "cấp cát sạch cho vữa xây, trát nhà ở vùng ven biển Kim Sơn, Yên Mô",
                    "supplying clean sand for masonry and plaster mortar for homes in coastal Kim Sơn and Yên Mô",
                ),
                situation: (
                    "Các đại lý vật liệu vùng ven biển chủ yếu bán cát đen nhiễm mặn hoặc cát không rõ nguồn gốc, tường trát sau 1–2 năm bị nứt chân chim và phồng rộp. Người xây nhà cần nguồn cát sạch, giá không quá 300.000 đồng/m³ giao tận chân công trình.",
                    "Building-material dealers on the coast mostly sell salty black sand or sand of unknown origin, and plastered walls craze and blister within 1–2 years. Home builders want clean sand at no more than 300,000 VND/m³ delivered to site.",
                ),
            },
        ],
        wanted: "Có nguồn cát thay cát sông đạt TCVN 9205:2012, giá thấp hơn cát vàng ít nhất 15%, cung ứng ổn định tối thiểu 5.000 m³ mỗi tháng kể cả mùa mưa.",
    },
    Problem {
        name: ("xử lý phế thải xây dựng và phá dỡ công trình", "handling construction and demolition waste"),
        cases: [
            Case {
                title: (
                    "xử lý 60.000 m³ phế thải phá dỡ của dự án mở rộng đường ở Hoa Lư",
                    "handling 60,000 m³ of demolition waste from a road-widening project in Hoa Lư",
                ),
                situation: (
                    "Dự án giải phóng mặt bằng khoảng 900 căn nhà mặt phố, phát sinh bê tông, gạch vữa và sắt thép trong 10 tháng. Bãi đổ thải được chỉ định cách 25 km, chi phí vận chuyển chiếm 40% giá gói thầu phá dỡ, và đã có xe đổ trộm dọc bờ kênh.",
                    "The project clears about 900 street-front houses, producing concrete, brick rubble and steel over 10 months. The designated dump is 25 km away, haulage takes 40% of the demolition contract value, and some trucks have already dumped illegally along canal banks.",
                ),
            },
            Case {
                title: (
                    "chấm dứt đổ trộm phế thải xây dựng ven đê và bờ sông ở Phủ Lý",
                    "stopping illegal dumping of construction waste along dykes and riverbanks in Phủ Lý",
                ),
                situation: (
                    "Mỗi tháng lực lượng quản lý đô thị phát hiện 20–30 điểm đổ trộm gạch vữa, bê tông vỡ dọc đê sông Đáy và các tuyến đường mới mở. Hộ dân sửa nhà nhỏ lẻ không có chỗ đổ hợp pháp gần, thuê xe chở ra bãi xa mất tới 800.000 đồng mỗi chuyến.",
                    "Every month urban inspectors find 20–30 spots of dumped rubble and broken concrete along the Đáy river dyke and newly opened roads. Households doing small renovations have no legal dump nearby, and hiring a truck to a distant site costs up to 800,000 VND per trip.",
                ),
            },
            Case {
                title: (
                    "tái sử dụng 300 tấn cọc, dầm bê tông hỏng mỗi tháng của nhà máy cấu kiện đúc sẵn ở Yên Mô",
                    "reusing 300 tonnes a month of rejected concrete piles and beams at a precast plant in Yên Mô",
                ),
                situation: (
                    "Nhà máy sản xuất cọc ly tâm và dầm đúc sẵn loại bỏ khoảng 4–5% sản phẩm không đạt, tương đương 300 tấn bê tông cốt thép mỗi tháng. Hiện phải thuê máy xúc đập và chở đi đổ, trong khi nhà máy vẫn mua đá dăm cho sản xuất với giá 320.000 đồng/m³.",
                    "The plant making spun piles and precast beams rejects about 4–5% of its output, some 300 tonnes of reinforced concrete a month. It pays excavators to break it up and trucks to dump it, while still buying crushed stone for production at 320,000 VND/m³.",
                ),
            },
        ],
        wanted: "Tái chế ít nhất 70% phế thải xây dựng phát sinh thành cốt liệu hoặc sản phẩm có hồ sơ thí nghiệm. Chi phí vận chuyển và xử lý giảm ít nhất 30% so với đổ thải hiện nay.",
    },
];
