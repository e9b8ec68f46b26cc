package dev.huiju.service.support;

import java.time.Clock;
import java.time.ZoneId;

import dev.huiju.access.BusinessCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every service reads the time from, and the business calendar ({@code huiju.time-zone}, Asia/Shanghai
 * by default) that turns it into dates and hours. A test replaces the clock to move time.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTime {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	BusinessCalendar businessCalendar(Clock clock, @Value("${huiju.time-zone:Asia/Shanghai}") ZoneId zone) {
		return new BusinessCalendar(clock, zone);
	}

}
