package dev.huiju.bigscreen.gathering;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiju.bigscreen}: how often to gather, how often a point is written even when nothing changed, the
 * service's client for its own token, and the sources.
 *
 * @param every the time between two gatherings
 * @param heartbeat a point is written at least this often per series, so every hour of history has one
 * @param gather false stops the schedule (tests drive {@link Gatherer#gatherOnce()} themselves)
 * @param clientId the service's OAuth2 client, whose token carries {@code statistics:read}
 * @param clientSecret its secret
 * @param tokenUri where the token is asked for (client credentials)
 * @param sources by name, one statistics call each
 * @param notifyUrl where changed indicators are posted (the BFF's {@code /internal/indicator-changes}); none when
 *        empty
 */
@ConfigurationProperties("huiju.bigscreen")
public record BigscreenProperties(@DefaultValue("30s") Duration every, @DefaultValue("1h") Duration heartbeat,
		@DefaultValue("true") boolean gather, @DefaultValue("bigscreen") String clientId, String clientSecret,
		@DefaultValue("http://localhost:9000/oauth2/token") String tokenUri, Map<String, Source> sources,
		@DefaultValue("") String notifyUrl) {

	public BigscreenProperties {
		sources = (sources != null) ? new LinkedHashMap<>(sources) : Map.of();
		List<String> keys = sources.values().stream().flatMap(s -> s.indicators().stream()).map(Indicator::key).toList();
		if (keys.size() != keys.stream().distinct().count()) {
			throw new IllegalArgumentException("huiju.bigscreen.sources name an indicator key twice: " + keys);
		}
	}

	/**
	 * One statistics call: {@code path} on {@code service} ({@code huiju.services.<service>.base-url}), with
	 * {@code {today}} replaced by the day on the service's calendar; {@code rows} points at the array of the answer
	 * (a JSON pointer, the whole answer when empty); each row is a member of {@code dimension} named by
	 * {@code memberField} (and labelled by {@code labelField} when the row has a name).
	 */
	public record Source(String service, String path, @DefaultValue("") String rows, Dimension dimension,
			String memberField, String labelField, List<Indicator> indicators) {

		public Source {
			if (service == null || path == null || dimension == null || memberField == null || indicators == null
					|| indicators.isEmpty()) {
				throw new IllegalArgumentException("a big-screen source needs service, path, dimension, member-field"
						+ " and at least one indicator");
			}
		}

	}

	/**
	 * A field of the source's rows kept as an indicator; {@code combine} makes the city's value of the members', an
	 * average weighted by the row's {@code weightField} when it names one (an average wait by the people waiting).
	 */
	public record Indicator(String key, String field, String label, @DefaultValue("") String unit,
			@DefaultValue("SUM") Combine combine, String weightField) {
	}

	/** What a source's rows are each about. */
	public enum Dimension {
		DISTRICT, DEPARTMENT, BUILDING, CANTEEN, RATING
	}

	/** Counts add up; ratios and ratings are averaged. */
	public enum Combine {
		SUM, AVERAGE
	}

}
