package vn.ansinh.children;

/**
 * The groups of children in special circumstances of Điều 10 Luật Trẻ em 2016, in its order (a) to (o). The law lists
 * fourteen; Nghị định 56/2017/NĐ-CP details who belongs to each. A group's names are in the message files.
 */
public enum ChildGroup {
    /** (a) mồ côi cả cha và mẹ. */
    ORPHAN_BOTH_PARENTS,
    /** (b) bị bỏ rơi. */
    ABANDONED,
    /** (c) không nơi nương tựa. */
    WITHOUT_CARE,
    /** (d) khuyết tật. */
    DISABLED,
    /** (đ) nhiễm HIV/AIDS. */
    HIV,
    /** (e) vi phạm pháp luật. */
    VIOLATING_LAW,
    /** (g) nghiện ma túy. */
    USING_DRUGS,
    /** (h) bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở. */
    DROPPED_OUT_TO_WORK,
    /** (i) bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực. */
    HARMED_BY_VIOLENCE,
    /** (k) bị bóc lột. */
    EXPLOITED,
    /** (l) bị xâm hại tình dục. */
    SEXUALLY_ABUSED,
    /** (m) bị mua bán. */
    TRAFFICKED,
    /** (n) mắc bệnh hiểm nghèo hoặc phải điều trị dài ngày thuộc hộ nghèo, cận nghèo. */
    SERIOUSLY_ILL_POOR_FAMILY,
    /** (o) di cư, lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc. */
    MIGRANT_OR_REFUGEE
}
