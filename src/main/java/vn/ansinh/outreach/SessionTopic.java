package vn.ansinh.outreach;

/**
 * What a propaganda or counselling session is about: the laws section II of the programme lists («Luật lao động,
 * Luật dạy nghề, Pháp lệnh NCC, Luật BHYT, Luật NCT, Luật NKT, Luật BĐG, Luật trẻ em»), the poverty-reduction
 * policies, and the two kinds of counselling (labour export; vocational guidance and job counselling).
 */
public enum SessionTopic {
    LABOUR_CODE(false),
    VOCATIONAL_TRAINING_LAW(false),
    MERIT_ORDINANCE(false),
    HEALTH_INSURANCE_LAW(false),
    ELDERLY_LAW(false),
    DISABILITY_LAW(false),
    GENDER_EQUALITY_LAW(false),
    CHILDREN_LAW(false),
    POVERTY_REDUCTION_POLICIES(false),
    LABOUR_EXPORT(true),
    VOCATIONAL_GUIDANCE(true);

    private final boolean counselling;

    SessionTopic(boolean counselling) {
        this.counselling = counselling;
    }

    /** Counselling (tư vấn) rather than propaganda (tuyên truyền). */
    public boolean counselling() {
        return counselling;
    }
}
