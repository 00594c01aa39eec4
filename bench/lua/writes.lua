-- The write mix (wrk -t8 -c8 ... -s bench/lua/writes.lua -- <partnership-ids-file>): every thread (one connection
-- each) owns its own partnerships, half of which get milestone POSTs and half partnership PATCHes with If-Match. A
-- thread learns a partnership's ETag from a GET before its first PATCH and from each PATCH's answer after; a 412
-- (another writer moved on) sends it back to a GET. done() prints one tab-separated line: writes/s, p50, p95, p99 (ms;
-- all requests), writes, reads, socket errors, 5xx, 412s, other 4xx.
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    local all = {}
    for line in io.lines(args[1]) do
        all[#all + 1] = line
    end
    local n = tonumber(args[2]) or 8
    posts, patches, etags = {}, {}, {}
    for i = 1, #all do
        if (i - 1) % n == id then
            if #posts <= #patches then posts[#posts + 1] = all[i] else patches[#patches + 1] = all[i] end
        end
    end
    step, writes, reads, fives, preconditions, others = 0, 0, 0, 0, 0, 0
    last = nil
end

-- every write needs a caller: the ADMIN key bench/lib.sh gave the service
local key = os.getenv("KEMBAR_BENCH_KEY")

local planned = '{"type":"EVALUATION","title":"Evaluasi tahunan (bench)","status":"PLANNED","targetDate":"2027-06"}'
local achieved = '{"type":"MEETING","title":"Rapat koordinasi (bench)","status":"ACHIEVED","occurrenceDate":"2026-11","side":"BOTH"}'

function request()
    step = step + 1
    if step % 2 == 1 then
        local p = posts[math.floor(step / 2) % #posts + 1]
        last = { kind = "write" }
        local body = math.floor(step / 2) % 2 == 0 and planned or achieved
        return wrk.format("POST", "/api/v1/partnerships/" .. p .. "/milestones",
            { ["Content-Type"] = "application/json", ["X-API-Key"] = key }, body)
    end
    local p = patches[math.floor(step / 2) % #patches + 1]
    if etags[p] == nil then
        last = { kind = "read", id = p }
        return wrk.format("GET", "/api/v1/partnerships/" .. p)
    end
    last = { kind = "write", id = p }
    return wrk.format("PATCH", "/api/v1/partnerships/" .. p,
        { ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = etags[p], ["X-API-Key"] = key },
        '{"description":"Diperbarui oleh bench, langkah ' .. step .. '"}')
end

function response(status, headers, body)
    if last.kind == "read" then reads = reads + 1 else writes = writes + 1 end
    if status >= 500 then
        fives = fives + 1
    elseif status == 412 then
        preconditions = preconditions + 1
        etags[last.id] = nil
    elseif status >= 400 then
        others = others + 1
    end
    if last.id ~= nil and status == 200 then
        etags[last.id] = headers["ETag"] or headers["etag"]
    end
end

function done(summary, latency, requests)
    local t = { writes = 0, reads = 0, fives = 0, preconditions = 0, others = 0 }
    for _, thread in ipairs(threads) do
        for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t%d\t%d\t%d\n",
        t.writes / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        t.writes, t.reads, errors, t.fives, t.preconditions, t.others))
end
