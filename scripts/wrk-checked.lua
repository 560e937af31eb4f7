-- wrk with every answer's status checked: a refusal is not an answer, so any non-200 or socket
-- error fails the run. WRK_MODE=fixed (default) asks for the URL's own path; startups,
-- directories and search make every request a different page of /startups, of any of the six
-- directories, or a different /api/v1/search query, so the answer caches do not carry the figures.
--   WRK_MODE=search wrk -t2 -c16 -d15s --latency -s scripts/wrk-checked.lua http://127.0.0.1:8080
local mode = os.getenv("WRK_MODE") or "fixed"
local sectors = { "", "smart-tourism", "cultural-industry", "high-tech-industry", "electronics-semiconductors",
  "high-tech-agriculture", "green-circular-economy", "digital-ai-iot", "biotech-health", "education",
  "logistics", "manufacturing", "construction-materials", "energy", "environment", "finance" }
local stages = { "", "idea", "mvp", "early_revenue", "growth" }
local sizes = { "10", "20", "30", "50" }
local directories = { "/startups", "/incubators", "/investors", "/institutes", "/enterprises", "/agencies" }
local words = { "nông nghiệp", "chế biến", "năng lượng", "mặt trời", "du lịch", "thông minh", "chuyển đổi số",
  "dệt may", "chiếu cói", "gốm", "xử lý", "nước thải", "truy xuất", "nguồn gốc", "điện tử", "cảm biến", "iot",
  "trí tuệ nhân tạo", "y tế", "dược liệu", "vật liệu", "xây dựng", "logistics", "kho lạnh", "sấy", "bơm nhiệt",
  "tiết kiệm", "chăn nuôi", "thủy sản", "lúa gạo", "phân bón", "hữu cơ", "robot", "tự động hóa", "bảo trì",
  "máy móc", "phần mềm", "kế toán", "giáo dục", "đào tạo", "di sản", "văn hóa", "môi trường", "rác thải", "nhựa",
  "tái chế", "khởi nghiệp", "đổi mới", "sáng tạo", "chữ ký số", "hợp đồng", "chu ky so", "nong san", "du lich" }

local threads, started = {}, 0
function setup(thread)
  thread:set("id", started)
  started = started + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  non200, last_bad = 0, 0
end

local function pick(t) return t[math.random(#t)] end
local function enc(s) return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end)) end

local function varied()
  local path
  if mode == "search" then
    path = "/api/v1/search?q=" .. enc(pick(words) .. " " .. pick(words)) .. "&page=" .. math.random(3)
  elseif mode == "directories" then
    path = pick(directories) .. "?page=" .. math.random(3) .. "&per_page=" .. pick(sizes)
    local sector = pick(sectors)
    if sector ~= "" then path = path .. "&sector=" .. sector end
    if math.random(3) == 3 then path = path .. "&verified=1" end
    if math.random(2) == 2 then path = path .. "&sort=newest" end
  else
    path = "/startups?page=" .. math.random(4) .. "&per_page=" .. pick(sizes)
    local sector, stage = pick(sectors), pick(stages)
    if sector ~= "" then path = path .. "&sector=" .. sector end
    if stage ~= "" then path = path .. "&stage=" .. stage end
    if math.random(2) == 2 then path = path .. "&sort=newest" end
  end
  return wrk.format("GET", path)
end
if mode ~= "fixed" then request = varied end

function response(status, headers, body)
  if status ~= 200 then non200, last_bad = non200 + 1, status end
end

function done(summary, latency, requests)
  local bad, status = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non200")
    if t:get("last_bad") ~= 0 then status = t:get("last_bad") end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("checked: %d answers, non-200: %d (e.g. %d), socket errors: %d\n",
    summary.requests, bad, status, socket))
  if bad > 0 or socket > 0 then os.exit(1) end
end
