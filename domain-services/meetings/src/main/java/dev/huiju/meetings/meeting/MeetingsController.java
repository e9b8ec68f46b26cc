package dev.huiju.meetings.meeting;

import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read endpoints: meetings by ids, one meeting, schedules of several people, one's own open invitations. */
@RestController
@RequestMapping("/meetings")
class MeetingsController {

	private final MeetingQueries queries;

	MeetingsController(MeetingQueries queries) {
		this.queries = queries;
	}

	@GetMapping(params = "ids")
	Mono<List<MeetingView>> byIds(@RequestParam List<Long> ids, Actor actor) {
		return this.queries.byIds(ids, Viewer.of(actor));
	}

	@GetMapping("/{id}")
	Mono<MeetingView> one(@PathVariable long id, Actor actor) {
		return this.queries.one(id, Viewer.of(actor));
	}

	@GetMapping("/schedule")
	Mono<List<ScheduleEntry>> schedule(@RequestParam List<String> personIds,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, Actor actor) {
		return this.queries.schedule(personIds, from, to, Viewer.of(actor));
	}

	@GetMapping("/invitations")
	Mono<List<MeetingView>> invitations(@RequestParam String personId, @RequestParam(defaultValue = "20") int limit,
			Actor actor) {
		Viewer viewer = Viewer.of(actor);
		if (!personId.equals(viewer.userId())) {
			return Mono.error(DomainException.denied("invitations are their invitee's alone"));
		}
		return this.queries.invitations(personId, limit, viewer);
	}

}
