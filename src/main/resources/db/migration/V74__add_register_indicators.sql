-- The catalogue's indicators for what the registers of people with merit, social protection and social evils count,
-- so that a programme may set targets for them and a commune's report is filled from its registers. Names as the
-- offices write them; a code already in the catalogue is left as it is.
insert into indicator (code, name_vi, name_en, domain, measure, aggregation)
select v.code, v.name_vi, v.name_en, v.domain, v.measure, 'SUM' from (
    select 'GRATITUDE_HOUSES' as code, 'Nhà tình nghĩa xây mới, sửa chữa' as name_vi,
           'Gratitude houses built or repaired' as name_en, 'PEOPLE_WITH_MERIT' as domain, 'nhà' as measure
    union all select 'GRATITUDE_FUND_RAISED', 'Vận động Quỹ Đền ơn đáp nghĩa', 'Raised for the gratitude fund',
           'PEOPLE_WITH_MERIT', 'đồng'
    union all select 'MERIT_GIFT_RECIPIENTS', 'Lượt người có công được thăm, tặng quà',
           'People with merit visited and given gifts', 'PEOPLE_WITH_MERIT', 'lượt người'
    union all select 'MERIT_ALLOWANCE_RECIPIENTS', 'Người có công hưởng trợ cấp hằng tháng',
           'People with merit paid a monthly allowance', 'PEOPLE_WITH_MERIT', 'người'
    union all select 'ASSISTANCE_RECIPIENTS', 'Đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng',
           'Social assistance beneficiaries paid monthly', 'CHILDREN_SOCIAL_PROTECTION', 'người'
    union all select 'RELIEVED_HOUSEHOLDS', 'Hộ được trợ giúp đột xuất', 'Households given emergency relief',
           'CHILDREN_SOCIAL_PROTECTION', 'hộ'
    union all select 'RELIEF_RICE', 'Gạo trợ giúp đột xuất', 'Rice given as emergency relief',
           'CHILDREN_SOCIAL_PROTECTION', 'kg'
    union all select 'DRUG_USERS_MANAGED', 'Người nghiện ma túy được quản lý', 'Drug users managed',
           'CHILDREN_SOCIAL_PROTECTION', 'người'
    union all select 'DRUG_USERS_IN_TREATMENT', 'Người nghiện ma túy đang cai nghiện', 'Drug users in treatment',
           'CHILDREN_SOCIAL_PROTECTION', 'người'
    union all select 'PROSTITUTION_MANAGED', 'Người bán dâm được quản lý', 'People in prostitution managed',
           'CHILDREN_SOCIAL_PROTECTION', 'người'
    union all select 'VAGRANTS_SUPPORTED', 'Người lang thang được hỗ trợ', 'Vagrants supported',
           'CHILDREN_SOCIAL_PROTECTION', 'người'
    union all select 'DRUG_USERS_SUPPORTED', 'Người sau cai nghiện được hỗ trợ việc làm, học nghề',
           'People after drug treatment supported into jobs or training', 'CHILDREN_SOCIAL_PROTECTION', 'người'
) v
where not exists (select 1 from indicator i where i.code = v.code);
