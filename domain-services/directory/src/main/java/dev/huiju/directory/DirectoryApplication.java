package dev.huiju.directory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The directory service: people, departments and regions, looked up in batches by id. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.directory", "dev.huiju.service.support" })
public class DirectoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(DirectoryApplication.class, args);
	}

}
