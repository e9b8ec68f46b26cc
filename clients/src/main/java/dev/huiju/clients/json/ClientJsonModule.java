package dev.huiju.clients.json;

import java.time.OffsetDateTime;

import tools.jackson.databind.module.SimpleModule;

/** What the clients need of Jackson beyond its defaults; Spring Boot adds it to the application's JSON mapper. */
public class ClientJsonModule extends SimpleModule {

	public ClientJsonModule() {
		super("huiju-clients");
		addDeserializer(OffsetDateTime.class, new UtcTimestampDeserializer());
	}

}
