package vn.ansinh;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ansinh.shared.OfficeTime;

/** The clock domain code reads the time from, in the offices' zone so that "today" is theirs; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(OfficeTime.ZONE);
    }
}
