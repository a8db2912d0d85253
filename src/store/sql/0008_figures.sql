-- 0008_figures.sql — stored figures (docs/model.md, "Figures";
-- docs/performance.md, "Stored figures"): what a read of the present needs,
-- kept current by every write that changes an input, in the same
-- transaction. They are the figures as of the latest data; what depends on
-- today (lights, pace, staleness, risk) is derived at read. History and
-- "as of" reads still compute from kr_values, checkins and events.

-- A key result's latest value and its time (NULL: none recorded yet), and
-- its progress from that value (or from where it starts, with none).
ALTER TABLE key_results ADD COLUMN cur_value DOUBLE PRECISION;
ALTER TABLE key_results ADD COLUMN cur_at TEXT;
ALTER TABLE key_results ADD COLUMN progress DOUBLE PRECISION NOT NULL DEFAULT 0;

-- An objective's progress (the weighted mean of its key results, or with
-- none the mean of the objectives aligned to it that are not dropped;
-- rolled_up 1 then), the confidence and time of its last check-in, when it
-- was first approved or made active, and figures_at: the latest time any
-- of these inputs carries, the rolled-up children's included. A read of a
-- day before figures_at cannot use the stored figures and computes them.
ALTER TABLE objectives ADD COLUMN progress DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE objectives ADD COLUMN rolled_up INTEGER NOT NULL DEFAULT 0;
ALTER TABLE objectives ADD COLUMN confidence INTEGER;
ALTER TABLE objectives ADD COLUMN last_checkin TEXT;
ALTER TABLE objectives ADD COLUMN approved_at TEXT;
ALTER TABLE objectives ADD COLUMN figures_at TEXT;

-- A roll-up reads the objectives aligned to one, in order of their id:
-- from the index alone, not a row and a sort per child.
DROP INDEX alignments_parent;
CREATE INDEX alignments_parent ON alignments (parent_id, child_id);

-- The figures of the data already there.
UPDATE key_results SET cur_value = (SELECT v.value FROM kr_values v WHERE v.key_result_id = key_results.id ORDER BY v.at DESC, v.id DESC LIMIT 1), cur_at = (SELECT v.at FROM kr_values v WHERE v.key_result_id = key_results.id ORDER BY v.at DESC, v.id DESC LIMIT 1);

-- Progress by kind (measure.c): a metric from baseline to target, clamped
-- to 0..1; a yes-or-no 1 when done; milestones the weight of those done
-- (the first `value` of them, in order) over the weight of all.
UPDATE key_results SET progress = CASE kind
	WHEN 'metric' THEN (SELECT CASE WHEN r IS NULL OR r <= 0 THEN 0 WHEN r > 1 THEN 1 ELSE r END FROM (
		SELECT CASE WHEN key_results.baseline = key_results.target
			THEN CASE WHEN COALESCE(key_results.cur_value, key_results.baseline) = key_results.target
				THEN 1.0 ELSE 0.0 END
			ELSE (COALESCE(key_results.cur_value, key_results.baseline) - key_results.baseline)
				/ (key_results.target - key_results.baseline) END AS r) AS ratio)
	WHEN 'boolean' THEN CASE WHEN COALESCE(cur_value, 0) <> 0 THEN 1 ELSE 0 END
	ELSE COALESCE((SELECT CASE WHEN SUM(m.weight) > 0 THEN
			SUM(CASE WHEN (SELECT COUNT(*) FROM milestones p WHERE p.key_result_id = m.key_result_id
					AND p.position <= m.position)
				<= CASE WHEN COALESCE(key_results.cur_value, 0) > 0
					THEN CAST(key_results.cur_value AS INTEGER) ELSE 0 END
				THEN m.weight ELSE 0 END) / SUM(m.weight) ELSE 0 END
		FROM milestones m WHERE m.key_result_id = key_results.id), 0)
	END;

-- Objectives measured by their own key results, and every objective's last
-- check-in and first approval (the first change whose after-image leaves
-- it approved or active).
UPDATE objectives SET
	confidence = (SELECT c.confidence FROM checkins c WHERE c.objective_id = objectives.id
		ORDER BY c.at DESC, c.id DESC LIMIT 1),
	last_checkin = (SELECT c.at FROM checkins c WHERE c.objective_id = objectives.id
		ORDER BY c.at DESC, c.id DESC LIMIT 1),
	approved_at = (SELECT MIN(e.at) FROM events e WHERE e.org_id = objectives.org_id
		AND e.entity = 'objective' AND e.entity_id = objectives.id
		AND (e.after_json LIKE '%"status":"approved"%' OR e.after_json LIKE '%"status":"active"%'));
UPDATE objectives SET
	progress = COALESCE((SELECT SUM(k.progress * k.weight) / SUM(k.weight) FROM key_results k
		WHERE k.objective_id = objectives.id), 0),
	rolled_up = 0,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT k.created_at FROM key_results k WHERE k.objective_id = objectives.id
		UNION ALL SELECT k.cur_at FROM key_results k WHERE k.objective_id = objectives.id) AS inputs)
WHERE EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);

-- The roll-ups, leaves first: each pass settles one more level, and a
-- roll-up reaches 8 levels down (figures.c), so 8 passes settle them all.
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
UPDATE objectives SET
	progress = COALESCE((SELECT AVG(c.progress) FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped'), 0),
	rolled_up = CASE WHEN EXISTS (SELECT 1 FROM alignments a JOIN objectives c ON c.id = a.child_id
		WHERE a.parent_id = objectives.id AND c.status <> 'dropped') THEN 1 ELSE 0 END,
	figures_at = (SELECT MAX(t) FROM (
		SELECT objectives.last_checkin AS t
		UNION ALL SELECT objectives.approved_at
		UNION ALL SELECT c.figures_at FROM alignments a JOIN objectives c ON c.id = a.child_id
			WHERE a.parent_id = objectives.id AND c.status <> 'dropped') AS inputs)
WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = objectives.id);
