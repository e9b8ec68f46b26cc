package dev.huiju.documents.lifecycle;

import java.util.Objects;

import dev.huiju.documents.approval.StepRequest;
import dev.huiju.documents.document.DocumentView;
import dev.huiju.documents.people.Participants;
import dev.huiju.service.support.security.Actor;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The write endpoints; each acts for the person of the verified token. */
@RestController
@RequestMapping("/documents")
class LifecycleController {

	private final DocumentLifecycle lifecycle;

	private final Participants participants;

	LifecycleController(DocumentLifecycle lifecycle, Participants participants) {
		this.lifecycle = lifecycle;
		this.participants = participants;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> draft(Actor actor,
			@Valid @RequestBody Requests.Draft request) {
		return this.lifecycle.draft(actor, request);
	}

	@PatchMapping("/{id}")
	Mono<DocumentView> edit(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Edit request) {
		return this.lifecycle.edit(actor, id, request);
	}

	@PostMapping("/{id}/submit")
	Mono<DocumentView> submit(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Submit request) {
		return this.participants.of(actor, request.steps().stream().map(StepRequest::assigneeId).filter(Objects::nonNull).toList())
			.flatMap(people -> this.lifecycle.submit(actor, id, request, people));
	}

	@PostMapping("/{id}/decision")
	Mono<DocumentView> decide(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Decision request) {
		return this.lifecycle.decide(actor, id, request);
	}

	@PostMapping("/{id}/withdraw")
	Mono<DocumentView> withdraw(Actor actor, @PathVariable long id,
			@Valid @RequestBody(required = false) Requests.Withdraw request) {
		return this.lifecycle.withdraw(actor, id);
	}

	@PostMapping("/{id}/issue")
	Mono<DocumentView> issue(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Issue request) {
		return this.participants.of(actor, request.recipientIds())
			.flatMap(people -> this.lifecycle.issue(actor, id, request, people));
	}

	@PostMapping("/incoming")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> register(Actor actor,
			@Valid @RequestBody Requests.RegisterIncoming request) {
		return this.participants.of(actor, request.recipientIds())
			.flatMap(people -> this.lifecycle.registerIncoming(actor, request, people));
	}

	@PostMapping("/{id}/read")
	Mono<DocumentView> read(Actor actor, @PathVariable long id) {
		return this.lifecycle.markRead(actor, id);
	}

	@PostMapping("/{id}/archive")
	Mono<DocumentView> archive(Actor actor, @PathVariable long id) {
		return this.lifecycle.archive(actor, id);
	}

	@PostMapping("/{id}/classification")
	Mono<DocumentView> reclassify(Actor actor, @PathVariable long id, @Valid @RequestBody Requests.Reclassify request) {
		return this.lifecycle.reclassify(actor, id, request);
	}

	@PostMapping("/{id}/convert")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> convert(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Convert request) {
		return this.lifecycle.convert(actor, id, request);
	}

}
