package zone.xianggan.identity.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.events.ServiceNames;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.agency.application.AgencyChanges;
import zone.xianggan.identity.agency.application.ClientSecrets;
import zone.xianggan.identity.agency.application.IssuedSecret;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.kafka.KafkaClientSecret;
import zone.xianggan.kernel.access.Actor;

/**
 * On the first start (no agency yet) the zone's agencies are registered from {@code seed/agencies.json}: the 24
 * units' governments, the two provincial DRCs, the zone office, the operator, two subscribers and the zone's
 * services. Each secret is the deployment's ({@code zone.identity.seed-secrets.<id>}) or generated; every one is
 * written once to the credentials file, and identity-service's own also where its Kafka client reads it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SeedingAgencies implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedingAgencies.class);
    static final Actor SEED = Actor.system("seed");

    private final Agencies agencies;
    private final AgencyChanges changes;
    private final ClientSecrets secrets;
    private final KafkaClientSecret kafkaClientSecret;
    private final IssuerProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * Before the web server opens: a service that asks for its token as soon as the issuer answers then never meets
     * an issuer that does not know it yet (Kafka's login takes a 401 as final).
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!agencies.isEmpty()) {
            return;
        }
        List<SeedFile.SeededAgency> seeded = read().agencies();
        List<IssuedSecret> issued;
        try {
            issued = transactions.execute(status -> seed(seeded));
        } catch (DataIntegrityViolationException seededMeanwhile) {
            log.info("Another identity-service instance seeded the agencies meanwhile; this one keeps them");
            return;
        }
        if (issued == null || issued.isEmpty()) {
            return;
        }
        CredentialsFile.write(properties.credentialsFile(), issued, json);
        issued.stream().filter(secret -> secret.account().id().equals(ServiceNames.IDENTITY)).findFirst()
                .ifPresent(own -> kafkaClientSecret.store(own.clientSecret()));
        log.info("Seeded {} agencies; their secrets are in {} (once: keep them)", issued.size(),
                properties.credentialsFile());
    }

    private List<IssuedSecret> seed(List<SeedFile.SeededAgency> seeded) {
        if (!agencies.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<IssuedSecret> issued = new ArrayList<>();
        for (SeedFile.SeededAgency agency : seeded) {
            String secret = properties.seedSecret(agency.id()).orElseGet(secrets::generate);
            AgencyAccount account = AgencyAccount.register(agency.toRegistration(), secrets.hash(secret),
                    SEED.agency(), now);
            changes.recordNew(account, SEED, "seeded with the zone");
            issued.add(new IssuedSecret(account, secret));
        }
        return issued;
    }

    private SeedFile read() {
        try (InputStream in = new ClassPathResource(SeedFile.RESOURCE).getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SeedFile.RESOURCE, e);
        }
    }
}
