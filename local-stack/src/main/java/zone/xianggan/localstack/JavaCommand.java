package zone.xianggan.localstack;

import java.nio.file.Path;

/** The Java the launcher itself runs on, so that every process of the zone uses the same JDK. */
final class JavaCommand {

    private JavaCommand() {
    }

    static String executable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
