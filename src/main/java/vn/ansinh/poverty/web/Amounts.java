package vn.ansinh.poverty.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.VietnameseNumbers;

/** Amounts in đồng as the poverty pages print them ("1.500.000"); "—" where a standard has none. */
@Component("povertyAmounts")
public class Amounts {

    public String of(BigDecimal amount) {
        return amount == null ? "—" : VietnameseNumbers.formatAmount(amount);
    }
}
