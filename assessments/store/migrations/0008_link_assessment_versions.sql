-- A new version of an assessment (an upgrade to a newer template version, or a re-assessment) is a
-- new assessment that names the one it continues. Versions form a chain, never a tree: an assessment
-- has at most one next version, which the unique index enforces (NULLs do not collide).
ALTER TABLE assessments ADD COLUMN previous_assessment_id TEXT REFERENCES assessments (id);

CREATE UNIQUE INDEX assessments_previous ON assessments (previous_assessment_id);
