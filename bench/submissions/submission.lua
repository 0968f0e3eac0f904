-- wrk script for bench/submissions/run.sh: every request is a new survey response (no submissionKey, so the app
-- gives each its own key). The answers vary per request so that the tallies touch many rows, as real rounds do.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local counter = 0
request = function()
  counter = counter + 1
  local answers = {}
  for i = 1, 20 do
    answers[i] = tostring(1 + (counter * 7 + i * 3) % 5)
  end
  local role = (counter % 10 == 0) and "Head" or "Staff"
  return wrk.format(nil, nil, nil, '{"role":"' .. role .. '","answers":[' .. table.concat(answers, ",") .. ']}')
end
