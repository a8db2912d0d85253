-- 0003_indexes.sql — the values of a check-in are read back by check-in:
-- without this index every new check-in scanned every value ever recorded.
CREATE INDEX kr_values_checkin ON kr_values (checkin_id);
