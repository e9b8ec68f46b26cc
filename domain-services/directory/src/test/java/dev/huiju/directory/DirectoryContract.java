package dev.huiju.directory;

import dev.huiju.service.support.ThreadDumpOnTimeout;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the directory must answer on either database; subclasses choose the database. */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class DirectoryContract {

	private static final String AUTHORIZATION = "Authorization";

	WebTestClient http;

	@Autowired
	WebTestClient anonymous;

	/** Requests without a token of their own go as zhang.wei on the web portal. */
	@Autowired
	void setHttp(WebTestClient http) {
		this.http = http.mutate().defaultHeader(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).build();
	}

	@Test
	void withoutAValidTokenNothingIsAnsweredButHealth() {
		this.anonymous.get().uri("/people?ids=li.na").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void theDashboardAndMachinesReachNoPerson() {
		this.http.get().uri("/people?ids=li.na")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "dashboard", "CONFIDENTIAL"))
			.exchange()
			.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
		this.http.get().uri("/people/li.na")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("bigscreen", "bigscreen", null))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/departments")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "dashboard", "CONFIDENTIAL"))
			.exchange()
			.expectStatus().isOk();
	}

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

	@Test
	void aPersonChangesTheirOwnPhoneAndNobodyElses() {
		this.http.patch().uri("/people/staff.12").header(AUTHORIZATION, ServiceTokens.bearer("staff.11"))
			.bodyValue(java.util.Map.of("phone", "13900000000")).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
		this.http.patch().uri("/people/staff.12").header(AUTHORIZATION, ServiceTokens.bearer("staff.12"))
			.bodyValue(java.util.Map.of("phone", "12345")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("phone");
		this.http.get().uri("/people/staff.12").exchange().expectBody().jsonPath("$.phone").isEqualTo("13800010012");

		this.http.patch().uri("/people/staff.12").header(AUTHORIZATION, ServiceTokens.bearer("staff.12"))
			.bodyValue(java.util.Map.of("phone", "13900000012")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.phone").isEqualTo("13900000012").jsonPath("$.name").isEqualTo("梁勇");
		this.http.patch().uri("/people/staff.12").header(AUTHORIZATION, ServiceTokens.bearer("staff.12"))
			.bodyValue(java.util.Map.of("phone", "13800010012")).exchange()
			.expectStatus().isOk();
	}

}
