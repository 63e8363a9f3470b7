package vn.ansinh.commendation.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.VietnameseNumbers;

/** A ranking's score as the pages write a rate: two decimals after a comma (87,50). */
@Component("commendationNumbers")
class CommendationNumbers {

    public String rate(BigDecimal score) {
        return score == null ? "" : VietnameseNumbers.formatRate(score);
    }
}
