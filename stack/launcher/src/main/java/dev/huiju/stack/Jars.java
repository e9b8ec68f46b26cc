package dev.huiju.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the executable jars the build leaves in each module's {@code target/}. */
public final class Jars {

	private Jars() {
	}

	/** The repository root: the first directory upwards from here that holds {@code stack/}. */
	public static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("stack").resolve("launcher"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("run from inside the huiju repository");
		}
		return dir;
	}

	public static Path of(String module) {
		Path target = root().resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no *-exec.jar in " + target + "; build first"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("no " + target + "; build first", ex);
		}
	}

}
