package dev.huiju.bff;

import java.time.Clock;
import java.time.ZoneId;

import dev.huiju.access.BusinessCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The huiju BFF: one GraphQL endpoint over the domain services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HuijuBffApplication {

	public static void main(String[] args) {
		if (Boolean.getBoolean("huiju.blockhound")) {
			BlockingCallDetector.install();
		}
		SpringApplication.run(HuijuBffApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BusinessCalendar businessCalendar(Clock clock, @Value("${huiju.time-zone:Asia/Shanghai}") ZoneId zone) {
		return new BusinessCalendar(clock, zone);
	}

}
