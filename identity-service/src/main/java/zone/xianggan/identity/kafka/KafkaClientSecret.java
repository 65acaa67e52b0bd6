package zone.xianggan.identity.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.PrivateFiles;

/**
 * identity-service's own client secret, with which its Kafka client gets a token from its own endpoint as agency
 * {@code identity-service}: the deployment's fixed one ({@code zone.identity.seed-secrets.identity-service}) if it set
 * one, else the one generated at seeding and kept in the data directory (mode 600).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KafkaClientSecret {

    private final IssuerProperties properties;

    public Path file() {
        return properties.kafka().clientSecretFile();
    }

    public void store(String secret) {
        PrivateFiles.write(file(), secret + "\n");
    }

    public Optional<String> read() {
        Optional<String> fixed = properties.seedSecret(ServiceNames.IDENTITY);
        if (fixed.isPresent()) {
            return fixed;
        }
        if (file() == null || !Files.isReadable(file())) {
            return Optional.empty();
        }
        try {
            String secret = Files.readString(file(), StandardCharsets.UTF_8).strip();
            return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(), e);
        }
    }
}
