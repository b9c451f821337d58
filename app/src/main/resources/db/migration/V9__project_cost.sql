-- The project's cost per year, split by the fördelningsnyckel (seed 001 §5.4): half by the national union, half by
-- the branches in proportion to their active members on 1 January (branch_membership).
CREATE TABLE project_cost (
  cost_year   INT            NOT NULL PRIMARY KEY CHECK (cost_year BETWEEN 2000 AND 2100),
  total_sek   DECIMAL(18, 0) NOT NULL CHECK (total_sek >= 0),
  note        VARCHAR(2000)
);
