package dev.huiju.dining;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The dining service: canteens, approved menus, reservations and delivery, ratings, meal subsidies, statistics. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.dining", "dev.huiju.service.support" })
public class DiningApplication {

	public static void main(String[] args) {
		SpringApplication.run(DiningApplication.class, args);
	}

}
