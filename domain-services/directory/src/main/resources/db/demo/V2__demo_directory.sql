-- The demo organisation. The first thirteen people are the demo users of the development
-- authorization server; their ids are their login names.
INSERT INTO region (id, name, level, parent_id) VALUES
    ('city', '汇聚市', 'CITY', NULL),
    ('d-east', '东城区', 'DISTRICT', 'city'),
    ('d-west', '西城区', 'DISTRICT', 'city'),
    ('s-riverside', '滨江街道', 'STREET', 'd-east'),
    ('s-market', '市场街道', 'STREET', 'd-east'),
    ('s-hill', '山前街道', 'STREET', 'd-west');

INSERT INTO department (id, name, region_id, parent_id) VALUES
    ('dept-office', '市政府办公厅', 'city', NULL),
    ('dept-finance', '市财政局', 'city', NULL),
    ('dept-civil', '市民政局', 'city', NULL),
    ('dept-it', '市信息中心', 'city', 'dept-office'),
    ('dept-east-office', '东城区政府办公室', 'd-east', NULL),
    ('dept-west-office', '西城区政府办公室', 'd-west', NULL),
    ('dept-riverside', '滨江街道办事处', 's-riverside', 'dept-east-office');

INSERT INTO person (id, name, staff_no, title, department_id, region_id, phone) VALUES
    ('zhang.wei', '张伟', 'A1001', '科员', 'dept-office', 'city', '13800001001'),
    ('liu.yang', '刘洋', 'A1002', '科员', 'dept-finance', 'city', '13800001002'),
    ('li.na', '李娜', 'A2001', '处长', 'dept-office', 'city', '13800002001'),
    ('wang.fang', '王芳', 'A2002', '处长', 'dept-finance', 'city', '13800002002'),
    ('chen.jie', '陈杰', 'A3001', '秘书长', 'dept-office', 'city', '13800003001'),
    ('zhao.lei', '赵磊', 'B1001', '食堂管理员', 'dept-civil', 'city', '13800004001'),
    ('sun.li', '孙丽', 'B2001', '养老服务专员', 'dept-civil', 'city', '13800005001'),
    ('zhou.min', '周敏', 'B2002', '养老服务专员', 'dept-east-office', 'd-east', '13800005002'),
    ('wu.hao', '吴昊', 'B2003', '养老服务专员', 'dept-riverside', 's-riverside', '13800005003'),
    ('admin.sys', '系统管理员', 'C0001', '系统管理员', 'dept-it', 'city', '13800006001'),
    ('admin.sec', '安全管理员', 'C0002', '安全管理员', 'dept-it', 'city', '13800006002'),
    ('admin.audit', '审计管理员', 'C0003', '审计管理员', 'dept-it', 'city', '13800006003'),
    ('ma.xiaoli', '马小丽', NULL, NULL, NULL, 's-riverside', '13900007001'),
    ('staff.01', '杨明', 'D0001', '科员', 'dept-office', 'city', '13800010001'),
    ('staff.02', '黄静', 'D0002', '科员', 'dept-office', 'city', '13800010002'),
    ('staff.03', '徐磊', 'D0003', '科员', 'dept-finance', 'city', '13800010003'),
    ('staff.04', '朱丹', 'D0004', '科员', 'dept-finance', 'city', '13800010004'),
    ('staff.05', '胡军', 'D0005', '科员', 'dept-civil', 'city', '13800010005'),
    ('staff.06', '郭霞', 'D0006', '科员', 'dept-civil', 'city', '13800010006'),
    ('staff.07', '何平', 'D0007', '科员', 'dept-east-office', 'd-east', '13800010007'),
    ('staff.08', '高峰', 'D0008', '科员', 'dept-east-office', 'd-east', '13800010008'),
    ('staff.09', '林芳', 'D0009', '科员', 'dept-west-office', 'd-west', '13800010009'),
    ('staff.10', '罗刚', 'D0010', '科员', 'dept-west-office', 'd-west', '13800010010'),
    ('staff.11', '郑红', 'D0011', '科员', 'dept-riverside', 's-riverside', '13800010011'),
    ('staff.12', '梁勇', 'D0012', '科员', 'dept-it', 'city', '13800010012');
