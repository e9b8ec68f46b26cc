package dev.huiju.documents;

import java.time.Clock;
import java.time.ZoneId;

import dev.huiju.access.BusinessCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The documents service: official documents from draft to archive. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.documents", "dev.huiju.service.support" })
public class DocumentsApplication {

	public static void main(String[] args) {
		SpringApplication.run(DocumentsApplication.class, args);
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
