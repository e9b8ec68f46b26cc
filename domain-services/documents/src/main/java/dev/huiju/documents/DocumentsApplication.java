package dev.huiju.documents;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The documents service: official documents from draft to archive. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.documents", "dev.huiju.service.support" })
public class DocumentsApplication {

	public static void main(String[] args) {
		SpringApplication.run(DocumentsApplication.class, args);
	}

}
