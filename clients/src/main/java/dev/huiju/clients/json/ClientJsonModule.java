package dev.huiju.clients.json;

import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.http.codec.json.JacksonJsonDecoder;

/** What the clients need of Jackson beyond its defaults. */
public class ClientJsonModule extends SimpleModule {

	/** The JSON decoder of every client: WebClient's default, with this module. */
	public static JacksonJsonDecoder decoder() {
		return new JacksonJsonDecoder(JsonMapper.builder().addModule(new ClientJsonModule()));
	}

	public ClientJsonModule() {
		super("huiju-clients");
		addDeserializer(OffsetDateTime.class, new UtcTimestampDeserializer());
	}

}
