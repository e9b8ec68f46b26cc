package dev.huiju.clients.meetings;

import java.util.List;

import dev.huiju.clients.meetings.MeetingsDtos.BookedDto;
import dev.huiju.clients.meetings.MeetingsDtos.BookingRequest;
import dev.huiju.clients.meetings.MeetingsDtos.InviteRequest;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import dev.huiju.clients.meetings.MeetingsDtos.MinutesRequest;
import dev.huiju.clients.meetings.MeetingsDtos.ReplyRequest;
import dev.huiju.clients.meetings.MeetingsDtos.RoomDto;
import dev.huiju.clients.meetings.MeetingsDtos.ScheduleEntryDto;
import dev.huiju.clients.meetings.MeetingsDtos.UtilisationDto;
import dev.huiju.clients.meetings.MeetingsDtos.VoteRequest;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The meetings service's HTTP interface; every call carries the caller's token, which names the actor. */
@HttpExchange(accept = "application/json")
public interface MeetingsApi {

	@GetExchange("/rooms")
	Mono<List<RoomDto>> rooms();

	@GetExchange("/rooms")
	Mono<List<RoomDto>> roomsByIds(@RequestParam("ids") String ids);

	@GetExchange("/rooms/free")
	Mono<List<RoomDto>> freeRooms(@RequestParam("from") String from, @RequestParam("to") String to,
			@RequestParam("seats") int seats, @RequestParam(name = "equipment", required = false) String equipment);

	@GetExchange("/rooms/utilisation")
	Mono<UtilisationDto> utilisation(@RequestParam("from") String from, @RequestParam("to") String to);

	@GetExchange("/meetings")
	Mono<List<MeetingDto>> byIds(@RequestParam("ids") String ids);

	@GetExchange("/meetings/schedule")
	Mono<List<ScheduleEntryDto>> schedule(@RequestParam("personIds") String personIds, @RequestParam("from") String from,
			@RequestParam("to") String to);

	@GetExchange("/meetings/invitations")
	Mono<List<MeetingDto>> invitations(@RequestParam("personId") String personId, @RequestParam("limit") int limit);

	@PostExchange("/meetings")
	Mono<BookedDto> book(@RequestBody BookingRequest request);

	@PostExchange("/meetings/{id}/attendees")
	Mono<BookedDto> invite(@PathVariable long id, @RequestBody InviteRequest request);

	@PostExchange("/meetings/{id}/reply")
	Mono<MeetingDto> reply(@PathVariable long id, @RequestBody ReplyRequest request);

	@PostExchange("/meetings/{id}/cancel")
	Mono<MeetingDto> cancel(@PathVariable long id);

	@PostExchange("/meetings/{id}/agenda/{itemId}/votes")
	Mono<MeetingDto> vote(@PathVariable long id, @PathVariable long itemId, @RequestBody VoteRequest request);

	@PutExchange("/meetings/{id}/minutes")
	Mono<MeetingDto> minutes(@PathVariable long id, @RequestBody MinutesRequest request);

}
