//! The green-circular-economy sector's problems (see `super::super`).

use super::super::{Case, Problem};

pub const PROBLEMS: &[Problem] = &[
    Problem {
        name: ("tái sử dụng phụ phẩm và chất thải rắn công nghiệp", "reusing industrial by-products and solid waste"),
        cases: [
            Case {
                title: (
                    "tận dụng 40.000 tấn xỉ than mỗi năm của nhà máy phân đạm trong khu công nghiệp Khánh Phú",
                    "reusing 40,000 tonnes a year of coal slag from a fertiliser plant in Khánh Phú industrial park",
                ),
                situation: (
                    "Nhà máy thải ra khoảng 110 tấn xỉ than mỗi ngày từ hệ thống khí hóa và lò hơi, bãi chứa 5 ha đã đầy 85%. Chi phí vận chuyển và lưu giữ hiện khoảng 90.000 đồng/tấn, cơ quan quản lý môi trường yêu cầu có phương án tiêu thụ xỉ trước cuối năm 2026.",
                    "The plant discharges about 110 tonnes of coal slag a day from its gasification units and boilers, and its 5-hectare storage yard is 85% full. Hauling and storage cost about 90,000 VND per tonne, and the environmental authority requires a plan to use the slag before the end of 2026.",
                ),
            },
            Case {
                title: (
                    "tái chế 18 tấn bao dệt PP và màng co phế thải mỗi tháng của nhà máy thức ăn chăn nuôi ở Yên Khánh",
                    "recycling 18 tonnes a month of waste woven PP sacks and shrink film at an animal-feed mill in Yên Khánh",
                ),
                situation: (
                    "Nhà máy nhập ngô, khô đậu trong bao dệt PP và pallet bọc màng co, mỗi tháng phát sinh khoảng 18 tấn bao rách, màng bẩn lẫn bột cám. Cơ sở thu mua phế liệu chỉ lấy bao sạch với giá 1.500 đồng/kg, phần còn lại phải thuê xử lý như rác công nghiệp với giá 2,8 triệu đồng/tấn.",
                    "The mill receives maize and soybean meal in woven PP sacks and on shrink-wrapped pallets, producing about 18 tonnes a month of torn sacks and dirty film mixed with bran dust. Scrap buyers take only clean sacks at 1,500 VND/kg, and the rest must be disposed of as industrial waste at 2.8 million VND per tonne.",
                ),
            },
            Case {
                title: (
                    "tái sử dụng tro xỉ lò hơi của cụm nhà máy giấy và bao bì carton ở Gia Viễn",
                    "reusing boiler ash and slag from a cluster of paper and carton mills in Gia Viễn",
                ),
                situation: (
                    "Ba nhà máy giấy và bao bì carton dùng chung lò hơi đốt than trộn trấu, thải ra 30–35 tấn tro xỉ mỗi ngày, ẩm và lẫn cặn giấy. Bãi chứa tạm nằm sát đồng lúa, mùa mưa nước rỉ chảy xuống ruộng khiến người dân phản ánh nhiều lần; ngân sách xử lý của mỗi nhà máy dưới 2 tỷ đồng/năm.",
                    "Three paper and carton mills share a boiler burning coal mixed with rice husk and discharge 30–35 tonnes of wet ash and slag a day mixed with paper residue. The temporary dump lies next to rice fields, run-off reaches the paddies in the rainy season and residents have complained repeatedly; each mill's disposal budget is under 2 billion VND a year.",
                ),
            },
        ],
        wanted: "Tiêu thụ hoặc tái chế ít nhất 70% lượng xỉ than và chất thải rắn phát sinh trong 12 tháng, sản phẩm tái chế có kết quả thử nghiệm đạt tiêu chuẩn; chi phí xử lý mỗi tấn giảm ít nhất 30%.",
    },
    Problem {
        name: ("giảm phát thải khí nhà kính trong sản xuất", "cutting greenhouse-gas emissions in production"),
        cases: [
            Case {
                title: (
                    "kiểm kê và cắt giảm khí nhà kính cho nhà máy xi măng 1,5 triệu tấn/năm ở Phủ Lý",
                    "inventorying and cutting greenhouse gases at a 1.5-million-tonne-a-year cement plant near Phủ Lý",
                ),
                situation: (
                    "Nhà máy thuộc danh mục cơ sở phải kiểm kê khí nhà kính, phát thải ước tính 1,1 triệu tấn CO2 tương đương mỗi năm, chủ yếu từ nung clinker và đốt than. Số liệu tiêu thụ than, điện nằm rải rác trong sổ tay và bảng tính của 6 phân xưởng; báo cáo năm trước mất gần 3 tháng và bị trả lại để bổ sung.",
                    "The plant is on the list of facilities required to inventory greenhouse gases, emitting an estimated 1.1 million tonnes of CO2-equivalent a year, mainly from clinker burning and coal firing. Coal and power data are scattered across notebooks and spreadsheets in 6 workshops; last year's report took nearly 3 months and was sent back for additions.",
                ),
            },
            Case {
                title: (
                    "tính phát thải nội hàm cho ống thép xuất khẩu sang EU của nhà máy ở khu công nghiệp Phúc Sơn",
                    "calculating embedded emissions of steel pipes exported to the EU from a plant in Phúc Sơn industrial park",
                ),
                situation: (
                    "Nhà máy xuất khoảng 12.000 tấn ống thép mỗi năm sang EU, nhà nhập khẩu yêu cầu số liệu phát thải nội hàm theo từng quý từ năm 2026, nếu không sẽ bị áp giá trị mặc định cao. Phôi thép mua từ ba nhà cung cấp khác nhau và nhà máy chưa có nhân sự chuyên trách về phát thải.",
                    "The plant exports about 12,000 tonnes of steel pipe a year to the EU, and the importer requires quarterly embedded-emission data from 2026 or high default values will apply. Billets come from three different suppliers and the plant has no staff dedicated to emissions.",
                ),
            },
            Case {
                title: (
                    "giảm phát thải từ lò hơi đốt than của xưởng nhuộm vải 10 tấn/ngày ở Nam Định",
                    "cutting emissions from the coal-fired boiler of a 10-tonne-a-day fabric dyeing mill in Nam Định",
                ),
                situation: (
                    "Lò hơi 6 tấn hơi/giờ đốt khoảng 15 tấn than cám mỗi ngày, chiếm gần 70% phát thải của xưởng. Khách hàng may mặc yêu cầu giảm 30% phát thải phạm vi 1 và 2 trước năm 2030; xưởng có khoảng 5 tỷ đồng để đầu tư và không thể dừng sản xuất quá 10 ngày để cải tạo.",
                    "A 6-tonne-per-hour boiler burns about 15 tonnes of coal fines a day, nearly 70% of the mill's emissions. Apparel customers demand a 30% cut in scope 1 and 2 emissions before 2030; the mill has about 5 billion VND to invest and cannot stop production for more than 10 days for the retrofit.",
                ),
            },
        ],
        wanted: "Có báo cáo kiểm kê khí nhà kính đạt yêu cầu thẩm định trong vòng 4 tháng. Xác định lộ trình giảm ít nhất 20% phát thải phạm vi 1 và 2 trong 3 năm, có số liệu theo dõi hằng tháng.",
    },
    Problem {
        name: (
            "giảm đồ nhựa dùng một lần tại khu du lịch và nhà hàng",
            "cutting single-use plastics at tourist sites and restaurants",
        ),
        cases: [
            Case {
                title: (
                    "thay hộp xốp, cốc nhựa cho 120 quầy ăn uống trong khu du lịch Tràng An",
                    "replacing foam boxes and plastic cups at 120 food stalls in the Tràng An tourist area",
                ),
                situation: (
                    "Mùa cao điểm từ tháng Giêng đến tháng Ba, khu du lịch đón 15.000–20.000 khách mỗi ngày và các quầy ăn uống dùng khoảng 30.000 hộp xốp, cốc và ống hút nhựa. Ban quản lý đã cam kết khu di sản không đồ nhựa dùng một lần, nhưng các hộ kinh doanh chỉ chấp nhận đồ thay thế đắt hơn tối đa 500 đồng mỗi chiếc.",
                    "In the peak season from January to March the site receives 15,000–20,000 visitors a day and the food stalls use about 30,000 foam boxes, plastic cups and straws. The management has pledged a heritage site free of single-use plastic, but stallholders will only accept substitutes costing at most 500 VND more per piece.",
                ),
            },
            Case {
                title: (
                    "thu gom chai nhựa khách bỏ lại dọc tuyến thuyền Tam Cốc – Bích Động",
                    "collecting plastic bottles left by visitors along the Tam Cốc – Bích Động boat route",
                ),
                situation: (
                    "Mỗi ngày đội vệ sinh vớt 150–200 kg rác trên sông Ngô Đồng và ở bến thuyền, hơn một nửa là chai nước và lon nước ngọt. Rác lẫn nước, bùn nên cơ sở thu mua phế liệu trả giá rất thấp, và khách quốc tế nhiều lần phàn nàn về rác dọc tuyến trên các trang đánh giá.",
                    "Every day the cleaning team fishes 150–200 kg of litter out of the Ngô Đồng river and the piers, over half of it water bottles and soft-drink cans. Mixed with water and mud, the litter fetches very little from scrap buyers, and foreign visitors have repeatedly complained about litter along the route on review sites.",
                ),
            },
            Case {
                title: (
                    "bỏ hộp nhựa trong 2.500 suất cơm giao mỗi ngày của bếp ăn công nghiệp ở khu công nghiệp Gián Khẩu",
                    "dropping plastic boxes from 2,500 daily meal deliveries of an industrial canteen in Gián Khẩu industrial park",
                ),
                situation: (
                    "Bếp ăn cấp cơm hộp cho 6 nhà máy, mỗi ngày thải ra khoảng 2.500 hộp nhựa và túi nilon đựng canh. Hai nhà máy khách hàng đang áp dụng yêu cầu giảm nhựa của nhãn hàng quốc tế và đòi đổi bao bì trong quý tới, trong khi giá suất ăn không được tăng quá 2%.",
                    "The canteen supplies boxed meals to 6 factories and throws out about 2,500 plastic boxes and plastic soup bags a day. Two client factories are applying an international brand's plastic-reduction rules and want the packaging changed next quarter, while the meal price may not rise by more than 2%.",
                ),
            },
        ],
        wanted: "Giảm ít nhất 70% số hộp, cốc, chai nhựa dùng một lần trong 6 tháng; chi phí bao bì thay thế tăng không quá 500 đồng mỗi suất ăn hoặc mỗi lượt khách.",
    },
    Problem {
        name: (
            "tận dụng vỏ trấu, lõi ngô và phụ phẩm chế biến nông sản",
            "making use of rice husks, corn cobs and food-processing residues",
        ),
        cases: [
            Case {
                title: (
                    "tận dụng 20 tấn vỏ trấu mỗi ngày của cụm nhà máy xay xát ở Yên Khánh",
                    "using 20 tonnes of rice husk a day from a cluster of rice mills in Yên Khánh",
                ),
                situation: (
                    "Năm nhà máy xay xát công suất 150–200 tấn thóc/ngày thải ra khoảng 20 tấn vỏ trấu mỗi ngày, chỉ bán được một phần cho lò gạch và trang trại với giá 300–500 đồng/kg. Phần còn lại bị đốt âm ỉ ngoài bãi, khói ảnh hưởng khu dân cư và đã bị xã lập biên bản hai lần trong năm.",
                    "Five mills of 150–200 tonnes of paddy a day produce about 20 tonnes of husk daily, only part of which sells to brick kilns and farms at 300–500 VND/kg. The rest smoulders in open heaps, the smoke bothers nearby residents and the commune has issued two violation reports this year.",
                ),
            },
            Case {
                title: (
                    "xử lý lõi ngô và thân cây sắn sau thu hoạch ở các xã vùng đồi Nho Quan",
                    "handling corn cobs and cassava stems after harvest in the hill communes of Nho Quan",
                ),
                situation: (
                    "Khoảng 2.000 ha ngô và sắn cho hàng nghìn tấn lõi ngô, thân sắn mỗi vụ, người dân thường đốt ngay tại nương để dọn đất, gây khói mù cho khu vực giáp Vườn quốc gia Cúc Phương. Hợp tác xã muốn biến phụ phẩm thành sản phẩm bán được nhưng chỉ có khoảng 500 triệu đồng vốn và lao động phần lớn là người cao tuổi.",
                    "About 2,000 hectares of maize and cassava leave thousands of tonnes of cobs and stems each season, which farmers usually burn in the fields to clear land, causing haze near Cúc Phương National Park. The cooperative wants to turn the residues into something saleable but has only about 500 million VND of capital and a mostly elderly workforce.",
                ),
            },
            Case {
                title: (
                    "xử lý 3.000 lít dầu chiên thải mỗi tháng của các cơ sở làm chả, nem rán ở thành phố Nam Định",
                    "handling 3,000 litres a month of used frying oil from chả and spring-roll makers in Nam Định city",
                ),
                situation: (
                    "Khoảng 40 cơ sở chế biến thực phẩm chiên rán thải ra tổng cộng 3.000 lít dầu mỗi tháng, một phần bị thương lái mua với giá 8.000–10.000 đồng/lít rồi lọc bán lại cho quán ăn. Phần còn lại bị đổ xuống cống gây tắc đường thoát nước; phường đã yêu cầu các cơ sở ký cam kết thu gom có chứng từ.",
                    "About 40 fried-food makers discard 3,000 litres of oil a month in total; some of it is bought by traders at 8,000–10,000 VND per litre, filtered and resold to eateries. The rest is poured into drains and blocks them; the ward has required the makers to sign up to documented collection.",
                ),
            },
        ],
        wanted: "Biến ít nhất 60% lượng vỏ trấu, lõi ngô hoặc dầu ăn thải thành sản phẩm có người mua trong một năm; chấm dứt đốt lộ thiên và đổ dầu xuống cống tại khu vực thí điểm.",
    },
];
