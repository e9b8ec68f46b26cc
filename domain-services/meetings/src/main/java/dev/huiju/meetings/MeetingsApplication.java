package dev.huiju.meetings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The meetings service: rooms, bookings that never collide, attendees, agendas, votes, minutes, schedules. */
@SpringBootApplication(scanBasePackages = { "dev.huiju.meetings", "dev.huiju.service.support" })
public class MeetingsApplication {

	public static void main(String[] args) {
		SpringApplication.run(MeetingsApplication.class, args);
	}

}
