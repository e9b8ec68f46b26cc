package dev.huiju.documents.lifecycle;

import dev.huiju.documents.document.DocumentView;
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

	LifecycleController(DocumentLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> draft(Actor actor,
			@Valid @RequestBody Requests.Draft request) {
		return this.lifecycle.draft(actor.userId(), request);
	}

	@PatchMapping("/{id}")
	Mono<DocumentView> edit(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Edit request) {
		return this.lifecycle.edit(actor.userId(), id, request);
	}

	@PostMapping("/{id}/submit")
	Mono<DocumentView> submit(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Submit request) {
		return this.lifecycle.submit(actor.userId(), id, request);
	}

	@PostMapping("/{id}/decision")
	Mono<DocumentView> decide(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Decision request) {
		return this.lifecycle.decide(actor.userId(), id, request);
	}

	@PostMapping("/{id}/withdraw")
	Mono<DocumentView> withdraw(Actor actor, @PathVariable long id,
			@Valid @RequestBody(required = false) Requests.Withdraw request) {
		return this.lifecycle.withdraw(actor.userId(), id);
	}

	@PostMapping("/{id}/issue")
	Mono<DocumentView> issue(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Issue request) {
		return this.lifecycle.issue(actor.userId(), id, request);
	}

	@PostMapping("/incoming")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> register(Actor actor,
			@Valid @RequestBody Requests.RegisterIncoming request) {
		return this.lifecycle.registerIncoming(actor.userId(), request);
	}

	@PostMapping("/{id}/read")
	Mono<DocumentView> read(Actor actor, @PathVariable long id) {
		return this.lifecycle.markRead(actor.userId(), id);
	}

	@PostMapping("/{id}/archive")
	Mono<DocumentView> archive(Actor actor, @PathVariable long id) {
		return this.lifecycle.archive(actor.userId(), id);
	}

	@PostMapping("/{id}/convert")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> convert(Actor actor, @PathVariable long id,
			@Valid @RequestBody Requests.Convert request) {
		return this.lifecycle.convert(actor.userId(), id, request);
	}

}
