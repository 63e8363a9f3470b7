package vn.ansinh.reporting.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.VietnameseNumbers;

/** Figures as the reporting pages print them: "1.234", "9,92"; "—" where nothing was reported. */
@Component("reportNumbers")
public class ReportNumbers {

    public String of(BigDecimal amount) {
        return amount == null ? "—" : VietnameseNumbers.formatAmount(amount);
    }

    public String rate(BigDecimal rate) {
        return rate == null ? "—" : VietnameseNumbers.formatRate(rate);
    }
}
