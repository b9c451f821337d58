-- Key forums (decision 0012): the forum types in which every branch should hold a seat in each county it covers.
-- The list "avdelningar utan plats i länets nyckelforum" and the coverage matrix read this flag.
ALTER TABLE forum_type ADD COLUMN key_forum BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE forum_type SET key_forum = TRUE
 WHERE code IN ('RUS_PROCESS', 'SKILLS_PLATFORM', 'INDUSTRY_COUNCIL', 'TRANSITION_COUNCIL');
