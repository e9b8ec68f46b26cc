package dev.huiju.meetings.proceedings;

import dev.huiju.meetings.meeting.MeetingView;
import dev.huiju.meetings.meeting.Viewer;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/meetings/{meetingId}")
class ProceedingsController {

	private final Proceedings proceedings;

	ProceedingsController(Proceedings proceedings) {
		this.proceedings = proceedings;
	}

	@PostMapping("/agenda/{itemId}/votes")
	Mono<MeetingView> vote(@PathVariable long meetingId, @PathVariable long itemId, @RequestBody VoteRequest request,
			Actor actor) {
		return this.proceedings.vote(Viewer.of(actor), meetingId, itemId, request.choice());
	}

	@PutMapping("/minutes")
	Mono<MeetingView> minutes(@PathVariable long meetingId, @RequestBody MinutesRequest request, Actor actor) {
		return this.proceedings.writeMinutes(Viewer.of(actor), meetingId, request.body());
	}

}
