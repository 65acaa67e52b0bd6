package zone.xianggan.indicators.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.reporting.model.Sources;

/**
 * Writes the synthetic sample dataset: invented, plausible figures for the plan's 24 units and the two provinces'
 * benchmarks, 2018 to 2024, every row carrying the source {@value Sources#SYNTHETIC_SAMPLE}. It is for
 * demonstrations and tests only: none of it is official data. Deterministic (a fixed seed), so the committed file
 * is exactly what this writes; {@code SyntheticSampleTest} checks that.
 *
 * <p>Regenerate: {@code ./mvnw -q -pl indicators-service test -Dtest=SyntheticSampleTest -Dsample.write=true}.
 */
public final class SyntheticSample {

    public static final Path FILE = Path.of("samples", "synthetic-sample.csv");
    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2024;
    private static final long SEED = 20211020L;

    private SyntheticSample() {
    }

    public static String csv() {
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>();
        lines.add("county_code,indicator_code,period,value,source");
        for (String unit : PlanUnits.ALL) {
            unit(unit, random, lines);
        }
        for (String province : List.of("430000", "360000")) {
            double rate = 57 + random.nextDouble() * 3;
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                row(lines, province, "URBANIZATION_RATE", year, scale(rate, 2));
                rate += 0.8 + random.nextDouble() * 0.6;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void unit(String unit, Random random, List<String> lines) {
        double population = 200_000 + random.nextDouble() * 1_200_000;
        double urbanShare = 0.35 + random.nextDouble() * 0.3;
        double gdpPerHead = 40_000 + random.nextDouble() * 80_000;
        double land = 700 + random.nextDouble() * 4_300;
        double forestShare = 0.55 + random.nextDouble() * 0.25;
        double income = 20_000 + random.nextDouble() * 12_000;
        double villages = 80 + random.nextInt(300);
        double busShare = 0.85 + random.nextDouble() * 0.1;
        double sections = 4 + random.nextInt(12);
        double sites = 5 + random.nextInt(60);
        double visits = 300_000 + random.nextDouble() * 8_000_000;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            double urban = population * urbanShare;
            double gdp = population * gdpPerHead;
            double tertiary = gdp * (0.42 + random.nextDouble() * 0.08);
            double doctors = population * (2.2 + random.nextDouble() * 0.8) / 1000;
            double beds = population * (5.5 + random.nextDouble() * 1.5) / 1000;
            row(lines, unit, "RESIDENT_POPULATION", year, scale(population, 0));
            row(lines, unit, "URBAN_RESIDENT_POPULATION", year, scale(urban, 0));
            row(lines, unit, "RURAL_RESIDENT_POPULATION", year, scale(population - urban, 0));
            row(lines, unit, "URBANIZATION_RATE", year, scale(100 * urban / population, 2));
            row(lines, unit, "GDP", year, scale(gdp, 0));
            row(lines, unit, "GENERAL_BUDGET_REVENUE", year, scale(gdp * 0.06, 0));
            row(lines, unit, "RETAIL_SALES", year, scale(gdp * 0.38, 0));
            row(lines, unit, "PER_CAPITA_DISPOSABLE_INCOME", year, scale(income * 1.25, 0));
            row(lines, unit, "URBAN_DISPOSABLE_INCOME", year, scale(income * 1.6, 0));
            row(lines, unit, "RURAL_DISPOSABLE_INCOME", year, scale(income * 0.85, 0));
            row(lines, unit, "REVOLUTIONARY_HERITAGE_SITES", year, scale(sites, 0));
            row(lines, unit, "RED_TOURISM_VISITS", year, scale(visits, 0));
            row(lines, unit, "RED_TOURISM_REVENUE", year, scale(visits * 420, 0));
            row(lines, unit, "LAND_AREA", year, scale(land, 1));
            row(lines, unit, "FOREST_AREA", year, scale(land * forestShare, 1));
            row(lines, unit, "ECOLOGICAL_COMPENSATION_FUNDS", year, scale(20_000_000 + random.nextDouble()
                    * 80_000_000, 0));
            row(lines, unit, "GOOD_AIR_QUALITY_DAYS_RATE", year, scale(85 + random.nextDouble() * 12, 1));
            row(lines, unit, "WATER_SECTIONS_MONITORED", year, scale(sections, 0));
            row(lines, unit, "WATER_SECTIONS_GOOD", year, scale(Math.max(0, sections - random.nextInt(2)), 0));
            row(lines, unit, "EXPRESSWAY_LENGTH", year, scale(40 + land * 0.03, 1));
            row(lines, unit, "RURAL_ROAD_LENGTH", year, scale(land * 1.2, 1));
            row(lines, unit, "ADMINISTRATIVE_VILLAGES", year, scale(villages, 0));
            row(lines, unit, "VILLAGES_WITH_BUS_SERVICE", year, scale(Math.floor(villages * busShare), 0));
            row(lines, unit, "INDUSTRIAL_VALUE_ADDED", year, scale(gdp * 0.3, 0));
            row(lines, unit, "TERTIARY_VALUE_ADDED", year, scale(tertiary, 0));
            row(lines, unit, "HIGH_TECH_ENTERPRISES", year, scale(10 + gdp / 500_000_000, 0));
            row(lines, unit, "RD_EXPENDITURE", year, scale(gdp * 0.012, 0));
            row(lines, unit, "LICENSED_DOCTORS", year, scale(doctors, 0));
            row(lines, unit, "HOSPITAL_BEDS", year, scale(beds, 0));
            row(lines, unit, "CROSS_PROVINCE_SETTLEMENT_INSTITUTIONS", year, scale(year - 2016 + random.nextInt(4),
                    0));
            row(lines, unit, "BASIC_MEDICAL_INSURANCE_RATE", year, scale(94 + random.nextDouble() * 5, 1));
            population *= 0.995 + random.nextDouble() * 0.012;
            urbanShare = Math.min(0.9, urbanShare + 0.006 + random.nextDouble() * 0.01);
            gdpPerHead *= 1.03 + random.nextDouble() * 0.05;
            income *= 1.05 + random.nextDouble() * 0.04;
            busShare = Math.min(1, busShare + 0.01);
            visits *= year == 2019 ? 0.55 : 1.08 + random.nextDouble() * 0.1;
            sites += random.nextInt(3);
        }
    }

    private static void row(List<String> lines, String unit, String indicator, int year, BigDecimal value) {
        lines.add(unit + "," + indicator + "," + year + "," + value.toPlainString() + "," + Sources.SYNTHETIC_SAMPLE);
    }

    private static BigDecimal scale(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** Writes the sample file, relative to the module's folder or to the path given. */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.writeString(target, csv(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target.toAbsolutePath());
    }
}
