-- The resident ID number (masked by the BFF unless the reader may see it), and the materialized path of the
-- person's region from the city down ('city/d-east/s-riverside'), so that "is this person inside my region"
-- is answered from the person alone.
ALTER TABLE person ADD COLUMN id_number VARCHAR(18);
ALTER TABLE person ADD COLUMN region_path VARCHAR(200);

UPDATE person SET region_path = (
    SELECT CASE
        WHEN r.parent_id IS NULL THEN r.id
        WHEN p.parent_id IS NULL THEN p.id || '/' || r.id
        ELSE p.parent_id || '/' || p.id || '/' || r.id
    END
    FROM region r LEFT JOIN region p ON p.id = r.parent_id
    WHERE r.id = person.region_id);

ALTER TABLE person ALTER COLUMN region_path SET NOT NULL;

UPDATE person SET id_number = '110105196501011000' WHERE id = 'zhang.wei';
UPDATE person SET id_number = '110105196802081131' WHERE id = 'liu.yang';
UPDATE person SET id_number = '110105197103151262' WHERE id = 'li.na';
UPDATE person SET id_number = '110105197404221393' WHERE id = 'wang.fang';
UPDATE person SET id_number = '110105197705011524' WHERE id = 'chen.jie';
UPDATE person SET id_number = '110105198006081655' WHERE id = 'zhao.lei';
UPDATE person SET id_number = '110105198307151786' WHERE id = 'sun.li';
UPDATE person SET id_number = '110105198608221917' WHERE id = 'zhou.min';
UPDATE person SET id_number = '110105198909012048' WHERE id = 'wu.hao';
UPDATE person SET id_number = '110105199210082179' WHERE id = 'admin.sys';
UPDATE person SET id_number = '110105199511152300' WHERE id = 'admin.sec';
UPDATE person SET id_number = '110105199812222431' WHERE id = 'admin.audit';
UPDATE person SET id_number = '110105196601012562' WHERE id = 'ma.xiaoli';
UPDATE person SET id_number = '110105196902082693' WHERE id = 'staff.01';
UPDATE person SET id_number = '110105197203152824' WHERE id = 'staff.02';
UPDATE person SET id_number = '110105197504222955' WHERE id = 'staff.03';
UPDATE person SET id_number = '110105197805013086' WHERE id = 'staff.04';
UPDATE person SET id_number = '110105198106083217' WHERE id = 'staff.05';
UPDATE person SET id_number = '110105198407153348' WHERE id = 'staff.06';
UPDATE person SET id_number = '110105198708223479' WHERE id = 'staff.07';
UPDATE person SET id_number = '110105199009013600' WHERE id = 'staff.08';
UPDATE person SET id_number = '110105199310083731' WHERE id = 'staff.09';
UPDATE person SET id_number = '110105199611153862' WHERE id = 'staff.10';
UPDATE person SET id_number = '110105199912223993' WHERE id = 'staff.11';
UPDATE person SET id_number = '110105196701014124' WHERE id = 'staff.12';
