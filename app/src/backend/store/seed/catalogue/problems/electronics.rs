//! The electronics-semiconductors sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: (
            "nội địa hóa bo mạch điều khiển cho thiết bị gia dụng",
            "localising controller boards for home appliances",
        ),
        cases: [
            Case {
                title: (
                    "thay bo điều khiển nhập khẩu của quạt điều hòa hơi nước bằng bo sản xuất trong nước",
                    "replacing imported control boards of evaporative air coolers with locally made boards",
                ),
                situation: (
                    "Nhà máy lắp 60.000 quạt điều hòa mỗi năm, toàn bộ bo điều khiển và điều khiển từ xa nhập từ nước ngoài với giá 180.000 đồng một bộ. Mỗi lần đổi mẫu phải chờ nhà cung cấp 8–10 tuần, năm ngoái chậm hàng 1 tháng đúng mùa nắng nóng. Tỷ lệ nội địa hóa hiện dưới 40%.",
                    "The plant assembles 60,000 evaporative coolers a year, and all control boards and remote controls are imported at 180,000 VND per set. Every design change means waiting 8–10 weeks for the supplier, and last year goods arrived a month late, right in the hot season. The local-content ratio is currently under 40%.",
                ),
            },
            Case {
                title: (
                    "nội địa hóa bo điều khiển nồi cơm điện và bếp từ cho xưởng lắp ráp 200 công nhân",
                    "localising rice-cooker and induction-hob control boards for a 200-worker assembly shop",
                ),
                situation: (
                    "Xưởng lắp 1.200 nồi cơm điện và 300 bếp từ mỗi ngày, bo điều khiển chiếm khoảng 25% giá thành. Tỷ lệ bo lỗi trong bảo hành là 2,5% nhưng xưởng không có sơ đồ mạch và firmware nên không tự sửa hay cải tiến được. Xưởng chưa có kỹ sư thiết kế điện tử và muốn được chuyển giao trọn gói.",
                    "The shop assembles 1,200 rice cookers and 300 induction hobs a day, and the control board makes up about 25% of the cost. 2.5% of boards fail under warranty, but without schematics or firmware the shop cannot repair or improve them. It has no electronics design engineer and wants a turnkey transfer.",
                ),
            },
            Case {
                title: (
                    "tự làm chủ bo điều khiển máy bơm tăng áp và máy lọc nước",
                    "taking ownership of control boards for booster pumps and water purifiers",
                ),
                situation: (
                    "Doanh nghiệp bán 40.000 máy bơm tăng áp và máy lọc nước mỗi năm, muốn thêm chế độ điều khiển qua điện thoại nhưng nhà cung cấp bo nước ngoài báo giá sửa firmware tới 30.000 USD. Chip điều khiển động cơ nhập khẩu từng thiếu hàng suốt 6 tháng năm 2022. Doanh nghiệp cần đối tác thiết kế có thể sản xuất loạt 5.000 bo đầu tiên.",
                    "The company sells 40,000 booster pumps and water purifiers a year and wants to add phone control, but the foreign board supplier quotes up to 30,000 USD for the firmware change. The imported motor-controller chip was out of stock for 6 months in 2022. The company needs a design partner able to produce a first run of 5,000 boards.",
                ),
            },
        ],
        wanted: "Có bo điều khiển do đơn vị trong nước thiết kế, doanh nghiệp sở hữu sơ đồ mạch và firmware; giá thành không cao hơn bo nhập khẩu và tỷ lệ lỗi bảo hành dưới 1%.",
    },
    Problem {
        name: ("kiểm thử tự động linh kiện trước khi xuất xưởng", "automated component testing before shipment"),
        cases: [
            Case {
                title: (
                    "kiểm thử bộ nguồn LED trước khi đóng hộp tại xưởng 20.000 sản phẩm mỗi ngày",
                    "testing LED drivers before boxing at a 20,000-unit-per-day shop",
                ),
                situation: (
                    "Công nhân cắm từng bộ nguồn vào đồng hồ đo để kiểm tra điện áp ra, mất khoảng 2 phút mỗi sản phẩm và không đo được hệ số công suất, độ gợn sóng. Khoảng 1,2% sản phẩm bị khách hàng trả lại vì bộ nguồn chết sớm. Xưởng không còn chỗ để mở rộng khu kiểm tra.",
                    "Workers plug each driver into a meter to check the output voltage, taking about 2 minutes per unit without measuring power factor or ripple. About 1.2% of units are returned by customers because the driver fails early. The shop has no room to enlarge the test area.",
                ),
            },
            Case {
                title: (
                    "kiểm thử 100% bo mạch cảm biến IoT trước khi giao cho khách hàng nước ngoài",
                    "100% testing of IoT sensor boards before shipping to foreign customers",
                ),
                situation: (
                    "Mỗi tháng công ty giao 8.000 bo cảm biến và khách hàng yêu cầu báo cáo kiểm thử từng sản phẩm theo số sê-ri. Hiện 4 kỹ thuật viên kiểm tra kết nối sóng và nạp firmware bằng tay, mỗi bo mất 4 phút, thường ùn ứ vào tuần cuối tháng. Lô hàng gần nhất bị trả lại 300 bo vì nạp sai phiên bản firmware.",
                    "The company ships 8,000 sensor boards a month, and the customer requires a test report for every unit by serial number. Four technicians currently check radio links and flash firmware by hand at 4 minutes per board, with backlogs in the last week of each month. The latest shipment had 300 boards returned for carrying the wrong firmware version.",
                ),
            },
            Case {
                title: (
                    "phân loại và kiểm thử điện linh kiện bán dẫn công suất sau đóng gói",
                    "electrical sorting and testing of packaged power semiconductors",
                ),
                situation: (
                    "Dây chuyền đóng gói ra 200.000 MOSFET mỗi ngày nhưng máy thử điện hiện có chỉ đo được thông số tĩnh và hay báo lỗi sai do tiếp xúc kém. Tỷ lệ thành phẩm dao động 90–95% giữa các ca mà không rõ nguyên nhân. Khách hàng sắp yêu cầu thử thêm độ bền xung dòng.",
                    "The packaging line turns out 200,000 MOSFETs a day, but the existing electrical tester measures only static parameters and often gives false fails from poor contact. Yield swings between 90% and 95% from shift to shift for no known reason. The customer will soon require surge-current robustness testing as well.",
                ),
            },
        ],
        wanted: "Kiểm thử tự động 100% sản phẩm với thời gian dưới 40 giây mỗi sản phẩm; lưu kết quả theo số sê-ri hoặc lô và giảm tỷ lệ lỗi lọt đến khách hàng xuống dưới 200 ppm.",
    },
    Problem {
        name: ("giảm tỷ lệ lỗi hàn trên dây chuyền dán linh kiện SMT", "cutting solder defects on SMT assembly lines"),
        cases: [
            Case {
                title: (
                    "giảm lỗi cầu hàn và thiếu thiếc trên bo điều khiển bếp từ tại xưởng 2 dây chuyền SMT",
                    "reducing solder bridges and insufficient solder on induction-hob boards at a two-line SMT shop",
                ),
                situation: (
                    "Tỷ lệ lỗi sau lò hàn khoảng 2.500 ppm, chủ yếu là cầu hàn ở chân IC bước 0,5 mm và thiếu thiếc ở linh kiện 0402. Mỗi ca 3 công nhân phải sửa bo bằng mỏ hàn, và bo đã sửa hay hỏng lại khi khách dùng. Dây chuyền mua lại năm 2018 và chưa từng đo lại đường nhiệt lò.",
                    "Defects after reflow run at about 2,500 ppm, mostly bridges on 0.5 mm-pitch IC leads and insufficient solder on 0402 parts. Three workers per shift rework boards with soldering irons, and reworked boards often fail again in use. The line was bought second-hand in 2018 and its oven profile has never been re-measured.",
                ),
            },
            Case {
                title: (
                    "giảm rỗ khí dưới mối hàn BGA trên bo mạch thiết bị mạng",
                    "reducing voids under BGA joints on networking-equipment boards",
                ),
                situation: (
                    "Khách hàng yêu cầu diện tích rỗ khí dưới mỗi bi hàn BGA không quá 25%, nhưng ảnh X-quang lấy mẫu cho thấy 8% số bo vượt ngưỡng. Một lô 5.000 bo vừa bị giữ lại để kiểm tra 100%. Nhà máy chưa có lò hàn khí nitơ.",
                    "The customer requires voids under each BGA ball to cover no more than 25% of its area, but sample X-rays show 8% of boards over the limit. A lot of 5,000 boards has just been held for 100% inspection. The plant has no nitrogen reflow oven.",
                ),
            },
            Case {
                title: (
                    "giảm lỗi hàn sau khi chuyển sang kem hàn không chì tại nhà máy bộ nguồn LED",
                    "cutting soldering defects after switching to lead-free paste at an LED driver plant",
                ),
                situation: (
                    "Sau khi chuyển sang kem hàn không chì để xuất khẩu sang châu Âu, lỗi mối hàn xám, không thấm ướt tăng từ 500 lên 1.800 ppm. Nhiệt độ lò phải tăng thêm 20–30 °C khiến một số tụ điện bị phồng. Nhà máy chạy 2 ca và chỉ có 1 kỹ sư quy trình SMT.",
                    "Since switching to lead-free paste for export to Europe, grainy and non-wetted joints have risen from 500 to 1,800 ppm. The oven had to run 20–30 °C hotter, and some capacitors now bulge. The plant runs 2 shifts and has only 1 SMT process engineer.",
                ),
            },
        ],
        wanted: "Giảm tỷ lệ lỗi hàn sau lò xuống dưới 300 ppm trong 3 tháng; có đường nhiệt và thông số khuôn in chuẩn cho từng mã bo.",
    },
    Problem {
        name: (
            "ngăn hỏng linh kiện do tĩnh điện và độ ẩm trong xưởng lắp ráp điện tử",
            "preventing ESD and humidity damage to components in electronics assembly",
        ),
        cases: [
            Case {
                title: (
                    "kiểm soát tĩnh điện mùa hanh khô tại xưởng lắp ráp mô-đun camera 150 bàn",
                    "controlling ESD in the dry season at a 150-bench camera-module assembly shop",
                ),
                situation: (
                    "Từ tháng 11 đến tháng 2, độ ẩm trong xưởng xuống 30–35% và tỷ lệ mô-đun hỏng cảm biến ảnh tăng gấp 3, lên khoảng 0,9%. Vòng đeo tay tiếp đất chỉ được kiểm tra một lần đầu ca bằng máy thử đặt ở cửa. Đợt đánh giá gần nhất, khách hàng ghi nhận nhà máy thiếu hồ sơ kiểm soát ESD liên tục.",
                    "From November to February, humidity in the shop falls to 30–35% and the share of modules with damaged image sensors triples to about 0.9%. Wrist straps are checked only once at the start of the shift on a tester by the door. At the latest audit the customer noted that the plant lacks continuous ESD-control records.",
                ),
            },
            Case {
                title: (
                    "bảo quản linh kiện nhạy ẩm trong mùa nồm tại kho nhà máy lắp ráp bo mạch",
                    "storing moisture-sensitive components through the humid season at a board-assembly plant's store",
                ),
                situation: (
                    "Từ tháng 2 đến tháng 4, độ ẩm trong kho lên 85–95%, nhiều cuộn IC để ngoài tủ khô quá thời hạn nên bị nứt vỏ khi qua lò hàn. Thời gian mở túi đang được ghi tay trên nhãn giấy nên hay bị sót. Mỗi năm nhà máy hủy khoảng 200 triệu đồng linh kiện nghi bị ẩm.",
                    "From February to April, humidity in the store rises to 85–95%, and many IC reels left outside the dry cabinets beyond their limit crack (popcorn) in the reflow oven. Bag-opening times are written by hand on paper labels and are often missed. Each year the plant scraps about 200 million VND of components suspected of moisture damage.",
                ),
            },
            Case {
                title: (
                    "kiểm soát tĩnh điện khi mở rộng dây chuyền đóng gói, kiểm thử chip lên 120 bàn",
                    "controlling ESD while expanding a chip packaging and test line to 120 benches",
                ),
                situation: (
                    "Dây chuyền sẽ tăng từ 40 lên 120 bàn thao tác trong năm 2026, phần lớn là công nhân mới chưa quen quy định chống tĩnh điện. Điện trở sàn, bàn, ghế hiện do 1 kỹ thuật viên đo thủ công mỗi tháng một lần. Khách hàng yêu cầu chứng nhận hệ thống kiểm soát ESD trước khi ký hợp đồng 3 năm.",
                    "The line will grow from 40 to 120 benches in 2026, staffed mostly by new workers unfamiliar with anti-static rules. Floor, bench and chair resistance is measured by hand once a month by a single technician. The customer requires a certified ESD-control programme before signing a three-year contract.",
                ),
            },
        ],
        wanted: "Giám sát liên tục 100% bàn thao tác và kho linh kiện, cảnh báo trong vòng 5 giây khi mất tiếp đất hoặc độ ẩm ra ngoài ngưỡng; giảm ít nhất 50% lỗi do tĩnh điện trong 6 tháng.",
    },
];
