package dev.huiju.meetings;

import java.time.LocalDate;

import dev.huiju.service.support.CleanDatabaseOnStart;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meetings service on PostgreSQL, in a schema of its own that each run migrates afresh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "huiju.db.schema=meetings_it")
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ ServiceTokens.class, CleanDatabaseOnStart.class })
@ActiveProfiles("postgres")
class MeetingsPostgresIntegrationTests extends MeetingsContract {

	/** The database itself refuses an overlapping live meeting, written around the service's lock and checks. */
	@Test
	void theDatabaseRefusesAnOverlappingMeetingWrittenAroundTheService() {
		long room = room(10);
		insert(room, "09:00", "10:00", "BOOKED");
		assertThatThrownBy(() -> insert(room, "09:59", "11:00", "BOOKED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("meeting_room_never_double_booked");
		insert(room, "09:30", "10:30", "CANCELLED");
		insert(room, "10:00", "11:00", "BOOKED");
		assertThat(count("SELECT COUNT(*) FROM meeting WHERE room_id = " + room)).isEqualTo(3);
	}

	private void insert(long room, String from, String to, String status) {
		LocalDate day = LocalDate.now(ZONE).plusDays(400);
		this.db.sql("INSERT INTO meeting (room_id, organizer_id, title, starts_at, ends_at, status, created_at)"
				+ " VALUES (:room, 'zhang.wei', '绕过服务', :from, :to, :status, :from)")
			.bind("room", room).bind("from", at(day, from)).bind("to", at(day, to)).bind("status", status)
			.then().block();
	}

}
