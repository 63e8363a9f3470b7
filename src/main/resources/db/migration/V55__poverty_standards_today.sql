-- Today's poverty standards.
-- 1. QĐ 59/2015/QĐ-TTg also defines the medium living standard (Điều 2): rural above 1.000.000 đ up
--    to 1.500.000 đ, urban above 1.300.000 đ up to 1.950.000 đ per person and month.
update poverty_threshold set medium_line = 1500000
 where area = 'RURAL' and standard_id = (select id from poverty_standard where code = '2016-2020');
update poverty_threshold set medium_line = 1950000
 where area = 'URBAN' and standard_id = (select id from poverty_standard where code = '2016-2020');

-- 2. NĐ 351/2025/NĐ-CP (30/12/2025) keeps the NĐ 07/2021 standard in force for 2026 ...
update poverty_standard
   set valid_to = date '2026-12-31',
       legal_basis = 'Nghị định số 07/2021/NĐ-CP (sửa đổi bởi Nghị định số 30/2025/NĐ-CP), áp dụng đến hết năm 2026 theo Nghị định số 351/2025/NĐ-CP',
       note = 'Áp dụng đến hết năm 2026 (Nghị định số 351/2025/NĐ-CP).'
 where code = '2022-2025';

-- ... and sets the standard of 2027–2030: lines 2.200.000 đ rural, 2.800.000 đ urban; poor at or below
-- the line with 3 deprivations or more, near-poor with fewer. The 2026–2030 draft becomes it (same row,
-- so what administrators corrected in it and its audit history stay). Its indicator list and its medium
-- lines are not confirmed: it stays a draft, editable by administrators, and the note says so.
update poverty_standard
   set code = '2027-2030',
       name = 'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
       legal_basis = 'Nghị định số 351/2025/NĐ-CP',
       valid_from = date '2027-01-01',
       valid_to = date '2030-12-31',
       rule = 'INCOME_AND_DEPRIVATIONS',
       deprivation_threshold = 3,
       draft = true,
       note = 'Chuẩn thu nhập và cách xác định theo Nghị định số 351/2025/NĐ-CP. Chưa kiểm chứng: danh sách chỉ số thiếu hụt (tạm theo dự thảo) và mức sống trung bình; đối chiếu với nghị định và sửa lại khi cần.'
 where code = '2026-2030';
update poverty_threshold set poor_line = 2200000, near_poor_line = null
 where area = 'RURAL' and standard_id = (select id from poverty_standard where code = '2027-2030');
update poverty_threshold set poor_line = 2800000, near_poor_line = null
 where area = 'URBAN' and standard_id = (select id from poverty_standard where code = '2027-2030');

-- A standard with no indicators left gets those of NĐ 07/2021 as its provisional list.
insert into poverty_indicator (standard_id, sort_order, code, dimension, name, name_en)
select n.id, i.sort_order, i.code, i.dimension, i.name, i.name_en
  from poverty_indicator i
  join poverty_standard o on o.id = i.standard_id and o.code = '2022-2025'
  join poverty_standard n on n.code = '2027-2030'
 where not exists (select 1 from poverty_indicator x where x.standard_id = n.id);
