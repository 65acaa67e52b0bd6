package zone.xianggan.indicators.sdmx.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import zone.xianggan.indicators.sdmx.model.Concept;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;

/**
 * Observations as SDMX-CSV 2.0: one line each, naming the dataflow (STRUCTURE, STRUCTURE_ID), the action (I:
 * information), then the dimensions, the measure and the attributes in the structure's order, by their ids.
 */
final class SdmxCsv {

    static final String STRUCTURE = "STRUCTURE";
    static final String STRUCTURE_ID = "STRUCTURE_ID";
    static final String ACTION = "ACTION";
    static final String DATAFLOW = "dataflow";
    static final String INFORMATION = "I";

    private SdmxCsv() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of(STRUCTURE, STRUCTURE_ID, ACTION));
        columns().forEach(column -> header.add(column.id()));
        return header;
    }

    static String write(List<Observation> observations) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header());
            for (Observation observation : observations) {
                List<String> line = new ArrayList<>(List.of(DATAFLOW, ZoneIndicators.dataflowReference(),
                        INFORMATION));
                for (Concept column : columns()) {
                    line.add(cell(observation, column));
                }
                printer.printRecord(line);
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toString();
    }

    private static List<Concept> columns() {
        List<Concept> columns = new ArrayList<>(ZoneIndicators.KEY);
        columns.add(ZoneIndicators.TIME_PERIOD);
        columns.add(ZoneIndicators.OBS_VALUE);
        columns.addAll(ZoneIndicators.SERIES_ATTRIBUTES);
        columns.addAll(ZoneIndicators.OBSERVATION_ATTRIBUTES);
        return columns;
    }

    private static String cell(Observation observation, Concept column) {
        if (column.equals(ZoneIndicators.OBS_VALUE)) {
            return observation.formattedValue();
        }
        if (ZoneIndicators.KEY.contains(column) || column.equals(ZoneIndicators.TIME_PERIOD)) {
            return observation.dimension(column);
        }
        String value = observation.attribute(column);
        return value == null ? "" : value;
    }
}
