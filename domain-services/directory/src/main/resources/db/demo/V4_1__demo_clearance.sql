-- The demo people's clearance (demo profile only): approvers and the security administrator SECRET, the
-- leader CONFIDENTIAL.
UPDATE person SET clearance = 'SECRET' WHERE id IN ('li.na', 'wang.fang', 'admin.sec');
UPDATE person SET clearance = 'CONFIDENTIAL' WHERE id = 'chen.jie';
