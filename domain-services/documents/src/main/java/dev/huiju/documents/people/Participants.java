package dev.huiju.documents.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.huiju.documents.document.Classification;
import dev.huiju.service.support.people.DirectoryPeople;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The people a document is routed to, as the directory says, with their clearance as a classification of
 * this domain. Read once, before the change's transaction: the change then checks these facts against the
 * locked document, so a refused change writes nothing.
 */
@Component
public class Participants {

	private final DirectoryPeople directory;

	Participants(DirectoryPeople directory) {
		this.directory = directory;
	}

	/** The people of these ids the directory knows; an unknown id is simply absent from the answer. */
	public Mono<Map<String, Participant>> of(Actor actor, Collection<String> ids) {
		return this.directory.of(actor, ids, "who the document goes to").map(found -> {
			Map<String, Participant> people = new LinkedHashMap<>();
			found.forEach((id, person) -> people.put(id, new Participant(id, clearance(person.clearanceOrPublic()))));
			return people;
		});
	}

	private static Classification clearance(String value) {
		for (Classification level : Classification.values()) {
			if (level.name().equals(value)) {
				return level;
			}
		}
		return Classification.PUBLIC;
	}

}
