package zone.xianggan.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root directory, found upwards from where the tests run (Maven runs them in each module). */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (with mvnw and local-stack/) above " + Path.of("").toAbsolutePath());
    }
}
