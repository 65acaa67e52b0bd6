package zone.xianggan.indicators.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.reporting.model.Sources;

/** The committed sample is exactly what the generator writes, and every row says it is synthetic. */
class SyntheticSampleTest {

    @Test
    void theCommittedFileIsTheGeneratorsOutput() throws IOException {
        if (Boolean.getBoolean("sample.write")) {
            SyntheticSample.main(new String[0]);
        }
        assertThat(Files.readString(SyntheticSample.FILE, StandardCharsets.UTF_8)).as(
                "samples/synthetic-sample.csv is out of date: regenerate it with "
                        + "./mvnw -q -pl indicators-service test -Dtest=SyntheticSampleTest -Dsample.write=true")
                .isEqualTo(SyntheticSample.csv());
    }

    @Test
    void everyRowIsLabelledSynthetic() {
        assertThat(SyntheticSample.csv().lines().skip(1)).allSatisfy(line -> assertThat(line)
                .endsWith("," + Sources.SYNTHETIC_SAMPLE));
    }
}
