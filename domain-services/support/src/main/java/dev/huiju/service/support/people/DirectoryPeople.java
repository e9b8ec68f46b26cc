package dev.huiju.service.support.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.Peers;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Asks the directory who the given people are, on the actor's behalf, before a change names them: an
 * approver, a recipient, an attendee. Read before the change's transaction; the change then checks these
 * facts, so a refused change writes nothing.
 */
@Component
public class DirectoryPeople {

	/** The directory's batch limit; a route, a distribution list or an attendee list is far shorter. */
	private static final int MAX_BATCH = 1000;

	private final Peers.Peer directory;

	DirectoryPeople(Peers peers) {
		this.directory = peers.peer("directory", "http://localhost:8081");
	}

	/**
	 * The people of these ids the directory knows, by id; an unknown id is simply absent from the answer.
	 * {@code purpose} completes the sentence of the error when the directory cannot answer.
	 */
	public Mono<Map<String, DirectoryPerson>> of(Actor actor, Collection<String> ids, String purpose) {
		Set<String> wanted = new LinkedHashSet<>();
		ids.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(wanted::add);
		if (wanted.isEmpty()) {
			return Mono.just(Map.of());
		}
		if (wanted.size() > MAX_BATCH) {
			return Mono.error(DomainException.badInput("at most " + MAX_BATCH + " people at once"));
		}
		return this.directory.ask(actor,
				client -> client.get().uri(uri -> uri.path("/people").queryParam("ids", String.join(",", wanted)).build()),
				response -> response.bodyToFlux(DirectoryPerson.class).collectList(),
				"the directory could not confirm " + purpose)
			.map(found -> {
				Map<String, DirectoryPerson> people = new LinkedHashMap<>();
				for (DirectoryPerson person : found) {
					if (wanted.contains(person.id())) {
						people.put(person.id(), person);
					}
				}
				return people;
			});
	}

}
