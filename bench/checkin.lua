-- checkin.lua — the wrk script of bench/api's scenario (c): each request
-- POSTs a check-in {"confidence":7,"results":[{"key_result_id":KR,"value":N}]}
-- to /api/v1/orgs/bench/objectives/ID/checkins, going round the OBJ:KR pairs
-- in the environment variable BENCH_CHECKINS (from bench/gen's "checkin:"
-- line), with a value that changes from one request to the next. Headers
-- given to wrk with -H (the Authorization: Bearer token) are kept.

local targets = {}
for o, k in string.gmatch(os.getenv("BENCH_CHECKINS") or "", "(%d+):(%d+)") do
	targets[#targets + 1] = { o, k }
end
local base = os.getenv("BENCH_ORG_PATH") or "/api/v1/orgs/bench"

-- Each thread starts at its own place in the round.
local threads = 0
function setup(thread)
	threads = threads + 1
	thread:set("offset", threads * 7)
end

local n = 0
function init(args)
	n = tonumber(offset) or 0
	if #targets == 0 then
		error("BENCH_CHECKINS names no OBJ:KR pair")
	end
end

function request()
	n = n + 1
	local t = targets[(n % #targets) + 1]
	local headers = {}
	for k, v in pairs(wrk.headers) do
		headers[k] = v
	end
	headers["Content-Type"] = "application/json"
	local body = string.format('{"confidence":7,"results":[{"key_result_id":%s,"value":%d}]}',
		t[2], 20 + n % 61)
	return wrk.format("POST", base .. "/objectives/" .. t[1] .. "/checkins", headers, body)
end
