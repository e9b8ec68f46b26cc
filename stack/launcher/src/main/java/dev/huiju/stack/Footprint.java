package dev.huiju.stack;

import java.util.List;

/**
 * How a service's JVM runs: small for the interactive local stack (five JVMs on a developer's machine start
 * fast and stay small), or as production would run it, for the benchmark (full JIT, G1, a heap for the load).
 */
public enum Footprint {

	/** C1 only, serial GC, 384 MB: quick start, little memory; slow under load. */
	SMALL(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")),

	/** Full tiered JIT (C2), G1, 1 GB: what the numbers in docs/performance.md are measured with. */
	PRODUCTION(List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"));

	private final List<String> flags;

	Footprint(List<String> flags) {
		this.flags = flags;
	}

	public List<String> flags() {
		return this.flags;
	}

}
