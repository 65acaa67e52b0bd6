package zone.xianggan.indicators.sdmx.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.sdmx.SdmxObservations;

class SdmxCsvTest {

    @Test
    void theHeaderNamesTheStructureColumnsThenTheComponentsById() throws IOException {
        assertThat(parse(SdmxCsv.write(List.of())).getHeaderNames()).containsExactly("STRUCTURE", "STRUCTURE_ID",
                "ACTION", "REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS",
                "REVISION", "LAST_UPDATE", "SOURCE", "COMMENT_OBS");
    }

    @Test
    void eachObservationIsALineOfTheDataflow() throws IOException {
        CSVRecord line = parse(SdmxCsv.write(List.of(SdmxObservations.LIUYANG_GDP_2024))).getRecords().getFirst();

        assertThat(line.toMap()).containsEntry("STRUCTURE", "dataflow")
                .containsEntry("STRUCTURE_ID", "XIANGGAN:ZONE_INDICATORS(1.0.0)").containsEntry("ACTION", "I")
                .containsEntry("REF_AREA", "430181").containsEntry("INDICATOR", "GDP")
                .containsEntry("TIME_PERIOD", "2024").containsEntry("OBS_VALUE", "190000000000.5")
                .containsEntry("UNIT_MEASURE", "CNY").containsEntry("OBS_STATUS", "A").containsEntry("REVISION", "2")
                .containsEntry("LAST_UPDATE", "2026-03-01T08:01:00Z")
                .containsEntry("SOURCE", "Liuyang Statistics Bureau")
                .containsEntry("COMMENT_OBS", "final, \"after the census\"");
    }

    @Test
    void anAbsentAttributeIsAnEmptyCell() throws IOException {
        CSVRecord line = parse(SdmxCsv.write(List.of(SdmxObservations.SHANGLI_RATE_2024))).getRecords().getFirst();

        assertThat(line.get("SOURCE")).isEmpty();
        assertThat(line.get("COMMENT_OBS")).isEmpty();
    }

    @Test
    void aQuarterIsAnSdmxReportingPeriod() throws IOException {
        CSVRecord line = parse(SdmxCsv.write(List.of(SdmxObservations.LIUYANG_VISITS_2024_Q1))).getRecords()
                .getFirst();

        assertThat(line.get("TIME_PERIOD")).isEqualTo("2024-Q1");
    }

    @Test
    void aValueIsWrittenWithoutTrailingZerosOrExponent() throws IOException {
        CSVRecord line = parse(SdmxCsv.write(List.of(SdmxObservations.LIUYANG_GDP_2023))).getRecords().getFirst();

        assertThat(line.get("OBS_VALUE")).isEqualTo("180000000000");
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
    }
}
