package dev.huiju.eldercare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The elder care service: residents, applications, institutions, beds and waiting lists, supervision alerts. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.eldercare", "dev.huiju.service.support" })
public class EldercareApplication {

	public static void main(String[] args) {
		SpringApplication.run(EldercareApplication.class, args);
	}

}
