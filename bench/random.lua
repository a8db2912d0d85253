-- random.lua — the wrk script of bench/api's random-access scenarios: each
-- request is drawn at random, per request and per wrk thread, from the
-- targets bench/api passes in the environment:
--   BENCH_READ           what a read asks for: "team" (GET objectives?unit=
--                        TEAM&limit=200 for a random team of BENCH_TEAMS) or
--                        "objective" (GET objectives/ID for a random ID of
--                        BENCH_OBJECTIVES)
--   BENCH_WRITE_SHARE    the share of requests that are check-ins instead
--                        (0: reads only, 1: check-ins only; default 0)
--   BENCH_TEAMS          team names, already escaped for a URL, separated
--                        by commas
--   BENCH_OBJECTIVES     objective ids separated by spaces
--   BENCH_CHECKINS       OBJ:KR pairs (metric key results and their
--                        objectives) separated by spaces; a check-in POSTs
--                        {"confidence":7,"results":[{"key_result_id":KR,
--                        "value":N}]} to objectives/OBJ/checkins, N changing
--                        from one request to the next
--   BENCH_ORG_PATH       default /api/v1/orgs/bench
-- Headers given to wrk with -H (the Authorization: Bearer token) are sent
-- with every request. Reads are formatted once in init(); only a check-in
-- is formatted per request, so wrk spends little of the shared CPU here.

local base = os.getenv("BENCH_ORG_PATH") or "/api/v1/orgs/bench"
local kind = os.getenv("BENCH_READ") or "team"
local share = tonumber(os.getenv("BENCH_WRITE_SHARE") or "0") or 0

local function words(s, pattern)
	local out = {}
	for w in string.gmatch(s or "", pattern) do
		out[#out + 1] = w
	end
	return out
end

-- Each thread its own random sequence.
local threads = 0
function setup(thread)
	threads = threads + 1
	thread:set("thread_no", threads)
end

local reads, targets, post_headers = {}, {}, {}
local n = 0
function init(args)
	local no = tonumber(thread_no) or 0
	math.randomseed(os.time() * 7919 + no * 104729 + math.floor(os.clock() * 1e6))
	n = no * 1000
	if share < 1 then
		local paths = {}
		if kind == "team" then
			for _, t in ipairs(words(os.getenv("BENCH_TEAMS"), "[^,]+")) do
				paths[#paths + 1] = base .. "/objectives?unit=" .. t .. "&limit=200"
			end
		elseif kind == "objective" then
			for _, id in ipairs(words(os.getenv("BENCH_OBJECTIVES"), "%d+")) do
				paths[#paths + 1] = base .. "/objectives/" .. id
			end
		else
			error("BENCH_READ is neither team nor objective: " .. kind)
		end
		if #paths == 0 then
			error("no " .. kind .. " to read (BENCH_TEAMS / BENCH_OBJECTIVES)")
		end
		for i, p in ipairs(paths) do
			reads[i] = wrk.format("GET", p)
		end
	end
	if share > 0 then
		for o, k in string.gmatch(os.getenv("BENCH_CHECKINS") or "", "(%d+):(%d+)") do
			targets[#targets + 1] = { base .. "/objectives/" .. o .. "/checkins", k }
		end
		if #targets == 0 then
			error("BENCH_CHECKINS names no OBJ:KR pair")
		end
		for k, v in pairs(wrk.headers) do
			post_headers[k] = v
		end
		post_headers["Content-Type"] = "application/json"
	end
end

function request()
	if share > 0 and (share >= 1 or math.random() < share) then
		n = n + 1
		local t = targets[math.random(#targets)]
		local body = string.format('{"confidence":7,"results":[{"key_result_id":%s,"value":%d}]}',
			t[2], 20 + n % 61)
		return wrk.format("POST", t[1], post_headers, body)
	end
	return reads[math.random(#reads)]
end
