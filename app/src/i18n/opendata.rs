//! Strings of the open-data surface: the JSON API's error messages and the API docs page
//! (/api/docs). Error messages are English unless the request asks for `?lang=vi`.

use super::Lang;
use super::strings::strings;

strings! { OpenDataStrings {
    err_not_found: ("Không tìm thấy mục này, hoặc mục không công khai.", "Nothing public was found at this address."),
    err_route_not_found: ("Không có điểm truy cập API nào ở địa chỉ này. Xem /api/openapi.json.", "There is no API endpoint at this address. See /api/openapi.json."),
    err_method: ("API chỉ cho phép đọc: dùng GET.", "The API is read-only: use GET."),
    err_invalid_param: ("Giá trị của tham số “{param}” không hợp lệ. Các giá trị được chấp nhận có trong /api/openapi.json.", "The value of the query parameter “{param}” is not valid. The accepted values are in /api/openapi.json."),
    err_bad_request: ("Yêu cầu không hợp lệ.", "Invalid request."),
    err_too_many: ("Quá nhiều yêu cầu. Vui lòng thử lại sau {wait} giây.", "Too many requests. Please try again in {wait} seconds."),
    err_unauthorized: ("Cần đăng nhập để xem mục này.", "Sign in to see this."),
    err_forbidden: ("Bạn không có quyền xem mục này.", "You are not allowed to see this."),
    err_unavailable: ("Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau.", "The service is unavailable for now. Please try again later."),
    err_internal: ("Lỗi hệ thống. Vui lòng thử lại sau.", "Internal error. Please try again later."),
    docs_title: ("API dữ liệu mở", "Open data API"),
    docs_lead: ("Mọi dữ liệu công khai của Kết Nối — tổ chức, chào bán công nghệ, bài toán, kết quả nghiên cứu, chương trình, sự kiện, tìm kiếm và chỉ tiêu — đều đọc được qua API JSON chỉ-đọc này, miễn phí, không cần tài khoản.", "Every public piece of Kết Nối — organisations, technology offers, challenges, research outputs, programmes, events, search and indicators — can be read through this read-only JSON API, free of charge and without an account."),
    docs_rules_title: ("Quy ước chung", "Conventions"),
    docs_rule_lists: ("Danh sách trả về {hits, totalHits, page, perPage}; tham số page bắt đầu từ 1, per_page tối đa 100.", "Lists answer {hits, totalHits, page, perPage}; page starts at 1, per_page is capped at 100."),
    docs_rule_errors: ("Lỗi trả về {\"error\": {\"code\", \"message\"}} với mã trạng thái HTTP phù hợp (400, 404, 405, 429); thêm ?lang=vi để nhận thông báo tiếng Việt.", "Errors answer {\"error\": {\"code\", \"message\"}} with the matching HTTP status (400, 404, 405, 429); add ?lang=vi for messages in Vietnamese."),
    docs_rule_limit: ("Mỗi địa chỉ IP có giới hạn số yêu cầu mỗi phút; khi vượt quá, API trả về 429 kèm tiêu đề Retry-After.", "Each IP address may make a limited number of requests per minute; beyond it the API answers 429 with a Retry-After header."),
    docs_rule_cors: ("API cho phép gọi từ mọi nguồn gốc (CORS) bằng GET.", "The API may be called with GET from any origin (CORS)."),
    docs_rule_license: ("Dữ liệu được cung cấp theo giấy phép MIT; dữ liệu mẫu được đánh dấu \"sample\".", "The data is provided under the MIT licence; demo data is marked \"sample\"."),
    docs_openapi: ("Tài liệu OpenAPI 3 (JSON)", "OpenAPI 3 document (JSON)"),
    docs_endpoints: ("Các điểm truy cập", "Endpoints"),
    docs_parameters: ("Tham số", "Parameters"),
    docs_no_parameters: ("Không có tham số.", "No parameters."),
    docs_param_name: ("Tên", "Name"),
    docs_param_in: ("Vị trí", "In"),
    docs_param_values: ("Giá trị", "Values"),
    docs_param_description: ("Mô tả", "Description"),
    docs_required: ("bắt buộc", "required"),
    docs_responses: ("Mã trạng thái", "Status codes"),
    docs_example_request: ("Ví dụ yêu cầu", "Example request"),
    docs_example_response: ("Ví dụ phản hồi", "Example response"),
    docs_contents: ("Mục lục", "Contents"),
    docs_unavailable: ("Chưa tải được tài liệu API. Vui lòng thử lại.", "The API documentation could not be loaded. Please try again."),
} }

impl Lang {
    /// The strings of the open-data API and its docs page.
    pub fn opendata(self) -> &'static OpenDataStrings {
        match self {
            Lang::Vi => &OpenDataStrings::VI,
            Lang::En => &OpenDataStrings::EN,
        }
    }
}
