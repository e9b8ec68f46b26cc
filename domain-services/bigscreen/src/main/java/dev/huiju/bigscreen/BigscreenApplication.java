package dev.huiju.bigscreen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The big screen service: every domain's indicators, gathered on a schedule and kept as time series. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.bigscreen", "dev.huiju.service.support" })
@ConfigurationPropertiesScan("dev.huiju.bigscreen")
public class BigscreenApplication {

	public static void main(String[] args) {
		SpringApplication.run(BigscreenApplication.class, args);
	}

}
