-- 0004_outcome_prompt.sql — a group's lead may offer the outcome prompt
-- (by when, how will you know, how much) to members writing their outcome.
ALTER TABLE units ADD COLUMN outcome_prompt INTEGER NOT NULL DEFAULT 0;
