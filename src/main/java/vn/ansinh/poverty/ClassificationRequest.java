package vn.ansinh.poverty;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household to classify: the review year (it chooses the standard), the area, the monthly income
 * per person in đồng, and the codes of the standard's indicators it is deprived in.
 */
public record ClassificationRequest(Integer year, Area area, BigDecimal incomePerPerson, List<String> deprivations) {
}
