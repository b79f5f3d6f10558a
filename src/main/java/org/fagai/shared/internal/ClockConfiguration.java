package org.fagai.shared.internal;

import java.time.Clock;
import org.fagai.shared.ChinaTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
