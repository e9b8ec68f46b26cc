package dev.huiju.bff.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.bff.documents.DocumentLoaders;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos.AgendaItemDto;
import dev.huiju.clients.meetings.MeetingsDtos.AttendeeDto;
import dev.huiju.clients.meetings.MeetingsDtos.BusyDto;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import dev.huiju.clients.meetings.MeetingsDtos.MinutesDto;
import dev.huiju.clients.meetings.MeetingsDtos.RoomDto;
import dev.huiju.clients.meetings.MeetingsDtos.UtilisationDto;
import dev.huiju.clients.meetings.MeetingsDtos.VoteDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.RoomEquipment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The meeting queries, and the fields of meetings that reach into the directory and the documents service. */
@DgsComponent
class MeetingsDataFetcher {

	/** The most invitations one call lists. */
	private static final int MAX_INVITATIONS = 100;

	private final MeetingsClient meetings;

	private final BusinessCalendar calendar;

	MeetingsDataFetcher(MeetingsClient meetings, BusinessCalendar calendar) {
		this.meetings = meetings;
		this.calendar = calendar;
	}

	@DgsQuery(field = DgsConstants.QUERY.Meeting)
	CompletableFuture<MeetingDto> meeting(@InputArgument String id, DgsDataFetchingEnvironment env) {
		long meetingId = CanonicalIds.parse(id, "id", "a meeting id");
		DataLoader<Long, MeetingDto> loader = env.getDataLoader(MeetingDataLoader.NAME);
		return loader.load(meetingId).thenApply(found -> {
			if (found == null) {
				throw new DomainRejection("meetings", 404, "NOT_FOUND", "meeting " + id + " does not exist", null);
			}
			return found;
		});
	}

	@DgsQuery(field = DgsConstants.QUERY.Rooms)
	Mono<List<RoomDto>> rooms() {
		return this.meetings.rooms();
	}

	@DgsQuery(field = DgsConstants.QUERY.FreeRooms)
	Mono<List<RoomDto>> freeRooms(@InputArgument OffsetDateTime from, @InputArgument OffsetDateTime to,
			@InputArgument Integer seats, @InputArgument List<RoomEquipment> equipment) {
		List<String> wanted = (equipment != null) ? equipment.stream().map(Enum::name).toList() : List.of();
		return this.meetings.freeRooms(from, to, (seats != null) ? seats : 1, wanted);
	}

	@DgsQuery(field = DgsConstants.QUERY.MyInvitations)
	Mono<List<MeetingDto>> myInvitations(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int limit = (first != null) ? first : 20;
		if (limit < 1 || limit > MAX_INVITATIONS) {
			throw new BadUserInput("first must be between 1 and " + MAX_INVITATIONS);
		}
		return this.meetings.invitations(Callers.of(env).userId(), limit);
	}

	@DgsQuery(field = DgsConstants.QUERY.RoomUtilisation)
	Mono<UtilisationDto> roomUtilisation(@InputArgument LocalDate from, @InputArgument LocalDate to) {
		LocalDate last = (to != null) ? to : this.calendar.today();
		LocalDate first = (from != null) ? from : last.minusDays(6);
		return this.meetings.utilisation(first, last);
	}

	@DgsData(parentType = DgsConstants.PERSON.TYPE_NAME, field = DgsConstants.PERSON.Schedule)
	CompletableFuture<List<MeetingDto>> schedule(@InputArgument OffsetDateTime from, @InputArgument OffsetDateTime to,
			DgsDataFetchingEnvironment env) {
		PersonDto person = env.getSource();
		DataLoader<ScheduleDataLoader.Key, List<MeetingDto>> loader = env.getDataLoader(ScheduleDataLoader.NAME);
		return loader.load(new ScheduleDataLoader.Key(person.id(), new ScheduleDataLoader.Window(from, to)));
	}

	@DgsData(parentType = DgsConstants.MEETING.TYPE_NAME, field = DgsConstants.MEETING.Room)
	CompletableFuture<RoomDto> room(DgsDataFetchingEnvironment env) {
		MeetingDto meeting = env.getSource();
		DataLoader<Long, RoomDto> loader = env.getDataLoader(RoomDataLoader.NAME);
		return loader.load(meeting.roomId());
	}

	@DgsData(parentType = DgsConstants.MEETING.TYPE_NAME, field = DgsConstants.MEETING.Organizer)
	CompletableFuture<PersonDto> organizer(DgsDataFetchingEnvironment env) {
		MeetingDto meeting = env.getSource();
		return DirectoryLoaders.person(env, meeting.organizerId());
	}

	@DgsData(parentType = DgsConstants.MEETING.TYPE_NAME, field = DgsConstants.MEETING.MyReply)
	String myReply(DgsDataFetchingEnvironment env) {
		MeetingDto meeting = env.getSource();
		String me = Callers.of(env).userId();
		return meeting.attendees().stream().filter(a -> a.personId().equals(me)).map(AttendeeDto::reply).findFirst()
			.orElse(null);
	}

	@DgsData(parentType = DgsConstants.ATTENDEE.TYPE_NAME, field = DgsConstants.ATTENDEE.Person)
	CompletableFuture<PersonDto> attendee(DgsDataFetchingEnvironment env) {
		AttendeeDto attendee = env.getSource();
		return DirectoryLoaders.person(env, attendee.personId());
	}

	@DgsData(parentType = DgsConstants.ATTENDEE.TYPE_NAME, field = DgsConstants.ATTENDEE.StandsInFor)
	CompletableFuture<PersonDto> standsInFor(DgsDataFetchingEnvironment env) {
		AttendeeDto attendee = env.getSource();
		return DirectoryLoaders.person(env, attendee.standsInFor());
	}

	@DgsData(parentType = DgsConstants.AGENDAITEM.TYPE_NAME, field = DgsConstants.AGENDAITEM.Materials)
	CompletableFuture<List<DocumentDto>> materials(DgsDataFetchingEnvironment env) {
		AgendaItemDto item = env.getSource();
		return DocumentLoaders.readable(env, item.materialIds());
	}

	@DgsData(parentType = DgsConstants.VOTE.TYPE_NAME, field = DgsConstants.VOTE.Voter)
	CompletableFuture<PersonDto> voter(DgsDataFetchingEnvironment env) {
		VoteDto vote = env.getSource();
		return DirectoryLoaders.person(env, vote.voterId());
	}

	@DgsData(parentType = DgsConstants.MINUTES.TYPE_NAME, field = DgsConstants.MINUTES.Author)
	CompletableFuture<PersonDto> author(DgsDataFetchingEnvironment env) {
		MinutesDto minutes = env.getSource();
		return DirectoryLoaders.person(env, minutes.authorId());
	}

	@DgsData(parentType = DgsConstants.ATTENDEECONFLICT.TYPE_NAME, field = DgsConstants.ATTENDEECONFLICT.Person)
	CompletableFuture<PersonDto> busy(DgsDataFetchingEnvironment env) {
		BusyDto busy = env.getSource();
		return DirectoryLoaders.person(env, busy.personId());
	}

}
