package dev.huiju.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the directory must answer on either database; subclasses choose the database. */
abstract class DirectoryContract {

	@Autowired
	WebTestClient http;

	@Test
	void peopleAreLookedUpInOneBatch() {
		this.http.get().uri("/people?ids=li.na,zhang.wei,nobody").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].id").isEqualTo("li.na")
			.jsonPath("$[0].departmentId").isEqualTo("dept-office")
			.jsonPath("$[1].id").isEqualTo("zhang.wei")
			.jsonPath("$[1].staffNo").isEqualTo("A1001");
	}

	@Test
	void anUnknownPersonIsNotFoundWithATypedError() {
		this.http.get().uri("/people/nobody").exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.code").isEqualTo("NOT_FOUND")
			.jsonPath("$.message").isEqualTo("person nobody does not exist");
	}

	@Test
	void aBatchAboveTheLimitIsRefused() {
		String ids = String.join(",", java.util.stream.IntStream.range(0, Ids.MAX_BATCH + 1).mapToObj(i -> "p" + i).toList());
		this.http.get().uri("/people?ids=" + ids).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.field").isEqualTo("ids");
	}

	@Test
	void regionsNestCityDistrictStreet() {
		this.http.get().uri("/regions/d-east/children").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[*].id").isEqualTo(java.util.List.of("s-market", "s-riverside"))
			.jsonPath("$[0].level").isEqualTo("STREET");
		this.http.get().uri("/regions?ids=city").exchange()
			.expectBody().jsonPath("$[0].level").isEqualTo("CITY").jsonPath("$[0].parentId").doesNotExist();
	}

	@Test
	void departmentsAreListedAndLookedUp() {
		this.http.get().uri("/departments?ids=dept-finance,dept-riverside").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[0].name").isEqualTo("市财政局")
			.jsonPath("$[1].regionId").isEqualTo("s-riverside")
			.jsonPath("$[1].parentId").isEqualTo("dept-east-office");
		this.http.get().uri("/departments").exchange().expectBody().jsonPath("$.length()").isEqualTo(7);
	}

}
