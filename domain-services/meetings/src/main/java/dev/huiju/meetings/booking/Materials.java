package dev.huiju.meetings.booking;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.Peers;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Asks the documents service, with the organizer's token, whether they may read the documents they put on
 * an agenda: nobody attaches what they could not open. Each reader is asked again when the meeting is read
 * (by the BFF, through the documents service), so a material never shows to someone who may not read it.
 */
@Component
class Materials {

	private final Peers.Peer documents;

	Materials(Peers peers) {
		this.documents = peers.peer("documents", "http://localhost:8082");
	}

	/** Completes when the actor may read every one of these documents; refuses naming the first that is not. */
	Mono<Void> requireReadable(Actor actor, Collection<Long> ids) {
		Set<Long> wanted = new LinkedHashSet<>(ids);
		if (wanted.isEmpty()) {
			return Mono.empty();
		}
		String joined = wanted.stream().map(String::valueOf).collect(Collectors.joining(","));
		return this.documents.ask(actor, client -> client.get().uri(uri -> uri.path("/documents").queryParam("ids", joined).build()),
				response -> response.bodyToFlux(DocumentSeen.class).collectList(),
				"the documents service could not confirm the agenda's materials")
			.flatMap(found -> {
				Set<Long> readable = found.stream().filter(d -> d.title() != null).map(DocumentSeen::id)
					.collect(Collectors.toSet());
				List<Long> refused = wanted.stream().filter(id -> !readable.contains(id)).toList();
				return refused.isEmpty() ? Mono.<Void>empty() : Mono.error(DomainException.badInput("agenda",
						"document " + refused.get(0) + " is not one you can read, so it cannot be a material"));
			});
	}

	/** What the documents service answers that matters here: a withheld document comes without its title. */
	record DocumentSeen(long id, String title) {
	}

}
