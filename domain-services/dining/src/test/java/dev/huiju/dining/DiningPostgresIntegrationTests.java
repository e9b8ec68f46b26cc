package dev.huiju.dining;

import java.time.LocalDate;

import dev.huiju.service.support.CleanDatabaseOnStart;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dining service on PostgreSQL, in a schema of its own that each run migrates afresh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "huiju.db.schema=dining_it")
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ ServiceTokens.class, CleanDatabaseOnStart.class })
@ActiveProfiles("postgres")
class DiningPostgresIntegrationTests extends DiningContract {

	/** The database itself refuses a second live reservation of a meal, and a live mark that lies, written around the service. */
	@Test
	void theDatabaseRefusesASecondLiveReservationOfAMealWrittenAroundTheService() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		long menu = approvedLunch(canteen, "s-riverside", day());
		String diner = diner("d-east", "s-riverside");
		insert(canteen, menu, diner, "CANCELLED");
		insert(canteen, menu, diner, "BOOKED");
		assertThatThrownBy(() -> insert(canteen, menu, diner, "BOOKED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("reservation_one_live_per_meal");
		assertThatThrownBy(() -> this.db.sql("UPDATE reservation SET status = 'CANCELLED' WHERE diner_id = :diner AND live")
			.bind("diner", diner).then().block())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("reservation_live_when_booked");
	}

	private void insert(long canteen, long menu, String diner, String status) {
		LocalDate day = this.db.sql("SELECT served_on FROM menu WHERE id = :id").bind("id", menu)
			.map((row, meta) -> row.get("served_on", LocalDate.class)).one().block();
		this.db.sql("INSERT INTO reservation (canteen_id, menu_id, served_on, meal, diner_id, booked_by, delivery, status, list_fen,"
				+ " charged_fen, created_at, live) VALUES (:canteen, :menu, :day, 'LUNCH', :diner, :diner, FALSE, :status, 1500,"
				+ " 1500, CURRENT_TIMESTAMP, " + (status.equals("BOOKED") ? "TRUE" : "NULL") + ")")
			.bind("canteen", canteen).bind("menu", menu).bind("day", day).bind("diner", diner).bind("status", status)
			.then().block();
	}

}
