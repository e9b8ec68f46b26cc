package dev.huiju.documents.people;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.huiju.documents.document.Classification;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Asks the directory who the given people are, on the actor's behalf (their token, relayed), before a change
 * routes a document to them. Read once, before the change's transaction: the change then checks these facts
 * against the locked document, so a refused change writes nothing.
 */
@Component
public class Participants {

	/** The directory's batch limit; a route or a distribution list is far shorter. */
	private static final int MAX_BATCH = 1000;

	private final WebClient directory;

	private final Duration timeout;

	Participants(ObjectProvider<WebClient.Builder> builder, @Value("${huiju.services.directory.base-url:http://localhost:8081}") String baseUrl,
			@Value("${huiju.services.directory.timeout:2s}") Duration timeout) {
		this.directory = builder.getIfAvailable(WebClient::builder).clone().baseUrl(baseUrl).build();
		this.timeout = timeout;
	}

	/** The people of these ids the directory knows; an unknown id is simply absent from the answer. */
	public Mono<Map<String, Participant>> of(Actor actor, Collection<String> ids) {
		Set<String> wanted = new LinkedHashSet<>();
		ids.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(wanted::add);
		if (wanted.isEmpty()) {
			return Mono.just(Map.of());
		}
		if (wanted.size() > MAX_BATCH) {
			return Mono.error(DomainException.badInput("at most " + MAX_BATCH + " people at once"));
		}
		return this.directory.get()
			.uri(uri -> uri.path("/people").queryParam("ids", String.join(",", wanted)).build())
			.headers(headers -> headers.setBearerAuth(actor.token()))
			.retrieve()
			.bodyToFlux(DirectoryPerson.class)
			.collectList()
			.timeout(this.timeout)
			.map(found -> {
				Map<String, Participant> people = new LinkedHashMap<>();
				for (DirectoryPerson person : found) {
					if (wanted.contains(person.id())) {
						people.put(person.id(), new Participant(person.id(), clearance(person.clearance())));
					}
				}
				return people;
			})
			.onErrorMap(ex -> !(ex instanceof DomainException), ex -> new DomainException(HttpStatus.SERVICE_UNAVAILABLE,
					"UNAVAILABLE", "the directory could not confirm who the document goes to", null));
	}

	private static Classification clearance(String value) {
		for (Classification level : Classification.values()) {
			if (level.name().equals(value)) {
				return level;
			}
		}
		return Classification.PUBLIC;
	}

	/** What the directory answers of a person that matters here. */
	record DirectoryPerson(String id, String clearance) {
	}

}
