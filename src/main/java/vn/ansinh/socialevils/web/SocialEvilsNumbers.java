package vn.ansinh.socialevils.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.VietnameseNumbers;

/** A count as the pages print it, in either language: thousands grouped by a dot (1.234). */
@Component("socialEvilsNumbers")
public class SocialEvilsNumbers {

    public String of(int count) {
        return VietnameseNumbers.formatAmount(BigDecimal.valueOf(count));
    }
}
