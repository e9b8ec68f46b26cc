package dev.huiju.bff.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import dev.huiju.schema.generated.DgsConstants;
import org.dataloader.DataLoader;

import org.springframework.beans.factory.annotation.Value;

/**
 * The leaders' week schedule. Who the leaders are is the office's roster ({@code huiju.meetings.leaders}, ids
 * separated by commas, in the order they are shown), not a role: a deputy who stands in is added there. Their meetings come through the
 * schedule loader, one call for the whole roster.
 */
@DgsComponent
class LeadersWeek {

	private final List<String> roster;

	private final BusinessCalendar calendar;

	LeadersWeek(@Value("${huiju.meetings.leaders:}") List<String> roster, BusinessCalendar calendar) {
		this.roster = roster.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
		this.calendar = calendar;
	}

	@DgsQuery(field = DgsConstants.QUERY.LeadersWeek)
	List<Row> leadersWeek(@InputArgument LocalDate weekOf) {
		LocalDate monday = ((weekOf != null) ? weekOf : this.calendar.today())
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		OffsetDateTime from = this.calendar.startOf(monday);
		OffsetDateTime to = this.calendar.startOf(monday.plusWeeks(1));
		return this.roster.stream().map(leader -> new Row(leader, from, to)).toList();
	}

	@DgsData(parentType = DgsConstants.LEADERWEEK.TYPE_NAME, field = DgsConstants.LEADERWEEK.Person)
	CompletableFuture<PersonDto> person(DgsDataFetchingEnvironment env) {
		Row row = env.getSource();
		return DirectoryLoaders.person(env, row.personId());
	}

	@DgsData(parentType = DgsConstants.LEADERWEEK.TYPE_NAME, field = DgsConstants.LEADERWEEK.Meetings)
	CompletableFuture<List<MeetingDto>> meetings(DgsDataFetchingEnvironment env) {
		Row row = env.getSource();
		DataLoader<ScheduleDataLoader.Key, List<MeetingDto>> loader = env.getDataLoader(ScheduleDataLoader.NAME);
		return loader.load(new ScheduleDataLoader.Key(row.personId(), new ScheduleDataLoader.Window(row.from(), row.to())));
	}

	/** The schema's {@code LeaderWeek}, before its person and meetings are resolved. */
	record Row(String personId, OffsetDateTime from, OffsetDateTime to) {
	}

}
