package zone.xianggan.replica;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.ProducerFactory;

import zone.xianggan.events.registry.CountySnapshot;

/** What the services may rely on of the replica, and what the replica may rely on. */
class ReplicaArchitectureTest {

    private static final JavaClasses REPLICA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zone.xianggan.replica");

    @Test
    void servicesSeeOnlyTheReadSideAndTheChangeEvent() {
        classes().that().areTopLevelClasses().and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleName("RegistryReplica")
                .orShould().haveSimpleName("ReplicaFilter")
                .orShould().haveSimpleName("CountyReplicated")
                .orShould().haveSimpleName("ReplicaAutoConfiguration")
                .because("a service reads the replica and reacts to its changes; only registry events write it")
                .check(REPLICA);
    }

    @Test
    void theReplicaOnlyListensToEvents() {
        noClasses().should().dependOnClassesThat(resideInAnyPackage("zone.xianggan.registry..",
                        "zone.xianggan.indicators..", "zone.xianggan.cooperation..", "zone.xianggan.platform.outbox..",
                        "org.springframework.web.client..")
                        .or(assignableTo(KafkaOperations.class)).or(assignableTo(ProducerFactory.class)))
                .because("the replica learns the registry from registry.counties.v1 alone, never calls a service "
                        + "and never publishes")
                .check(REPLICA);
    }

    @Test
    void onlyTheUpdaterWritesTheReplica() {
        noClasses().that().doNotHaveSimpleName("ReplicaUpdater")
                .should().callMethod(ReplicaRepository.class, "storeIfNewer", CountySnapshot.class, String.class,
                        Instant.class)
                .because("every change goes through the version rule, in one transaction with its CountyReplicated")
                .check(REPLICA);
    }
}
