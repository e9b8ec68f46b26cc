package dev.huiju.documents.lifecycle;

import dev.huiju.documents.ActingUser;
import dev.huiju.documents.document.DocumentView;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The write endpoints; each names the acting user in {@link ActingUser#HEADER}. */
@RestController
@RequestMapping("/documents")
class LifecycleController {

	private final DocumentLifecycle lifecycle;

	LifecycleController(DocumentLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> draft(@RequestHeader(ActingUser.HEADER) String actor,
			@Valid @RequestBody Requests.Draft request) {
		return this.lifecycle.draft(actor, request);
	}

	@PatchMapping("/{id}")
	Mono<DocumentView> edit(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody Requests.Edit request) {
		return this.lifecycle.edit(actor, id, request);
	}

	@PostMapping("/{id}/submit")
	Mono<DocumentView> submit(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody Requests.Submit request) {
		return this.lifecycle.submit(actor, id, request);
	}

	@PostMapping("/{id}/decision")
	Mono<DocumentView> decide(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody Requests.Decision request) {
		return this.lifecycle.decide(actor, id, request);
	}

	@PostMapping("/{id}/withdraw")
	Mono<DocumentView> withdraw(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody(required = false) Requests.Withdraw request) {
		return this.lifecycle.withdraw(actor, id);
	}

	@PostMapping("/{id}/issue")
	Mono<DocumentView> issue(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody Requests.Issue request) {
		return this.lifecycle.issue(actor, id, request);
	}

	@PostMapping("/incoming")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> register(@RequestHeader(ActingUser.HEADER) String actor,
			@Valid @RequestBody Requests.RegisterIncoming request) {
		return this.lifecycle.registerIncoming(actor, request);
	}

	@PostMapping("/{id}/read")
	Mono<DocumentView> read(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id) {
		return this.lifecycle.markRead(actor, id);
	}

	@PostMapping("/{id}/archive")
	Mono<DocumentView> archive(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id) {
		return this.lifecycle.archive(actor, id);
	}

	@PostMapping("/{id}/convert")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DocumentView> convert(@RequestHeader(ActingUser.HEADER) String actor, @PathVariable long id,
			@Valid @RequestBody Requests.Convert request) {
		return this.lifecycle.convert(actor, id, request);
	}

}
