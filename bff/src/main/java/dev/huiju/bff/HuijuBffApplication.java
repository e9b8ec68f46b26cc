package dev.huiju.bff;

import java.time.Clock;

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

}
