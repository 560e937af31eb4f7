//! Short and long (markdown) descriptions of organisations, from templates and word lists.

use super::World;
use super::cx::Cx;
use super::draft::{Draft, Extra};
use super::names::{FIELDS, INDUSTRIES};
use super::prose::{self, NOTE_EN, NOTE_VI, bullets, cap, fill, low, vnd};

pub struct Texts {
    pub short_vi: String,
    pub short_en: String,
    pub desc_vi: String,
    pub desc_en: String,
}

fn both(items: &[(&'static str, &'static str)]) -> (Vec<String>, Vec<String>) {
    (items.iter().map(|i| i.0.to_owned()).collect(), items.iter().map(|i| i.1.to_owned()).collect())
}

fn doc(paras: Vec<String>, note: &str) -> String {
    let mut out = paras.join("\n\n");
    out.push_str("\n\n");
    out.push_str(note);
    out
}

pub fn describe(cx: &mut Cx<'_>, w: &World, d: &Draft) -> Texts {
    let (sec_vi, sec_en) = prose::sectors(&d.sectors);
    let place = w.place_name(d.place).to_owned();
    let year = d.year.to_string();
    let base = [
        ("name", d.name_vi.as_str()),
        ("en", d.name_en.as_str()),
        ("place", place.as_str()),
        ("year", year.as_str()),
        ("sec", sec_vi.as_str()),
        ("sec_en", sec_en.as_str()),
    ];
    let f = |t: &str, extra: &[(&str, &str)]| fill(&fill(t, extra), &base);
    let (short_vi, short_en, vi, en): (String, String, Vec<String>, Vec<String>) = match &d.extra {
        Extra::Hub { services, capacity } => {
            let space = d.kind == crate::domain::OrgKind::InnovationSpace;
            let cap_s = capacity.to_string();
            let (sv, se) = both(&services.iter().map(|s| prose::hub_service(s)).collect::<Vec<_>>());
            let x = [("n", cap_s.as_str())];
            (
                if space { f("Không gian làm việc chung, xưởng chế tạo mẫu và cộng đồng đổi mới sáng tạo tại {place}.", &x) }
                else { f("Ươm tạo và đồng hành cùng các dự án khởi nghiệp về {sec} tại {place}.", &x) },
                if space { f("Co-working, prototyping workshop and innovation community in {place}.", &x) }
                else { f("Incubating and supporting startups in {sec_en} in {place}.", &x) },
                vec![
                    f("{name} được thành lập năm {year}, là đầu mối hỗ trợ khởi nghiệp sáng tạo tại {place}. Mỗi năm chúng tôi đồng hành cùng khoảng {n} dự án trong các lĩnh vực {sec}.", &x),
                    format!("Dịch vụ chính:\n\n{}", bullets(&sv)),
                    cx.pick(&[
                        "Các dự án tham gia được kết nối với mạng lưới chuyên gia, nhà đầu tư và doanh nghiệp đầu chuỗi trong và ngoài tỉnh.",
                        "Chúng tôi ưu tiên các dự án gắn với lợi thế của Ninh Bình như du lịch di sản, nông nghiệp sinh thái và làng nghề truyền thống.",
                        "Mô hình hợp tác “ba nhà” — Nhà nước, Nhà trường, Doanh nghiệp — là nền tảng cho mọi chương trình của chúng tôi.",
                    ]).to_string(),
                ],
                vec![
                    f("{en} was founded in {year} as a hub for innovative startups in {place}. Every year we support about {n} projects in {sec_en}.", &x),
                    format!("Main services:\n\n{}", bullets(&se)),
                    "Projects are introduced to our network of mentors, investors and anchor companies inside and outside the province.".to_owned(),
                ],
            )
        }
        Extra::Startup { stage, team, needs, incubator, topic: tech, customer } => {
            let topic = tech.name;
            let has_for = topic.0.contains(" cho ") || topic.1.contains(" for ");
            let (nv, ne) = both(&needs.iter().map(|n| prose::need(n)).collect::<Vec<_>>());
            let team_s = team.to_string();
            let n = cx.range(3..60).to_string();
            let g = cx.range(8..40).to_string();
            let x = [
                ("topic", topic.0),
                ("topic_en", topic.1),
                ("cust", customer.0),
                ("cust_en", customer.1),
                ("team", team_s.as_str()),
                ("n", n.as_str()),
                ("g", g.as_str()),
            ];
            let (p2v, p2e) = match *stage {
                "idea" => (
                    "Nhóm sáng lập {team} thành viên đang hoàn thiện ý tưởng và khảo sát nhu cầu với {n} khách hàng tiềm năng.",
                    "The {team}-person founding team is refining the idea and has interviewed {n} potential customers.",
                ),
                "mvp" => (
                    "Sản phẩm mẫu đã được thử nghiệm với {n} khách hàng đầu tiên; đội ngũ {team} thành viên đang hoàn thiện phiên bản thương mại.",
                    "The prototype has been piloted with {n} early customers; the team of {team} is building the commercial version.",
                ),
                "early_revenue" => (
                    "Sản phẩm đã có doanh thu từ {n} khách hàng trả phí, tăng trưởng khoảng {g}% mỗi quý.",
                    "The product earns revenue from {n} paying customers, growing about {g}% a quarter.",
                ),
                _ => (
                    "Doanh nghiệp phục vụ hơn {n}0 khách hàng ở nhiều tỉnh, thành và đang mở rộng ra thị trường khu vực.",
                    "The company serves more than {n}0 customers across several provinces and is expanding regionally.",
                ),
            };
            let mut vi = vec![
                f(
                    if has_for {
                        "{name} là doanh nghiệp khởi nghiệp sáng tạo thành lập năm {year} tại {place}, phát triển {topic}, phục vụ {cust}."
                    } else {
                        "{name} là doanh nghiệp khởi nghiệp sáng tạo thành lập năm {year} tại {place}, phát triển {topic} cho {cust}."
                    },
                    &x,
                ),
                format!("{} Sản phẩm giúp {}.", tech.how.0, tech.gain.0),
                f(p2v, &x),
            ];
            let mut en = vec![
                f(
                    if has_for {
                        "{en} is an innovative startup founded in {year} in {place}, building {topic_en}; its customers are {cust_en}."
                    } else {
                        "{en} is an innovative startup founded in {year} in {place}, building {topic_en} for {cust_en}."
                    },
                    &x,
                ),
                format!("{} The product {}.", tech.how.1, tech.gain.1),
                f(p2e, &x),
            ];
            if let Some(i) = incubator {
                vi.push(format!("Dự án được ươm tạo tại {}.", w.orgs[*i].name_vi));
                en.push(format!("The project was incubated at {}.", w.orgs[*i].name_vi));
            }
            vi.push(format!("Chúng tôi đang tìm kiếm:\n\n{}", bullets(&nv)));
            en.push(format!("We are looking for:\n\n{}", bullets(&ne)));
            if has_for {
                (format!("{}.", cap(topic.0)), format!("{}.", cap(topic.1)), vi, en)
            } else {
                (
                    format!("{} cho {}.", cap(topic.0), customer.0),
                    format!("{} for {}.", cap(topic.1), customer.1),
                    vi,
                    en,
                )
            }
        }
        Extra::Investor { typ, min, max, stages } => {
            let (minv, mine) = vnd(*min);
            let (maxv, maxe) = vnd(*max);
            let st: Vec<(&str, &str)> = stages.iter().map(|s| prose::stage(s)).collect();
            let (stv, ste) = both(&st);
            let (stv, ste) = (prose::join(&stv, "và"), prose::join(&ste, "and"));
            let x = [
                ("min", minv.as_str()),
                ("max", maxv.as_str()),
                ("min_en", mine.as_str()),
                ("max_en", maxe.as_str()),
                ("st", stv.as_str()),
                ("st_en", ste.as_str()),
            ];
            let (sv, se) = match *typ {
                "vc" => (
                    "Quỹ đầu tư mạo hiểm tập trung vào startup về {sec}, giai đoạn {st}.",
                    "Venture capital for startups in {sec_en}, at the {st_en} stage.",
                ),
                "angel" => (
                    "Mạng lưới nhà đầu tư thiên thần đồng hành cùng startup giai đoạn {st}.",
                    "Angel investors backing startups at the {st_en} stage.",
                ),
                "corporate" => (
                    "Quỹ đầu tư của doanh nghiệp, tìm công nghệ bổ trợ cho chuỗi giá trị về {sec}.",
                    "Corporate venture arm seeking technology for its value chain in {sec_en}.",
                ),
                _ => (
                    "Quỹ công của tỉnh cùng đầu tư với khu vực tư nhân vào doanh nghiệp đổi mới sáng tạo.",
                    "The province's public fund, co-investing with private investors in innovative companies.",
                ),
            };
            let mut vi = vec![f(
                "{name} đầu tư vào doanh nghiệp khởi nghiệp sáng tạo trong lĩnh vực {sec}, mỗi thương vụ từ {min} đến {max}. Giai đoạn ưu tiên: {st}.",
                &x,
            )];
            let mut en = vec![f(
                "{en} invests in innovative startups in {sec_en}, from {min_en} to {max_en} per deal. Preferred stages: {st_en}.",
                &x,
            )];
            if *typ == "public_fund" {
                vi.push("Quỹ hoạt động theo định hướng của Kế hoạch tổng thể phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Ninh Bình giai đoạn 2026–2030: “ngân sách nhà nước dẫn dắt – xã hội cùng đầu tư”, chia sẻ rủi ro và chia sẻ lợi ích với nhà đầu tư tư nhân.".to_owned());
                en.push("The fund follows the province's plan for science, technology and innovation 2026–2030: public money leads, society co-invests, sharing risk and reward with private investors.".to_owned());
            } else {
                vi.push("Ngoài vốn, chúng tôi hỗ trợ chiến lược, kết nối khách hàng và chuẩn bị cho các vòng gọi vốn tiếp theo.".to_owned());
                en.push(
                    "Beyond capital we help with strategy, customer introductions and preparing the next rounds."
                        .to_owned(),
                );
            }
            (f(sv, &x), f(se, &x), vi, en)
        }
        Extra::Knowledge { field, researchers, labs, areas } => {
            let (fv, fe) = (FIELDS[*field].0, FIELDS[*field].1);
            let r = researchers.to_string();
            let phd = (researchers * cx.range(15..40) / 100).to_string();
            let (av, ae) = both(areas);
            let (lv, le) = both(labs);
            let (av, ae) = (prose::join(&av, "và"), prose::join(&ae, "and"));
            let fvl = fv.to_lowercase();
            let x = [
                ("f", fvl.as_str()),
                ("f_en", fe),
                ("r", r.as_str()),
                ("phd", phd.as_str()),
                ("areas", av.as_str()),
                ("areas_en", ae.as_str()),
            ];
            (
                f("Nghiên cứu, đào tạo và chuyển giao công nghệ về {f} cho doanh nghiệp trong tỉnh.", &x),
                f("Research, training and technology transfer in {f_en} for the province's companies.", &x),
                vec![
                    f("{name} được thành lập năm {year}, hiện có {r} cán bộ nghiên cứu, trong đó {phd} người có học vị tiến sĩ.", &x),
                    f("Hướng nghiên cứu chính: {areas}.", &x),
                    format!("Phòng thí nghiệm và trang thiết bị:\n\n{}", bullets(&lv)),
                    "Văn phòng chuyển giao công nghệ sẵn sàng tiếp nhận đặt hàng nghiên cứu và đề xuất hợp tác từ doanh nghiệp.".to_owned(),
                ],
                vec![
                    f("{en} was founded in {year} and has {r} researchers, {phd} of them with a doctorate.", &x),
                    f("Main research areas: {areas_en}.", &x),
                    format!("Laboratories and equipment:\n\n{}", bullets(&le)),
                    "Our technology transfer office welcomes commissioned research and partnership proposals from companies.".to_owned(),
                ],
            )
        }
        Extra::Enterprise { industry, size, employees } => {
            let ind = &INDUSTRIES[*industry];
            let e = employees.to_string();
            let ivl = ind.vi.to_lowercase();
            let iel = ind.en.to_lowercase();
            let nvl = low(ind.needs_vi);
            let nel = low(ind.needs_en);
            let x = [
                ("i", ivl.as_str()),
                ("i_en", iel.as_str()),
                ("e", e.as_str()),
                ("needs", nvl.as_str()),
                ("needs_en", nel.as_str()),
            ];
            let size_vi = match *size {
                "micro" => "siêu nhỏ",
                "small" => "nhỏ",
                "medium" => "vừa",
                _ => "lớn",
            };
            (
                f("Doanh nghiệp {s} ngành {i} tại {place}.", &[("s", size_vi), ("i", ivl.as_str())]),
                f("A {s} {i_en} company in {place}.", &[("s", size), ("i_en", iel.as_str())]),
                vec![
                    f("{name} hoạt động trong ngành {i} từ năm {year}, với khoảng {e} lao động.", &x),
                    f("Nhu cầu đổi mới sáng tạo: {needs}.", &x),
                    cx.pick(&[
                        "Doanh nghiệp sẵn sàng hợp tác với viện, trường và startup để thử nghiệm giải pháp mới ngay tại nhà xưởng.",
                        "Chúng tôi quan tâm đến chuyển giao công nghệ, đồng tài trợ nhiệm vụ khoa học và công nghệ với tỉnh.",
                        "Doanh nghiệp đang triển khai chuyển đổi số và tìm kiếm đối tác công nghệ dài hạn.",
                    ]).to_string(),
                ],
                vec![
                    f("{en} has worked in {i_en} since {year} and employs about {e} people.", &x),
                    f("Innovation needs: {needs_en}.", &x),
                    "We welcome institutes, universities and startups to pilot new solutions in our workshops.".to_owned(),
                ],
            )
        }
        Extra::Agency { dept } => {
            if *dept {
                (
                    "Cơ quan đầu mối triển khai Kế hoạch tổng thể phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh giai đoạn 2026–2030 (dữ liệu mẫu).".to_owned(),
                    "Lead agency of the province's science, technology and innovation plan 2026–2030 (sample data).".to_owned(),
                    vec![
                        "Sở chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc, kiểm tra và tổng hợp tình hình thực hiện của các cơ quan, đơn vị, địa phương.".to_owned(),
                        format!("Trên nền tảng này, Sở:\n\n{}", bullets(&[
                            "đặt hàng nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo gắn với các bài toán lớn của tỉnh".to_owned(),
                            "xác thực hồ sơ tổ chức và kiểm duyệt các tin đăng".to_owned(),
                            "theo dõi các chỉ tiêu của Kế hoạch đến năm 2030".to_owned(),
                        ])),
                    ],
                    vec![
                        "The Department leads the implementation of the plan on behalf of the Provincial People's Committee and monitors the progress of agencies and localities.".to_owned(),
                        format!("On this platform the Department:\n\n{}", bullets(&[
                            "orders S&T tasks tied to the province's major problems".to_owned(),
                            "verifies organisations and moderates listings".to_owned(),
                            "tracks the plan's targets to 2030".to_owned(),
                        ])),
                    ],
                )
            } else {
                (
                    f("Cơ quan nhà nước (dữ liệu mẫu) phụ trách {sec}.", &[]),
                    f("Public agency (sample data) responsible for {sec_en}.", &[]),
                    vec![
                        f("{name} phối hợp với Sở Khoa học và Công nghệ đưa tiến bộ khoa học, công nghệ và đổi mới sáng tạo vào lĩnh vực {sec}.", &[]),
                        "Cơ quan tiếp nhận đề xuất hợp tác, nhu cầu công nghệ của doanh nghiệp, hợp tác xã và người dân trên địa bàn.".to_owned(),
                    ],
                    vec![
                        f("{en} works with the Department of Science and Technology to bring innovation into {sec_en}.", &[]),
                        "It receives partnership proposals and technology needs from companies, cooperatives and residents.".to_owned(),
                    ],
                )
            }
        }
        Extra::Broker { services } => {
            let (sv, se) = both(&services.iter().map(|s| prose::broker_service(s)).collect::<Vec<_>>());
            let (jv, je) = (prose::join(&sv, "và"), prose::join(&se, "and"));
            let n = cx.range(12..120).to_string();
            let m = cx.range(5..60).to_string();
            let x = [("s", jv.as_str()), ("s_en", je.as_str()), ("n", n.as_str()), ("m", m.as_str())];
            (
                f("Dịch vụ {s} cho các giao dịch công nghệ.", &x),
                f("{S} for technology deals.", &[("S", &cap(&je))]),
                vec![
                    f("{name} cung cấp dịch vụ {s} cho viện, trường và doanh nghiệp từ năm {year}.", &x),
                    format!("Dịch vụ:\n\n{}", bullets(&sv)),
                    f("Chúng tôi đã hỗ trợ hơn {n} hợp đồng chuyển giao công nghệ và {m} hồ sơ sở hữu trí tuệ.", &x),
                ],
                vec![
                    f("{en} has provided {s_en} to institutes, universities and companies since {year}.", &x),
                    format!("Services:\n\n{}", bullets(&se)),
                    f("We have supported more than {n} technology transfer contracts and {m} IP filings.", &x),
                ],
            )
        }
    };
    Texts { short_vi, short_en, desc_vi: doc(vi, NOTE_VI), desc_en: doc(en, NOTE_EN) }
}
